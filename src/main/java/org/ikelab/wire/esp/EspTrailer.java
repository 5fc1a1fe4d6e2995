package org.ikelab.wire.esp;

/**
 * The ESP trailer (RFC 4303 §2.4-2.6): padding, Pad Length and Next Header at the end of the
 * decrypted payload, just before the ICV. The padding content defaults to 1, 2, 3, ... and a
 * receiver should check it (§2.4), which catches most wrong keys on ciphers without integrity.
 */
public final class EspTrailer {
    /** Pad Length and Next Header. */
    public static final int LENGTH = 2;
    /** Next Header value of a dummy packet, to be dropped silently (RFC 4303 §2.6). */
    public static final int NEXT_HEADER_NO_NEXT = 59;
    public static final int NEXT_HEADER_IPV4 = 4;

    private EspTrailer() {
    }

    /**
     * Padding needed so that payload + padding + trailer is a multiple of {@code align} (a power
     * of two, at least 4, RFC 4303 §2.4).
     */
    public static int padLength(int payloadLength, int align) {
        int used = payloadLength + LENGTH;
        return (align - (used & (align - 1))) & (align - 1);
    }

    /**
     * Writes padding 1..n, the pad length and the next header starting at {@code off}; returns
     * the offset just after the trailer.
     */
    public static int write(byte[] b, int off, int padLength, int nextHeader) {
        for (int i = 0; i < padLength; i++) b[off + i] = (byte) (i + 1);
        b[off + padLength] = (byte) padLength;
        b[off + padLength + 1] = (byte) nextHeader;
        return off + padLength + LENGTH;
    }

    /** Pad Length of a trailer ending at {@code end} (exclusive). */
    public static int padLengthAt(byte[] b, int end) {
        return b[end - 2] & 0xFF;
    }

    /** Next Header of a trailer ending at {@code end} (exclusive). */
    public static int nextHeaderAt(byte[] b, int end) {
        return b[end - 1] & 0xFF;
    }

    /**
     * True if the padding before the trailer ending at {@code end} is the default 1, 2, 3, ...
     * and fits after {@code start}.
     */
    public static boolean paddingValid(byte[] b, int start, int end) {
        int pad = padLengthAt(b, end);
        int padStart = end - LENGTH - pad;
        if (padStart < start) return false;
        for (int i = 0; i < pad; i++) {
            if ((b[padStart + i] & 0xFF) != i + 1) return false;
        }
        return true;
    }
}
