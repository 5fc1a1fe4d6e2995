package org.ikelab.ipsec;

/**
 * Fixes TCP and UDP checksums of a transport-mode packet received through a NAT (RFC 3948
 * §3.1.2): the sender computed them over its own, pre-NAT addresses, so the receiver recomputes
 * them over the addresses it sees. A UDP checksum of zero (none) stays zero.
 */
final class TransportChecksum {
    private TransportChecksum() {
    }

    static void recompute(byte[] b, int ipOff, int ihl, int payloadLen, int protocol) {
        int l4 = ipOff + ihl;
        int field;
        if (protocol == Ipv4.PROTO_TCP && payloadLen >= 20) {
            field = l4 + 16;
        } else if (protocol == Ipv4.PROTO_UDP && payloadLen >= 8) {
            field = l4 + 6;
            if (b[field] == 0 && b[field + 1] == 0) return;
        } else {
            return;
        }
        b[field] = 0;
        b[field + 1] = 0;
        int s = Ipv4.sum(b, ipOff + Ipv4.SOURCE, 8, 0);
        s = Ipv4.sum(b, 0, 0, s + protocol + payloadLen); // pseudo-header protocol and length, folded
        s = Ipv4.sum(b, l4, payloadLen, s);
        int c = ~s & 0xFFFF;
        if (protocol == Ipv4.PROTO_UDP && c == 0) c = 0xFFFF;
        Ipv4.putU16(b, field, c);
    }
}
