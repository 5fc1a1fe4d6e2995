package org.ikelab.ipsec;

/**
 * One side of an SPD selector (RFC 4301 §4.4.1.1), IOS's proxy identity
 * {@code (addr/mask/prot/port)}: an IPv4 prefix, an IP protocol (0 = any) and a port range
 * (0..65535 = any; only for TCP and UDP).
 */
public record TrafficSelector(int address, int prefixLength, int protocol, int portLow, int portHigh) {
    public static final TrafficSelector ANY = new TrafficSelector(0, 0, 0, 0, 65535);

    public TrafficSelector {
        if (prefixLength < 0 || prefixLength > 32) throw new IllegalArgumentException("prefix length " + prefixLength);
        if (protocol < 0 || protocol > 255) throw new IllegalArgumentException("protocol " + protocol);
        if (portLow < 0 || portHigh > 65535 || portLow > portHigh) throw new IllegalArgumentException("ports " + portLow + "-" + portHigh);
        address &= mask(prefixLength);
    }

    /** A whole prefix, any protocol and port. */
    public static TrafficSelector prefix(int address, int prefixLength) {
        return new TrafficSelector(address, prefixLength, 0, 0, 65535);
    }

    /** A single host, any protocol and port. */
    public static TrafficSelector host(int address) {
        return prefix(address, 32);
    }

    static int mask(int prefixLength) {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    public boolean matchesAddress(int a) {
        return (a & mask(prefixLength)) == address;
    }

    boolean matchesPort(int port) {
        return port >= portLow && port <= portHigh;
    }

    /** True if the ports restrict anything. */
    boolean anyPort() {
        return portLow == 0 && portHigh == 65535;
    }

    /** IOS text, e.g. {@code 192.168.1.0/255.255.255.0/0/0}. */
    public String iosText() {
        return Ipv4.format(address) + "/" + Ipv4.format(mask(prefixLength)) + "/" + protocol + "/" + (anyPort() ? 0 : portLow);
    }
}
