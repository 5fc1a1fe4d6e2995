package org.ikelab.wire.icmp;

import java.nio.ByteBuffer;
import org.ikelab.common.DecodeResult;
import org.ikelab.wire.Checksum;

/**
 * ICMP message view (RFC 792, RFC 1191 for the next-hop MTU).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Type      |     Code      |          Checksum             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Identifier (echo) / unused   | Sequence (echo) / next-hop MTU|
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Data: echo payload, or the offending IP header + 8 bytes     |
 * </pre>
 */
public final class IcmpPacket {
    public static final int TYPE = 0;
    public static final int CODE = 1;
    public static final int CHECKSUM = 2;
    public static final int IDENT = 4;
    public static final int SEQUENCE = 6;
    public static final int NEXT_HOP_MTU = 6;
    public static final int HEADER_LEN = 8;

    public static final int ECHO_REPLY = 0;
    public static final int DEST_UNREACHABLE = 3;
    public static final int SOURCE_QUENCH = 4;
    public static final int REDIRECT = 5;
    public static final int ECHO_REQUEST = 8;
    public static final int TIME_EXCEEDED = 11;
    public static final int PARAMETER_PROBLEM = 12;

    public static final int UNREACH_NET = 0;
    public static final int UNREACH_HOST = 1;
    public static final int UNREACH_PROTOCOL = 2;
    public static final int UNREACH_PORT = 3;
    public static final int UNREACH_FRAG_NEEDED = 4;
    public static final int UNREACH_ADMIN_PROHIBITED = 13;

    /** Redirect code 1, for the host (RFC 1812 §5.2.7.2: routers send only host redirects). */
    public static final int REDIRECT_HOST = 1;

    public static final int TTL_EXCEEDED_IN_TRANSIT = 0;
    public static final int FRAG_REASSEMBLY_TIME_EXCEEDED = 1;

    private final ByteBuffer buf;
    private final int off;
    private final int len;

    private IcmpPacket(ByteBuffer buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        this.len = len;
    }

    /** Checked factory: a full 8-byte header and a valid checksum over {@code len} bytes. */
    public static DecodeResult<IcmpPacket> parse(ByteBuffer b, int off, int len) {
        if (len < HEADER_LEN || off < 0 || off + len > b.capacity()) return DecodeResult.err("truncated", "icmp of " + len + " bytes");
        if (!Checksum.verify(b, off, len)) return DecodeResult.err("bad-checksum", "icmp checksum");
        return DecodeResult.ok(new IcmpPacket(b, off, len));
    }

    public static IcmpPacket wrap(ByteBuffer b, int off, int len) {
        return new IcmpPacket(b, off, len);
    }

    public int type() { return buf.get(off + TYPE) & 0xff; }
    public int code() { return buf.get(off + CODE) & 0xff; }
    public int checksum() { return buf.getShort(off + CHECKSUM) & 0xffff; }
    public int identifier() { return buf.getShort(off + IDENT) & 0xffff; }
    public int sequence() { return buf.getShort(off + SEQUENCE) & 0xffff; }
    public int nextHopMtu() { return buf.getShort(off + NEXT_HOP_MTU) & 0xffff; }
    /** The second 32-bit word: identifier and sequence, pointer, gateway or MTU depending on the type. */
    public int restOfHeader() { return buf.getInt(off + IDENT); }
    public int dataOffset() { return off + HEADER_LEN; }
    public int dataLength() { return len - HEADER_LEN; }
    public int offset() { return off; }
    public int length() { return len; }
    public ByteBuffer buffer() { return buf; }

    /** True for the errors that quote an offending datagram (unreachable, quench, time exceeded, parameter problem). */
    public boolean isError() {
        int t = type();
        return t == DEST_UNREACHABLE || t == SOURCE_QUENCH || t == TIME_EXCEEDED || t == PARAMETER_PROBLEM;
    }

    public void setType(int t) { buf.put(off + TYPE, (byte) t); }

    public void fillChecksum() {
        buf.putShort(off + CHECKSUM, (short) 0);
        buf.putShort(off + CHECKSUM, (short) Checksum.compute(buf, off, len));
    }
}
