package org.ikelab.config;

import java.util.function.Consumer;

/**
 * One interface's configuration. Absent values are null (or 0 for the numeric ones); the
 * renderer hides defaults as IOS does. Changed through {@link #with}, which copies.
 */
public record InterfaceConfig(
        IfName name,
        String description,
        String address,
        String mask,
        IfName unnumbered,
        String aclIn,
        String aclOut,
        int mtu,
        int adjustMss,
        boolean shutdown,
        String tunnelSourceAddress,
        IfName tunnelSourceInterface,
        String tunnelDestination,
        TunnelMode tunnelMode,
        Long tunnelKey,
        String tunnelProtectionProfile,
        String duplex,
        String speed,
        String cryptoMap,
        Integer dot1q,
        IcmpOptions icmp) {

    /**
     * {@code [no] ip redirects}, {@code [no] ip unreachables}, {@code [no] ip proxy-arp}: all on by
     * default, as in IOS; the running-config shows only the {@code no} forms.
     */
    public record IcmpOptions(boolean redirects, boolean unreachables, boolean proxyArp) {
        public static final IcmpOptions DEFAULT = new IcmpOptions(true, true, true);
    }

    /**
     * An interface as IOSv creates it: physical ones shut down with auto duplex and speed;
     * sub-interfaces up, without an encapsulation yet.
     */
    public static InterfaceConfig fresh(IfName name) {
        boolean physical = name.type() == IfType.GIGABIT_ETHERNET && !name.isSubInterface();
        return new InterfaceConfig(name, null, null, null, null, null, null, 0, 0, physical,
                null, null, null, TunnelMode.GRE_IP, null, null,
                physical ? "auto" : null, physical ? "auto" : null, null, null, IcmpOptions.DEFAULT);
    }

    /** Tunnel interfaces and tunnel-type virtual templates take the {@code tunnel ...} commands. */
    public boolean isTunnel() {
        return name.type() == IfType.TUNNEL || name.type() == IfType.VIRTUAL_TEMPLATE;
    }

    public boolean isPhysical() {
        return name.type() == IfType.GIGABIT_ETHERNET && !name.isSubInterface();
    }

    /** A copy changed by {@code edit}. */
    public InterfaceConfig with(Consumer<Builder> edit) {
        Builder b = new Builder(this);
        edit.accept(b);
        return b.build();
    }

    /** Mutable copy used only inside {@link #with}. */
    public static final class Builder {
        public String description;
        public String address;
        public String mask;
        public IfName unnumbered;
        public String aclIn;
        public String aclOut;
        public int mtu;
        public int adjustMss;
        public boolean shutdown;
        public String tunnelSourceAddress;
        public IfName tunnelSourceInterface;
        public String tunnelDestination;
        public TunnelMode tunnelMode;
        public Long tunnelKey;
        public String tunnelProtectionProfile;
        public String duplex;
        public String speed;
        public String cryptoMap;
        /** {@code encapsulation dot1Q N} of a sub-interface (configuration only; no VLAN tagging at runtime). */
        public Integer dot1q;
        public IcmpOptions icmp;
        private final IfName name;

        Builder(InterfaceConfig c) {
            name = c.name;
            description = c.description;
            address = c.address;
            mask = c.mask;
            unnumbered = c.unnumbered;
            aclIn = c.aclIn;
            aclOut = c.aclOut;
            mtu = c.mtu;
            adjustMss = c.adjustMss;
            shutdown = c.shutdown;
            tunnelSourceAddress = c.tunnelSourceAddress;
            tunnelSourceInterface = c.tunnelSourceInterface;
            tunnelDestination = c.tunnelDestination;
            tunnelMode = c.tunnelMode;
            tunnelKey = c.tunnelKey;
            tunnelProtectionProfile = c.tunnelProtectionProfile;
            duplex = c.duplex;
            speed = c.speed;
            cryptoMap = c.cryptoMap;
            dot1q = c.dot1q;
            icmp = c.icmp;
        }

        InterfaceConfig build() {
            return new InterfaceConfig(name, description, address, mask, unnumbered, aclIn, aclOut, mtu, adjustMss,
                    shutdown, tunnelSourceAddress, tunnelSourceInterface, tunnelDestination, tunnelMode, tunnelKey,
                    tunnelProtectionProfile, duplex, speed, cryptoMap, dot1q, icmp);
        }
    }
}
