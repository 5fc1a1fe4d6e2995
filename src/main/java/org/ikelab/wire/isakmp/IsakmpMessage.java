package org.ikelab.wire.isakmp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * An ISAKMP message to emit in clear: header fields plus the payload chain. Lengths and
 * next-payload values are derived when encoding. Encrypted messages are built with
 * {@link #encodeEncrypted} from the ciphertext of {@link #payloadBytes()}.
 */
public record IsakmpMessage(long initiatorSpi, long responderSpi, int exchangeType, int flags, int messageId,
        List<Payload> payloads) {
    public IsakmpMessage {
        payloads = List.copyOf(payloads);
    }

    public static Builder builder(long initiatorSpi, long responderSpi, int exchangeType, int messageId) {
        return new Builder(initiatorSpi, responderSpi, exchangeType, messageId);
    }

    /** The type of the first payload (the header's next payload), or 0 for an empty chain. */
    public int firstPayload() {
        return payloads.isEmpty() ? PayloadType.NONE : payloads.get(0).type();
    }

    /** The payload chain alone: the plaintext to encrypt, or to hash. */
    public byte[] payloadBytes() {
        return PayloadCodec.encodeChain(payloads);
    }

    /** The whole message in clear (the encryption flag is cleared). */
    public byte[] encode() {
        byte[] body = payloadBytes();
        return frame(flags & ~IsakmpHeader.FLAG_ENCRYPTION, body);
    }

    /** The whole message with the encryption flag and {@code ciphertext} as its body. */
    public byte[] encodeEncrypted(byte[] ciphertext) {
        return frame(flags | IsakmpHeader.FLAG_ENCRYPTION, ciphertext);
    }

    private byte[] frame(int f, byte[] body) {
        ByteBuffer out = ByteBuffer.allocate(IsakmpHeader.LENGTH + body.length);
        IsakmpHeader.write(out, initiatorSpi, responderSpi, firstPayload(), exchangeType, f, messageId, out.capacity());
        out.put(body);
        return out.array();
    }

    /** Collects payloads in order; the builder habit of the wire layer. */
    public static final class Builder {
        private final long initiatorSpi;
        private final long responderSpi;
        private final int exchangeType;
        private final int messageId;
        private int flags;
        private final List<Payload> payloads = new ArrayList<>();

        private Builder(long initiatorSpi, long responderSpi, int exchangeType, int messageId) {
            this.initiatorSpi = initiatorSpi;
            this.responderSpi = responderSpi;
            this.exchangeType = exchangeType;
            this.messageId = messageId;
        }

        public Builder flags(int f) {
            this.flags = f;
            return this;
        }

        public Builder add(Payload p) {
            if (p instanceof Payload.Proposal || p instanceof Payload.Transform) {
                throw new IllegalArgumentException("proposals and transforms belong inside an SA payload");
            }
            payloads.add(p);
            return this;
        }

        public Builder addAll(List<? extends Payload> ps) {
            for (Payload p : ps) add(p);
            return this;
        }

        public IsakmpMessage build() {
            return new IsakmpMessage(initiatorSpi, responderSpi, exchangeType, flags, messageId, payloads);
        }
    }
}
