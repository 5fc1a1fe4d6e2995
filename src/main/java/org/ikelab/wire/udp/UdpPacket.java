package org.ikelab.wire.udp;

import java.nio.ByteBuffer;
import org.ikelab.common.DecodeResult;
import org.ikelab.wire.Checksum;
import org.ikelab.wire.ipv4.IpProtocol;

/**
 * UDP datagram view (RFC 768).
 * <pre>
 *  0      7 8     15 16    23 24    31
 * +--------+--------+--------+--------+
 * |   Source Port   |   Dest. Port    |
 * +--------+--------+--------+--------+
 * |     Length      |    Checksum     |
 * +--------+--------+--------+--------+
 * |          data octets ...
 * </pre>
 */
public final class UdpPacket {
    public static final int SRC_PORT = 0;
    public static final int DST_PORT = 2;
    public static final int LENGTH = 4;
    public static final int CHECKSUM = 6;
    public static final int HEADER_LEN = 8;

    private final ByteBuffer buf;
    private final int off;

    private UdpPacket(ByteBuffer buf, int off) {
        this.buf = buf;
        this.off = off;
    }

    /**
     * Checked factory: the length field must fit in the {@code len} bytes the IP layer gave, and
     * a non-zero checksum must verify against the pseudo-header (zero means "not computed").
     */
    public static DecodeResult<UdpPacket> parse(ByteBuffer b, int off, int len, int srcIp, int dstIp) {
        if (len < HEADER_LEN || off < 0 || off + len > b.capacity()) return DecodeResult.err("truncated", "udp of " + len + " bytes");
        int ulen = b.getShort(off + LENGTH) & 0xffff;
        if (ulen < HEADER_LEN || ulen > len) return DecodeResult.err("bad-length", "udp length " + ulen + " in " + len + " bytes");
        int ck = b.getShort(off + CHECKSUM) & 0xffff;
        if (ck != 0) {
            int s = Checksum.sum(b, off, ulen, Checksum.pseudoHeaderSum(srcIp, dstIp, IpProtocol.UDP, ulen));
            if (s != 0xffff) return DecodeResult.err("bad-checksum", "udp checksum");
        }
        return DecodeResult.ok(new UdpPacket(b, off));
    }

    public static UdpPacket wrap(ByteBuffer b, int off) {
        return new UdpPacket(b, off);
    }

    public int srcPort() { return buf.getShort(off + SRC_PORT) & 0xffff; }
    public int dstPort() { return buf.getShort(off + DST_PORT) & 0xffff; }
    public int length() { return buf.getShort(off + LENGTH) & 0xffff; }
    public int checksum() { return buf.getShort(off + CHECKSUM) & 0xffff; }
    public int payloadOffset() { return off + HEADER_LEN; }
    public int payloadLength() { return length() - HEADER_LEN; }
    public int offset() { return off; }
    public ByteBuffer buffer() { return buf; }

    /**
     * Writes a header at {@code off} for {@code payloadLen} bytes already in place after it, with
     * the checksum over the pseudo-header (a computed 0 is sent as 0xffff, RFC 768).
     */
    public static void emit(ByteBuffer b, int off, int srcPort, int dstPort, int payloadLen, int srcIp, int dstIp) {
        int ulen = HEADER_LEN + payloadLen;
        b.putShort(off + SRC_PORT, (short) srcPort);
        b.putShort(off + DST_PORT, (short) dstPort);
        b.putShort(off + LENGTH, (short) ulen);
        b.putShort(off + CHECKSUM, (short) 0);
        int ck = ~Checksum.sum(b, off, ulen, Checksum.pseudoHeaderSum(srcIp, dstIp, IpProtocol.UDP, ulen)) & 0xffff;
        b.putShort(off + CHECKSUM, (short) (ck == 0 ? 0xffff : ck));
    }
}
