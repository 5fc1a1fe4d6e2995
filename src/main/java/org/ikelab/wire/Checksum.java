package org.ikelab.wire;

import java.nio.ByteBuffer;

/** The Internet checksum (RFC 1071) and its incremental update (RFC 1624). */
public final class Checksum {
    private Checksum() {
    }

    /** One's-complement sum of {@code len} bytes at {@code off}, folded to 16 bits, not inverted. */
    public static int sum(ByteBuffer b, int off, int len, int initial) {
        long s = initial & 0xffffffffL;
        int i = off;
        int end = off + len;
        // Eight bytes at a time as two 32-bit words: the carries are folded at the end, so a
        // long cannot overflow for any datagram size an IPv4 length field can express.
        while (i + 8 <= end) {
            long w = b.getLong(i);
            s += (w >>> 32) + (w & 0xffffffffL);
            i += 8;
        }
        if (i + 4 <= end) {
            s += b.getInt(i) & 0xffffffffL;
            i += 4;
        }
        while (i + 2 <= end) {
            s += b.getShort(i) & 0xffff;
            i += 2;
        }
        if (i < end) s += (b.get(i) & 0xff) << 8;
        return fold(s);
    }

    public static int fold(long s) {
        while ((s >>> 16) != 0) s = (s & 0xffff) + (s >>> 16);
        return (int) s;
    }

    /** The checksum field value for the bytes (with the checksum field zeroed). */
    public static int compute(ByteBuffer b, int off, int len) {
        return ~sum(b, off, len, 0) & 0xffff;
    }

    /** True when the bytes, checksum field included, sum to 0xffff. */
    public static boolean verify(ByteBuffer b, int off, int len) {
        return sum(b, off, len, 0) == 0xffff;
    }

    /** RFC 1624 eqn. 3: the new checksum after a 16-bit word changed from {@code oldWord} to {@code newWord}. */
    public static int update(int checksum, int oldWord, int newWord) {
        int s = (~checksum & 0xffff) + (~oldWord & 0xffff) + (newWord & 0xffff);
        return ~fold(s) & 0xffff;
    }

    /** Sum of the IPv4 pseudo-header used by UDP and TCP (RFC 768). */
    public static int pseudoHeaderSum(int src, int dst, int protocol, int length) {
        long s = (src >>> 16) + (src & 0xffff) + (dst >>> 16) + (dst & 0xffff) + protocol + length;
        return fold(s);
    }
}
