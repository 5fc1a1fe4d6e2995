package org.ikelab.ipsec;

/**
 * A policy selector: which packets a policy or SA covers, by source and destination
 * {@link TrafficSelector}. The protocol and ports of the two sides must agree when both are set;
 * a packet matches when its addresses, protocol and (for TCP/UDP, unfragmented) ports fall in.
 */
public record Selector(TrafficSelector source, TrafficSelector destination) {
    public static final Selector ANY = new Selector(TrafficSelector.ANY, TrafficSelector.ANY);

    /** Does the IPv4 packet at {@code b[off, ...)} match? The header must already be plausible. */
    public boolean matches(byte[] b, int off, int len) {
        int src = Ipv4.source(b, off);
        int dst = Ipv4.destination(b, off);
        if (!source.matchesAddress(src) || !destination.matchesAddress(dst)) return false;
        int proto = Ipv4.protocol(b, off);
        if (source.protocol() != 0 && source.protocol() != proto) return false;
        if (destination.protocol() != 0 && destination.protocol() != proto) return false;
        if (source.anyPort() && destination.anyPort()) return true;
        if (proto != Ipv4.PROTO_TCP && proto != Ipv4.PROTO_UDP) return false;
        int ihl = Ipv4.headerLength(b, off);
        // Non-initial fragments carry no ports (RFC 4301 §4.4.1.1 OPAQUE); treat as not matching a port selector.
        if ((Ipv4.flagsFragment(b, off) & 0x1FFF) != 0 || ihl + 4 > len) return false;
        return source.matchesPort(Ipv4.u16(b, off + ihl)) && destination.matchesPort(Ipv4.u16(b, off + ihl + 2));
    }

    /** The mirror image, as the peer sees this selector. */
    public Selector reversed() {
        return new Selector(destination, source);
    }
}
