package org.ikelab.wire.ipv4;

import java.nio.ByteBuffer;
import org.ikelab.common.DecodeResult;
import org.ikelab.wire.Checksum;

/**
 * IPv4 header view (RFC 791). Setters exist because the router forwards in place (TTL,
 * checksum) instead of copying. A view can be re-pointed ({@link #repoint}) so a forwarding
 * loop reuses one object per nesting level instead of making one per packet.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version|  IHL  |Type of Service|          Total Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Identification        |Flags|      Fragment Offset    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Time to Live |    Protocol   |         Header Checksum       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       Source Address                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Destination Address                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Options                    |    Padding    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class Ipv4Packet {
    public static final int VER_IHL = 0;
    public static final int TOS = 1;
    public static final int TOTAL_LENGTH = 2;
    public static final int IDENT = 4;
    public static final int FLAGS_FRAG = 6;
    public static final int TTL = 8;
    public static final int PROTOCOL = 9;
    public static final int CHECKSUM = 10;
    public static final int SRC = 12;
    public static final int DST = 16;
    public static final int MIN_HEADER_LEN = 20;

    public static final int FLAG_DF = 0x4000;
    public static final int FLAG_MF = 0x2000;
    public static final int FRAG_OFFSET_MASK = 0x1fff;

    private ByteBuffer buf;
    private int off;

    private Ipv4Packet(ByteBuffer buf, int off) {
        this.buf = buf;
        this.off = off;
    }

    /**
     * Checks untrusted bytes without allocating: version 4, header length within the packet,
     * total length within the {@code len} available bytes (trailing link padding is allowed),
     * valid header checksum. {@link Ipv4Check#OK} means {@link #wrap} or {@link #repoint} may view them.
     */
    public static Ipv4Check check(ByteBuffer b, int off, int len) {
        if (len < MIN_HEADER_LEN || off < 0 || off + len > b.capacity()) return Ipv4Check.TRUNCATED;
        int vi = b.get(off) & 0xff;
        if ((vi >>> 4) != 4) return Ipv4Check.BAD_VERSION;
        int hl = (vi & 0x0f) * 4;
        if (hl < MIN_HEADER_LEN) return Ipv4Check.BAD_HEADER_LENGTH;
        int total = b.getShort(off + TOTAL_LENGTH) & 0xffff;
        if (total < hl) return Ipv4Check.BAD_TOTAL_LENGTH;
        if (total > len) return Ipv4Check.TRUNCATED;
        if (!Checksum.verify(b, off, hl)) return Ipv4Check.BAD_CHECKSUM;
        return Ipv4Check.OK;
    }

    /** Checked factory for untrusted bytes ({@link #check}), with the error detail for a log line. */
    public static DecodeResult<Ipv4Packet> parse(ByteBuffer b, int off, int len) {
        Ipv4Check c = check(b, off, len);
        if (c == Ipv4Check.OK) return DecodeResult.ok(new Ipv4Packet(b, off));
        return DecodeResult.err(c.reason(), detail(c, b, off, len));
    }

    private static String detail(Ipv4Check c, ByteBuffer b, int off, int len) {
        return switch (c) {
            case TRUNCATED -> len < MIN_HEADER_LEN || off < 0 || off + len > b.capacity() ? "ipv4 of " + len + " bytes"
                    : "total " + (b.getShort(off + TOTAL_LENGTH) & 0xffff) + " > " + len + " bytes";
            case BAD_VERSION -> "version " + ((b.get(off) & 0xff) >>> 4);
            case BAD_HEADER_LENGTH -> "ihl " + (b.get(off) & 0x0f);
            case BAD_TOTAL_LENGTH -> "total " + (b.getShort(off + TOTAL_LENGTH) & 0xffff) + " < header " + (b.get(off) & 0x0f) * 4;
            case BAD_CHECKSUM -> "ipv4 header checksum";
            case OK -> "";
        };
    }

    /** Unchecked view over a header this process built or already checked. */
    public static Ipv4Packet wrap(ByteBuffer b, int off) {
        return new Ipv4Packet(b, off);
    }

    /** A view over nothing yet, to be {@link #repoint}ed at each packet. */
    public static Ipv4Packet unbound() {
        return new Ipv4Packet(null, 0);
    }

    /**
     * Points this view at the header at {@code b[off]} (unchecked, as {@link #wrap}) and returns
     * it. Whoever owns a reusable view must not repoint it while an earlier use still reads it.
     */
    public Ipv4Packet repoint(ByteBuffer b, int off) {
        this.buf = b;
        this.off = off;
        return this;
    }

    public ByteBuffer buffer() { return buf; }
    public int offset() { return off; }
    public int version() { return (buf.get(off) & 0xff) >>> 4; }
    public int headerLength() { return (buf.get(off) & 0x0f) * 4; }
    public int optionsLength() { return headerLength() - MIN_HEADER_LEN; }
    public int tos() { return buf.get(off + TOS) & 0xff; }
    public int totalLength() { return buf.getShort(off + TOTAL_LENGTH) & 0xffff; }
    public int identification() { return buf.getShort(off + IDENT) & 0xffff; }
    public int flagsAndFragment() { return buf.getShort(off + FLAGS_FRAG) & 0xffff; }
    public boolean dontFragment() { return (flagsAndFragment() & FLAG_DF) != 0; }
    public boolean moreFragments() { return (flagsAndFragment() & FLAG_MF) != 0; }
    /** Fragment offset in bytes (the field counts 8-byte units). */
    public int fragmentOffset() { return (flagsAndFragment() & FRAG_OFFSET_MASK) * 8; }
    public boolean isFragment() { return (flagsAndFragment() & (FLAG_MF | FRAG_OFFSET_MASK)) != 0; }
    public int ttl() { return buf.get(off + TTL) & 0xff; }
    public int protocol() { return buf.get(off + PROTOCOL) & 0xff; }
    public int checksum() { return buf.getShort(off + CHECKSUM) & 0xffff; }
    public int src() { return buf.getInt(off + SRC); }
    public int dst() { return buf.getInt(off + DST); }
    public int payloadOffset() { return off + headerLength(); }
    public int payloadLength() { return totalLength() - headerLength(); }

    public boolean checksumValid() {
        return Checksum.verify(buf, off, headerLength());
    }

    /** Decrements the TTL and patches the checksum incrementally (RFC 1624), as a forwarding router does. */
    public void decrementTtl() {
        int oldWord = buf.getShort(off + TTL) & 0xffff;
        int newWord = oldWord - 0x0100;
        buf.putShort(off + TTL, (short) newWord);
        buf.putShort(off + CHECKSUM, (short) Checksum.update(checksum(), oldWord, newWord));
    }

    public void setTtl(int ttl) { buf.put(off + TTL, (byte) ttl); }
    public void setSrc(int a) { buf.putInt(off + SRC, a); }
    public void setDst(int a) { buf.putInt(off + DST, a); }
    public void setTotalLength(int n) { buf.putShort(off + TOTAL_LENGTH, (short) n); }
    public void setFlagsAndFragment(int v) { buf.putShort(off + FLAGS_FRAG, (short) v); }
    public void setIdentification(int v) { buf.putShort(off + IDENT, (short) v); }

    /** Recomputes the header checksum from scratch. */
    public void fillChecksum() {
        fillChecksum(buf, off);
    }

    /** Recomputes the checksum of the header at {@code b[off]} (for builders, without a view). */
    public static void fillChecksum(ByteBuffer b, int off) {
        b.putShort(off + CHECKSUM, (short) 0);
        b.putShort(off + CHECKSUM, (short) Checksum.compute(b, off, (b.get(off) & 0x0f) * 4));
    }
}
