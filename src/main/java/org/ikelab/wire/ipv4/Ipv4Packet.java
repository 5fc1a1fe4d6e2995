package org.ikelab.wire.ipv4;

import java.nio.ByteBuffer;
import org.ikelab.common.DecodeResult;
import org.ikelab.wire.Checksum;

/**
 * IPv4 header view (RFC 791). Setters exist because the router forwards in place (TTL,
 * checksum) instead of copying.
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

    private final ByteBuffer buf;
    private final int off;

    private Ipv4Packet(ByteBuffer buf, int off) {
        this.buf = buf;
        this.off = off;
    }

    /**
     * Checked factory for untrusted bytes: version 4, header length within the packet, total
     * length within the {@code len} available bytes (trailing link padding is allowed), valid
     * header checksum.
     */
    public static DecodeResult<Ipv4Packet> parse(ByteBuffer b, int off, int len) {
        if (len < MIN_HEADER_LEN || off < 0 || off + len > b.capacity()) return DecodeResult.err("truncated", "ipv4 of " + len + " bytes");
        int vi = b.get(off) & 0xff;
        if ((vi >>> 4) != 4) return DecodeResult.err("bad-version", "version " + (vi >>> 4));
        int hl = (vi & 0x0f) * 4;
        if (hl < MIN_HEADER_LEN) return DecodeResult.err("bad-header-length", "ihl " + (vi & 0x0f));
        int total = b.getShort(off + TOTAL_LENGTH) & 0xffff;
        if (total < hl) return DecodeResult.err("bad-total-length", "total " + total + " < header " + hl);
        if (total > len) return DecodeResult.err("truncated", "total " + total + " > " + len + " bytes");
        if (!Checksum.verify(b, off, hl)) return DecodeResult.err("bad-checksum", "ipv4 header checksum");
        return DecodeResult.ok(new Ipv4Packet(b, off));
    }

    /** Unchecked view over a header this process built or already checked. */
    public static Ipv4Packet wrap(ByteBuffer b, int off) {
        return new Ipv4Packet(b, off);
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
        buf.putShort(off + CHECKSUM, (short) 0);
        buf.putShort(off + CHECKSUM, (short) Checksum.compute(buf, off, headerLength()));
    }
}
