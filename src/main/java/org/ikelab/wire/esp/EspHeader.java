package org.ikelab.wire.esp;

import org.ikelab.common.DecodeResult;

/**
 * View of an ESP packet (RFC 4303 §2) in a byte array: the clear header, then the (possibly
 * encrypted) payload with IV, padding and trailer, then the ICV. Only the header is readable
 * before decryption; {@link EspTrailer} reads the trailer afterwards.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |               Security Parameters Index (SPI)                 |  SPI_OFFSET
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      Sequence Number                          |  SEQ_OFFSET
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+  HEADER_LENGTH
 * |                    IV (optional) + Payload Data (variable)    |
 * ~                                                               ~
 * |               |     Padding (0-255 bytes)                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                               |  Pad Length   | Next Header   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Integrity Check Value-ICV   (variable)                |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * The static accessors are what the data plane uses per packet (no view object is allocated);
 * {@link #parse} is the checked factory for code that wants a view.
 */
public final class EspHeader {
    public static final int SPI_OFFSET = 0;
    public static final int SEQ_OFFSET = 4;
    public static final int HEADER_LENGTH = 8;
    /** IP protocol number of ESP. */
    public static final int IP_PROTOCOL = 50;
    /** SPI values 1..255 are reserved by IANA and 0 is never sent (RFC 4303 §2.1). */
    public static final long MIN_SPI = 256;

    private final byte[] buf;
    private final int off;
    private final int len;

    private EspHeader(byte[] buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        this.len = len;
    }

    /** A view over {@code buf[off, off+len)}, or an error if it cannot be ESP. */
    public static DecodeResult<EspHeader> parse(byte[] buf, int off, int len) {
        if (off < 0 || len < 0 || off + len > buf.length) return DecodeResult.err("bounds");
        if (len < HEADER_LENGTH) return DecodeResult.err("truncated", "ESP needs " + HEADER_LENGTH + " bytes, got " + len);
        return DecodeResult.ok(new EspHeader(buf, off, len));
    }

    public long spi() { return spi(buf, off); }

    public long sequence() { return sequence(buf, off); }

    public int length() { return len; }

    public int offset() { return off; }

    public byte[] buffer() { return buf; }

    /** Unsigned 32-bit SPI at {@code off}. */
    public static long spi(byte[] b, int off) {
        return readU32(b, off + SPI_OFFSET);
    }

    /** Unsigned 32-bit sequence number at {@code off}. */
    public static long sequence(byte[] b, int off) {
        return readU32(b, off + SEQ_OFFSET);
    }

    /** Writes SPI and low 32 bits of the sequence number. */
    public static void write(byte[] b, int off, long spi, long seqLow) {
        writeU32(b, off + SPI_OFFSET, spi);
        writeU32(b, off + SEQ_OFFSET, seqLow);
    }

    static long readU32(byte[] b, int i) {
        return ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFFL) << 16) | ((b[i + 2] & 0xFFL) << 8) | (b[i + 3] & 0xFFL);
    }

    static void writeU32(byte[] b, int i, long v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }
}
