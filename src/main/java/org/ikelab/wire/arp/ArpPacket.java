package org.ikelab.wire.arp;

import java.nio.ByteBuffer;
import org.ikelab.common.DecodeResult;
import org.ikelab.wire.MacAddress;

/**
 * ARP for IPv4 over Ethernet (RFC 826), the only combination routers here speak.
 * <pre>
 * +---------------+---------------+---------------+---------------+
 * |     Hardware type (1)         |     Protocol type (0x0800)    |
 * +---------------+---------------+---------------+---------------+
 * | HLEN (6)      | PLEN (4)      |          Operation            |
 * +---------------+---------------+---------------+---------------+
 * |  Sender hardware address (6) | Sender protocol address (4)    |
 * |  Target hardware address (6) | Target protocol address (4)    |
 * +---------------------------------------------------------------+
 * </pre>
 */
public record ArpPacket(int operation, long senderMac, int senderIp, long targetMac, int targetIp) {
    public static final int HTYPE = 0;
    public static final int PTYPE = 2;
    public static final int HLEN = 4;
    public static final int PLEN = 5;
    public static final int OPER = 6;
    public static final int SHA = 8;
    public static final int SPA = 14;
    public static final int THA = 18;
    public static final int TPA = 24;
    public static final int LENGTH = 28;

    public static final int REQUEST = 1;
    public static final int REPLY = 2;

    /** Checked decode of untrusted bytes (the fields are few, so the record is the view). */
    public static DecodeResult<ArpPacket> parse(ByteBuffer b, int off, int len) {
        if (len < LENGTH || off < 0 || off + len > b.capacity()) return DecodeResult.err("truncated", "arp of " + len + " bytes");
        if ((b.getShort(off + HTYPE) & 0xffff) != 1 || (b.getShort(off + PTYPE) & 0xffff) != 0x0800
                || b.get(off + HLEN) != 6 || b.get(off + PLEN) != 4) {
            return DecodeResult.err("unsupported-arp", "not IPv4 over Ethernet");
        }
        int op = b.getShort(off + OPER) & 0xffff;
        if (op != REQUEST && op != REPLY) return DecodeResult.err("unsupported-arp", "operation " + op);
        return DecodeResult.ok(new ArpPacket(op, MacAddress.read(b, off + SHA), b.getInt(off + SPA),
                MacAddress.read(b, off + THA), b.getInt(off + TPA)));
    }

    /** Writes the 28 bytes at {@code off}. */
    public void emit(ByteBuffer b, int off) {
        b.putShort(off + HTYPE, (short) 1);
        b.putShort(off + PTYPE, (short) 0x0800);
        b.put(off + HLEN, (byte) 6);
        b.put(off + PLEN, (byte) 4);
        b.putShort(off + OPER, (short) operation);
        MacAddress.write(b, off + SHA, senderMac);
        b.putInt(off + SPA, senderIp);
        MacAddress.write(b, off + THA, targetMac);
        b.putInt(off + TPA, targetIp);
    }
}
