package org.ikelab.wire.isakmp;

import java.nio.ByteBuffer;
import org.ikelab.common.DecodeResult;

/**
 * Zero-copy view of the ISAKMP header (RFC 2408 §3.1) at the start of a buffer.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !                          Initiator                            !
 * !                            Cookie                             !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !                          Responder                            !
 * !                            Cookie                             !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !  Next Payload ! MjVer ! MnVer ! Exchange Type !     Flags     !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !                          Message ID                           !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * !                            Length                             !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class IsakmpHeader {
    public static final int LENGTH = 28;
    static final int INITIATOR_COOKIE = 0;
    static final int RESPONDER_COOKIE = 8;
    static final int NEXT_PAYLOAD = 16;
    static final int VERSION = 17;
    static final int EXCHANGE_TYPE = 18;
    static final int FLAGS = 19;
    static final int MESSAGE_ID = 20;
    static final int MESSAGE_LENGTH = 24;

    /** Flag bits (RFC 2408 §3.1). */
    public static final int FLAG_ENCRYPTION = 0x01;
    public static final int FLAG_COMMIT = 0x02;
    public static final int FLAG_AUTH_ONLY = 0x04;

    /** Version 1.0 as the byte on the wire. */
    public static final int VERSION_1_0 = 0x10;

    private final ByteBuffer buf;   // position 0 = first header byte

    private IsakmpHeader(ByteBuffer buf) {
        this.buf = buf;
    }

    /**
     * Checks that {@code datagram} (from its position) starts with a whole ISAKMP header of
     * major version 1 whose length field fits in the datagram. Bytes after the length are
     * ignored, as RFC 2408 §5.1 leaves them to the transport.
     */
    public static DecodeResult<IsakmpHeader> parse(ByteBuffer datagram) {
        ByteBuffer b = datagram.slice();
        if (b.remaining() < LENGTH) return DecodeResult.err("truncated", b.remaining() + " bytes");
        int version = b.get(VERSION) & 0xff;
        if ((version >>> 4) != 1) {
            return DecodeResult.err(IsakmpError.INVALID_MAJOR_VERSION, "version 0x" + Integer.toHexString(version));
        }
        long len = b.getInt(MESSAGE_LENGTH) & 0xffffffffL;
        if (len < LENGTH) return DecodeResult.err(IsakmpError.UNEQUAL_PAYLOAD_LENGTHS, "length " + len);
        if (len > b.remaining()) return DecodeResult.err("truncated", "length " + len + " > " + b.remaining());
        return DecodeResult.ok(new IsakmpHeader(b.limit((int) len).slice()));
    }

    /** The whole message (header and body) as this view sees it. */
    public ByteBuffer message() {
        return buf.duplicate();
    }

    /** The bytes after the header up to the length field: payloads, or ciphertext if encrypted. */
    public ByteBuffer body() {
        return buf.duplicate().position(LENGTH).slice();
    }

    public byte[] initiatorCookie() {
        byte[] c = new byte[8];
        buf.get(INITIATOR_COOKIE, c);
        return c;
    }

    public byte[] responderCookie() {
        byte[] c = new byte[8];
        buf.get(RESPONDER_COOKIE, c);
        return c;
    }

    public long initiatorSpi() { return buf.getLong(INITIATOR_COOKIE); }
    public long responderSpi() { return buf.getLong(RESPONDER_COOKIE); }
    public int nextPayload() { return buf.get(NEXT_PAYLOAD) & 0xff; }
    public int version() { return buf.get(VERSION) & 0xff; }
    public int exchangeType() { return buf.get(EXCHANGE_TYPE) & 0xff; }
    public int flags() { return buf.get(FLAGS) & 0xff; }
    public boolean encrypted() { return (flags() & FLAG_ENCRYPTION) != 0; }
    public int messageId() { return buf.getInt(MESSAGE_ID); }
    public int length() { return buf.getInt(MESSAGE_LENGTH); }

    /** Writes a header at {@code out}'s position (advancing it). */
    public static void write(ByteBuffer out, long initiatorSpi, long responderSpi, int nextPayload, int exchangeType,
            int flags, int messageId, int length) {
        out.putLong(initiatorSpi).putLong(responderSpi).put((byte) nextPayload).put((byte) VERSION_1_0)
                .put((byte) exchangeType).put((byte) flags).putInt(messageId).putInt(length);
    }
}
