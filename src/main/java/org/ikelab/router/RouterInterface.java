package org.ikelab.router;

import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.Ipv4Prefix;
import org.ikelab.wire.MacAddress;

/**
 * One interface of a router. Read access is for {@code show} commands and hooks; changes go
 * through {@link Router}, whose thread alone touches this object.
 */
public final class RouterInterface {
    public static final int DEFAULT_ETHERNET_MTU = 1500;
    public static final int LOOPBACK_MTU = 1514;
    public static final int TUNNEL_MTU = 17916;

    private final String name;
    private final InterfaceKind kind;
    private final int number;
    private final long mac;
    final InterfaceCounters counters = new InterfaceCounters();

    int mtu;
    int address;
    int prefixLength = -1;
    String method = "unset";
    String description = "";
    /** IOS default {@code ip proxy-arp}: answer ARP for addresses routed out of another interface. */
    boolean proxyArp = true;
    /** IOS default {@code ip redirects}: tell a host on this subnet of a better first hop on the same subnet. */
    boolean redirects = true;
    /** IOS default {@code ip unreachables}: send ICMP unreachables about datagrams that arrived here. */
    boolean unreachables = true;
    boolean adminUp;
    boolean lineUp;
    /** Layer-1 state last reported in a log message, to log only transitions. */
    boolean linkWasUp;
    /** For tunnels: the line protocol the tunnel driver reports (GRE route to destination, VTI SA up). */
    boolean tunnelLineUp;
    L2Port port;
    InterfacePortAdapter adapter;
    AclRuntime aclIn;
    AclRuntime aclOut;
    EgressHook egressHook;
    IngressHook ingressHook;
    TunnelOutput tunnelOutput;

    /** One-entry ARP cache for the last next hop (most forwarding goes to one gateway). */
    int lastNextHop;
    ArpCache.Entry lastArp;

    RouterInterface(String name, InterfaceKind kind, int number, long mac) {
        this.name = name;
        this.kind = kind;
        this.number = number;
        this.mac = mac;
        this.mtu = switch (kind) {
            case ETHERNET -> DEFAULT_ETHERNET_MTU;
            case LOOPBACK -> LOOPBACK_MTU;
            case TUNNEL -> TUNNEL_MTU;
        };
        // IOS: Ethernet ports come up shut down; loopbacks and tunnels come up enabled.
        this.adminUp = kind != InterfaceKind.ETHERNET;
    }

    public String name() { return name; }
    public InterfaceKind kind() { return kind; }
    /** Creation order; used in MAC addresses and as a stable key. */
    public int number() { return number; }
    public MacAddress mac() { return new MacAddress(mac); }
    long macBits() { return mac; }
    public int mtu() { return mtu; }
    public boolean adminUp() { return adminUp; }
    public boolean lineProtocolUp() { return lineUp; }
    public boolean hasAddress() { return prefixLength >= 0; }
    /** The interface address bits; 0 when unassigned. */
    public int addressBits() { return address; }
    public Ipv4Address address() { return hasAddress() ? Ipv4Address.of(address) : null; }
    public int prefixLength() { return prefixLength; }
    public Ipv4Prefix subnet() { return hasAddress() ? new Ipv4Prefix(address, prefixLength) : null; }
    /** How the address was set, as {@code show ip interface brief} prints it: manual, unset, NVRAM, ... */
    public String method() { return method; }
    public String description() { return description; }
    public InterfaceCounters counters() { return counters; }
    public AclRuntime accessGroup(Direction d) { return d == Direction.IN ? aclIn : aclOut; }
    public boolean connected() { return port != null; }
    public boolean proxyArp() { return proxyArp; }
    public boolean redirects() { return redirects; }
    public boolean unreachables() { return unreachables; }

    /** True when both admin and line protocol are up and an address is set: the interface routes. */
    public boolean routable() {
        return lineUp && hasAddress();
    }

    /** The {@code Status} word of {@code show ip interface brief}. */
    public String statusText() {
        return adminUp ? (linkUp() ? "up" : "down") : "administratively down";
    }

    /** Layer-1 state: admin up and, for Ethernet, carrier. */
    boolean linkUp() {
        if (!adminUp) return false;
        if (kind == InterfaceKind.ETHERNET) return port == null || port.carrier();
        return true;
    }

    /** Subnet-directed broadcast address of this interface, or 0 for /31 and /32. */
    int directedBroadcast() {
        if (!hasAddress() || prefixLength >= 31) return 0;
        return address | ~Ipv4Address.mask(prefixLength);
    }

    @Override
    public String toString() {
        return name;
    }
}
