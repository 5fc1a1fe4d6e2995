package org.ikelab.wire.icmp;

import java.nio.ByteBuffer;
import org.ikelab.wire.Checksum;

/** The 8-byte ICMP header as a value; {@code emit} writes it and checksums it together with the data already in place. */
public record IcmpHeader(int type, int code, int restOfHeader) {
    public static IcmpHeader echoRequest(int ident, int seq) {
        return new IcmpHeader(IcmpPacket.ECHO_REQUEST, 0, (ident << 16) | (seq & 0xffff));
    }

    public static IcmpHeader echoReply(int ident, int seq) {
        return new IcmpHeader(IcmpPacket.ECHO_REPLY, 0, (ident << 16) | (seq & 0xffff));
    }

    public static IcmpHeader unreachable(int code, int nextHopMtu) {
        return new IcmpHeader(IcmpPacket.DEST_UNREACHABLE, code, nextHopMtu & 0xffff);
    }

    public static IcmpHeader timeExceeded(int code) {
        return new IcmpHeader(IcmpPacket.TIME_EXCEEDED, code, 0);
    }

    /** Writes the header at {@code off}; the checksum covers {@code totalLen} bytes (header + data). */
    public void emit(ByteBuffer b, int off, int totalLen) {
        b.put(off + IcmpPacket.TYPE, (byte) type);
        b.put(off + IcmpPacket.CODE, (byte) code);
        b.putShort(off + IcmpPacket.CHECKSUM, (short) 0);
        b.putInt(off + IcmpPacket.IDENT, restOfHeader);
        b.putShort(off + IcmpPacket.CHECKSUM, (short) Checksum.compute(b, off, totalLen));
    }
}
