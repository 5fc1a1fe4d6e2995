package org.ikelab.wire.gre;

import java.nio.ByteBuffer;
import org.ikelab.wire.Checksum;

/** GRE header fields for building; a null key or sequence leaves that field out. */
public record GreHeader(boolean checksum, Integer key, Integer sequence, int protocolType) {
    public static final int PROTO_IPV4 = 0x0800;

    public static GreHeader ipv4() {
        return new GreHeader(false, null, null, PROTO_IPV4);
    }

    public int length() {
        return GrePacket.BASE_LEN + (checksum ? 4 : 0) + (key != null ? 4 : 0) + (sequence != null ? 4 : 0);
    }

    /** Writes the header at {@code off}; with a checksum, {@code totalLen} bytes (header + payload in place) are covered. */
    public void emit(ByteBuffer b, int off, int totalLen) {
        int flags = (checksum ? GrePacket.BIT_C : 0) | (key != null ? GrePacket.BIT_K : 0) | (sequence != null ? GrePacket.BIT_S : 0);
        b.putShort(off, (short) flags);
        b.putShort(off + GrePacket.PROTOCOL, (short) protocolType);
        int p = off + GrePacket.BASE_LEN;
        if (checksum) {
            b.putInt(p, 0);
            p += 4;
        }
        if (key != null) {
            b.putInt(p, key);
            p += 4;
        }
        if (sequence != null) b.putInt(p, sequence);
        if (checksum) b.putShort(off + GrePacket.BASE_LEN, (short) Checksum.compute(b, off, totalLen));
    }
}
