package org.ikelab.wire.esp;

import org.ikelab.common.DecodeResult;

/**
 * View of an Authentication Header (RFC 4302 §2).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Header   |  Payload Len  |          RESERVED             |  NEXT_HEADER_OFFSET, PAYLOAD_LEN_OFFSET
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                 Security Parameters Index (SPI)               |  SPI_OFFSET
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Sequence Number Field                      |  SEQ_OFFSET
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                Integrity Check Value-ICV (variable)           |  ICV_OFFSET
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * Payload Len is the header length in 32-bit words minus 2 (§2.2); for IPv4 the header length is
 * a multiple of 4 bytes.
 */
public final class AhHeader {
    public static final int NEXT_HEADER_OFFSET = 0;
    public static final int PAYLOAD_LEN_OFFSET = 1;
    public static final int RESERVED_OFFSET = 2;
    public static final int SPI_OFFSET = 4;
    public static final int SEQ_OFFSET = 8;
    public static final int ICV_OFFSET = 12;
    public static final int FIXED_LENGTH = 12;
    /** IP protocol number of AH. */
    public static final int IP_PROTOCOL = 51;

    private final byte[] buf;
    private final int off;

    private AhHeader(byte[] buf, int off) {
        this.buf = buf;
        this.off = off;
    }

    /** Checked view: the whole header (from Payload Len) must fit in {@code len}. */
    public static DecodeResult<AhHeader> parse(byte[] buf, int off, int len) {
        if (off < 0 || len < 0 || off + len > buf.length) return DecodeResult.err("bounds");
        if (len < FIXED_LENGTH) return DecodeResult.err("truncated", "AH needs " + FIXED_LENGTH + " bytes, got " + len);
        int hl = headerLength(buf, off);
        if (hl < FIXED_LENGTH) return DecodeResult.err("bad-length", "AH payload length " + (buf[off + 1] & 0xFF));
        if (hl > len) return DecodeResult.err("truncated", "AH header of " + hl + " bytes in " + len);
        return DecodeResult.ok(new AhHeader(buf, off));
    }

    public int nextHeader() { return nextHeader(buf, off); }

    public int headerLength() { return headerLength(buf, off); }

    public int icvLength() { return headerLength() - FIXED_LENGTH; }

    public long spi() { return spi(buf, off); }

    public long sequence() { return sequence(buf, off); }

    public static int nextHeader(byte[] b, int off) {
        return b[off + NEXT_HEADER_OFFSET] & 0xFF;
    }

    /** Total header length in bytes, from the Payload Len field. */
    public static int headerLength(byte[] b, int off) {
        return ((b[off + PAYLOAD_LEN_OFFSET] & 0xFF) + 2) * 4;
    }

    public static long spi(byte[] b, int off) {
        return EspHeader.readU32(b, off + SPI_OFFSET);
    }

    public static long sequence(byte[] b, int off) {
        return EspHeader.readU32(b, off + SEQ_OFFSET);
    }

    /** Header length for an ICV of {@code icvLength} bytes (padded to 4 bytes for IPv4). */
    public static int lengthFor(int icvLength) {
        return (FIXED_LENGTH + icvLength + 3) & ~3;
    }

    /** Writes the fixed fields; the ICV area (up to {@code lengthFor(icv)}) is zeroed for ICV computation. */
    public static void write(byte[] b, int off, int nextHeader, int icvLength, long spi, long seqLow) {
        int total = lengthFor(icvLength);
        b[off + NEXT_HEADER_OFFSET] = (byte) nextHeader;
        b[off + PAYLOAD_LEN_OFFSET] = (byte) (total / 4 - 2);
        b[off + RESERVED_OFFSET] = 0;
        b[off + RESERVED_OFFSET + 1] = 0;
        EspHeader.writeU32(b, off + SPI_OFFSET, spi);
        EspHeader.writeU32(b, off + SEQ_OFFSET, seqLow);
        java.util.Arrays.fill(b, off + ICV_OFFSET, off + total, (byte) 0);
    }
}
