package org.ikelab.wire.ipv4;

import java.nio.ByteBuffer;

/**
 * The fields of an IPv4 header without options, for building packets. {@code emit} writes 20
 * bytes with a correct checksum; the payload is the caller's.
 */
public record Ipv4Header(int tos, int totalLength, int identification, boolean dontFragment, boolean moreFragments,
                         int fragmentOffset, int ttl, int protocol, int src, int dst) {
    public static final int LENGTH = Ipv4Packet.MIN_HEADER_LEN;

    /** A typical unfragmented header. */
    public static Ipv4Header of(int protocol, int src, int dst, int payloadLength, int ttl, int ident, boolean df) {
        return new Ipv4Header(0, LENGTH + payloadLength, ident, df, false, 0, ttl, protocol, src, dst);
    }

    /** Reads the fields of a view (options are not kept). */
    public static Ipv4Header of(Ipv4Packet p) {
        return new Ipv4Header(p.tos(), p.totalLength(), p.identification(), p.dontFragment(), p.moreFragments(),
                p.fragmentOffset(), p.ttl(), p.protocol(), p.src(), p.dst());
    }

    public void emit(ByteBuffer b, int off) {
        int ff = (fragmentOffset / 8) & Ipv4Packet.FRAG_OFFSET_MASK;
        if (dontFragment) ff |= Ipv4Packet.FLAG_DF;
        if (moreFragments) ff |= Ipv4Packet.FLAG_MF;
        write(b, off, tos, totalLength, identification, ff, ttl, protocol, src, dst);
    }

    /**
     * Writes the header {@link #of(int, int, int, int, int, int, boolean)} describes without
     * making the record: for a sender on the per-packet path (a router's UDP socket).
     */
    public static void emit(ByteBuffer b, int off, int protocol, int src, int dst, int payloadLength, int ttl, int ident, boolean df) {
        write(b, off, 0, LENGTH + payloadLength, ident, df ? Ipv4Packet.FLAG_DF : 0, ttl, protocol, src, dst);
    }

    private static void write(ByteBuffer b, int off, int tos, int totalLength, int ident, int flagsFragment, int ttl, int protocol,
                              int src, int dst) {
        b.put(off + Ipv4Packet.VER_IHL, (byte) 0x45);
        b.put(off + Ipv4Packet.TOS, (byte) tos);
        b.putShort(off + Ipv4Packet.TOTAL_LENGTH, (short) totalLength);
        b.putShort(off + Ipv4Packet.IDENT, (short) ident);
        b.putShort(off + Ipv4Packet.FLAGS_FRAG, (short) flagsFragment);
        b.put(off + Ipv4Packet.TTL, (byte) ttl);
        b.put(off + Ipv4Packet.PROTOCOL, (byte) protocol);
        b.putInt(off + Ipv4Packet.SRC, src);
        b.putInt(off + Ipv4Packet.DST, dst);
        Ipv4Packet.fillChecksum(b, off);
    }
}
