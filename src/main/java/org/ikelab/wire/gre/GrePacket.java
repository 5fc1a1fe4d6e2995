package org.ikelab.wire.gre;

import java.nio.ByteBuffer;
import org.ikelab.common.DecodeResult;
import org.ikelab.wire.Checksum;

/**
 * GRE header view (RFC 2784, key and sequence number from RFC 2890).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |C| |K|S| Reserved0       | Ver |         Protocol Type         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      Checksum (optional)      |       Reserved1 (Optional)    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         Key (optional)                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                 Sequence Number (Optional)                    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class GrePacket {
    public static final int FLAGS = 0;
    public static final int PROTOCOL = 2;
    public static final int BASE_LEN = 4;
    public static final int BIT_C = 0x8000;
    public static final int BIT_K = 0x2000;
    public static final int BIT_S = 0x1000;
    /** Bits that RFC 2784 says a receiver must see as zero (routing present, strict route, recursion, flags). */
    public static final int RESERVED0_MASK = 0x4ff8;
    public static final int VERSION_MASK = 0x0007;

    private final ByteBuffer buf;
    private final int off;
    private final int len;

    private GrePacket(ByteBuffer buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        this.len = len;
    }

    /** Checked factory: version 0, no reserved bits, the optional fields present, a valid checksum when C is set. */
    public static DecodeResult<GrePacket> parse(ByteBuffer b, int off, int len) {
        if (len < BASE_LEN || off < 0 || off + len > b.capacity()) return DecodeResult.err("truncated", "gre of " + len + " bytes");
        int flags = b.getShort(off + FLAGS) & 0xffff;
        if ((flags & VERSION_MASK) != 0) return DecodeResult.err("bad-version", "gre version " + (flags & VERSION_MASK));
        if ((flags & RESERVED0_MASK) != 0) return DecodeResult.err("reserved-bits", "gre reserved0 set");
        GrePacket p = new GrePacket(b, off, len);
        if (p.headerLength() > len) return DecodeResult.err("truncated", "gre header " + p.headerLength() + " > " + len);
        if (p.hasChecksum() && !Checksum.verify(b, off, len)) return DecodeResult.err("bad-checksum", "gre checksum");
        return DecodeResult.ok(p);
    }

    public static GrePacket wrap(ByteBuffer b, int off, int len) {
        return new GrePacket(b, off, len);
    }

    private int flags() { return buf.getShort(off + FLAGS) & 0xffff; }
    public boolean hasChecksum() { return (flags() & BIT_C) != 0; }
    public boolean hasKey() { return (flags() & BIT_K) != 0; }
    public boolean hasSequence() { return (flags() & BIT_S) != 0; }
    public int protocolType() { return buf.getShort(off + PROTOCOL) & 0xffff; }

    public int headerLength() {
        return BASE_LEN + (hasChecksum() ? 4 : 0) + (hasKey() ? 4 : 0) + (hasSequence() ? 4 : 0);
    }

    /** The key; only meaningful when {@link #hasKey()}. */
    public int key() { return buf.getInt(off + BASE_LEN + (hasChecksum() ? 4 : 0)); }

    public int sequence() { return buf.getInt(off + BASE_LEN + (hasChecksum() ? 4 : 0) + (hasKey() ? 4 : 0)); }

    public int payloadOffset() { return off + headerLength(); }
    public int payloadLength() { return len - headerLength(); }
}
