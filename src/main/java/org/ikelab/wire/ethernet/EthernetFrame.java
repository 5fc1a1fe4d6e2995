package org.ikelab.wire.ethernet;

import java.nio.ByteBuffer;
import org.ikelab.common.DecodeResult;
import org.ikelab.wire.MacAddress;

/**
 * Ethernet II frame view (no preamble, no FCS), as carried by links (decision 7).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  Destination MAC (6 octets)                   |
 * +                               +-------------------------------+
 * |                               |                               |
 * +-------------------------------+                               +
 * |                    Source MAC (6 octets)                      |
 * +-------------------------------+-------------------------------+
 * |           EtherType           |  Payload ...
 * +-------------------------------+
 * </pre>
 */
public final class EthernetFrame {
    public static final int DST = 0;
    public static final int SRC = 6;
    public static final int ETHERTYPE = 12;
    public static final int HEADER_LEN = 14;

    public static final int TYPE_IPV4 = 0x0800;
    public static final int TYPE_ARP = 0x0806;
    public static final int TYPE_VLAN = 0x8100;
    public static final int TYPE_IPV6 = 0x86dd;

    private final ByteBuffer buf;
    private final int off;
    private final int len;

    private EthernetFrame(ByteBuffer buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        this.len = len;
    }

    /** Checked factory for untrusted bytes: at least a full header, and an Ethernet II type (not an 802.3 length). */
    public static DecodeResult<EthernetFrame> parse(ByteBuffer buf, int off, int len) {
        if (!complete(buf, off, len)) return DecodeResult.err("truncated", "ethernet frame of " + len + " bytes");
        int type = etherTypeAt(buf, off);
        if (type < 0x0600) return DecodeResult.err("not-ethernet-ii", "802.3 length field " + type);
        return DecodeResult.ok(new EthernetFrame(buf, off, len));
    }

    /**
     * The checks of {@link #parse} without allocating, for the router's per-packet path: true
     * when {@code buf[off, off+len)} holds a whole header with an Ethernet II type, after which
     * {@link #dstAt} and {@link #etherTypeAt} may read it.
     */
    public static boolean valid(ByteBuffer buf, int off, int len) {
        return complete(buf, off, len) && etherTypeAt(buf, off) >= 0x0600;
    }

    private static boolean complete(ByteBuffer buf, int off, int len) {
        return len >= HEADER_LEN && off >= 0 && off + len <= buf.capacity();
    }

    /** The destination MAC of the frame at {@code buf[off]} (checked with {@link #valid}). */
    public static long dstAt(ByteBuffer buf, int off) { return MacAddress.read(buf, off + DST); }

    /** The EtherType of the frame at {@code buf[off]} (checked with {@link #valid}). */
    public static int etherTypeAt(ByteBuffer buf, int off) { return buf.getShort(off + ETHERTYPE) & 0xffff; }

    /** Unchecked view for bytes this process built itself. */
    public static EthernetFrame wrap(ByteBuffer buf, int off, int len) {
        return new EthernetFrame(buf, off, len);
    }

    public long dst() { return MacAddress.read(buf, off + DST); }
    public long src() { return MacAddress.read(buf, off + SRC); }
    public int etherType() { return buf.getShort(off + ETHERTYPE) & 0xffff; }
    public int payloadOffset() { return off + HEADER_LEN; }
    public int payloadLength() { return len - HEADER_LEN; }
    public int offset() { return off; }
    public int length() { return len; }
    public ByteBuffer buffer() { return buf; }

    public void setDst(long mac) { MacAddress.write(buf, off + DST, mac); }
    public void setSrc(long mac) { MacAddress.write(buf, off + SRC, mac); }
    public void setEtherType(int type) { buf.putShort(off + ETHERTYPE, (short) type); }

    /** Writes a header at {@code off}; the payload follows at {@code off + HEADER_LEN}. */
    public static void emit(ByteBuffer buf, int off, long dst, long src, int etherType) {
        MacAddress.write(buf, off + DST, dst);
        MacAddress.write(buf, off + SRC, src);
        buf.putShort(off + ETHERTYPE, (short) etherType);
    }
}
