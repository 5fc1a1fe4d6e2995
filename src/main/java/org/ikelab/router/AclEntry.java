package org.ikelab.router;

import org.ikelab.wire.Ipv4Address;

/**
 * One access-list line. {@code protocol} -1 means {@code ip} (any protocol). Addresses use IOS
 * wildcard bits (1 = don't care): {@code any} is 0.0.0.0 255.255.255.255, {@code host a} is a
 * 0.0.0.0. Standard lists set only the source. Port matches are null when absent. For
 * {@code icmp} lines, {@code icmpType}/{@code icmpCode} are -1 when not given
 * ({@code permit icmp any any echo-reply} has type 0, code -1).
 */
public record AclEntry(int sequence, boolean permit, int protocol, int srcAddress, int srcWildcard, PortMatch srcPort,
                       int dstAddress, int dstWildcard, PortMatch dstPort, int icmpType, int icmpCode) {
    public static final int ANY_PROTOCOL = -1;
    public static final int ANY_WILDCARD = -1;
    public static final int ANY_ICMP = -1;

    /** A line without ICMP type or code. */
    public AclEntry(int sequence, boolean permit, int protocol, int srcAddress, int srcWildcard, PortMatch srcPort,
                    int dstAddress, int dstWildcard, PortMatch dstPort) {
        this(sequence, permit, protocol, srcAddress, srcWildcard, srcPort, dstAddress, dstWildcard, dstPort, ANY_ICMP, ANY_ICMP);
    }

    /** A standard-list line: source only. */
    public static AclEntry standard(int sequence, boolean permit, int src, int wildcard) {
        return new AclEntry(sequence, permit, ANY_PROTOCOL, src & ~wildcard, wildcard, null, 0, ANY_WILDCARD, null);
    }

    public AclEntry {
        srcAddress &= ~srcWildcard;
        dstAddress &= ~dstWildcard;
    }

    /** For ICMP, {@code sport} carries the type and {@code dport} the code (see {@link AclRuntime#permits}). */
    boolean matches(int proto, int src, int dst, int sport, int dport, boolean portsKnown) {
        if (protocol != ANY_PROTOCOL && protocol != proto) return false;
        if ((src & ~srcWildcard) != srcAddress) return false;
        if ((dst & ~dstWildcard) != dstAddress) return false;
        if (srcPort != null && (!portsKnown || !srcPort.matches(sport))) return false;
        if (dstPort != null && (!portsKnown || !dstPort.matches(dport))) return false;
        if (icmpType != ANY_ICMP && (!portsKnown || icmpType != sport)) return false;
        if (icmpCode != ANY_ICMP && (!portsKnown || icmpCode != dport)) return false;
        return true;
    }

    public boolean srcAny() { return srcWildcard == ANY_WILDCARD; }
    public boolean srcHost() { return srcWildcard == 0; }
    public boolean dstAny() { return dstWildcard == ANY_WILDCARD; }
    public boolean dstHost() { return dstWildcard == 0; }
    public Ipv4Address src() { return Ipv4Address.of(srcAddress); }
    public Ipv4Address dst() { return Ipv4Address.of(dstAddress); }
}
