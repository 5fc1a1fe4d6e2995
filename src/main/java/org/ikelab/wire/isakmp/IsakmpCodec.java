package org.ikelab.wire.isakmp;

import java.nio.ByteBuffer;
import org.ikelab.common.DecodeResult;

/**
 * The checked factory for ISAKMP datagrams (after the UDP header, and after the non-ESP marker
 * on port 4500). A clear message decodes to header + payloads; an encrypted one to the header
 * only, and the caller decrypts {@link IsakmpHeader#body()} and calls {@link #decodePlaintext}.
 */
public final class IsakmpCodec {
    private IsakmpCodec() {
    }

    /** A received message: the header view, and the payload chain unless the body is encrypted. */
    public record Decoded(IsakmpHeader header, PayloadChain chain) {
        public boolean encrypted() {
            return chain == null;
        }
    }

    public static DecodeResult<Decoded> decode(ByteBuffer datagram) {
        DecodeResult<IsakmpHeader> hr = IsakmpHeader.parse(datagram);
        if (hr instanceof DecodeResult.Err<IsakmpHeader> e) return DecodeResult.err(e.reason(), e.detail());
        IsakmpHeader h = hr.value();
        if ((h.flags() & ~0x07) != 0) {
            return DecodeResult.err(IsakmpError.INVALID_FLAGS, "flags 0x" + Integer.toHexString(h.flags()));
        }
        if (!validExchangeType(h.exchangeType())) {
            return DecodeResult.err(IsakmpError.INVALID_EXCHANGE_TYPE, "exchange " + h.exchangeType());
        }
        if (h.encrypted()) return DecodeResult.ok(new Decoded(h, null));
        DecodeResult<PayloadChain> c = PayloadCodec.decodeChain(h.nextPayload(), h.body(), false);
        if (c instanceof DecodeResult.Err<PayloadChain> e) return DecodeResult.err(e.reason(), e.detail());
        return DecodeResult.ok(new Decoded(h, c.value()));
    }

    /** Decodes a decrypted body; trailing padding after the last payload is allowed. */
    public static DecodeResult<PayloadChain> decodePlaintext(IsakmpHeader header, byte[] plaintext) {
        return PayloadCodec.decodeChain(header.nextPayload(), ByteBuffer.wrap(plaintext), true);
    }

    static boolean validExchangeType(int t) {
        return (t >= ExchangeType.BASE && t <= ExchangeType.TRANSACTION) || t == ExchangeType.QUICK
                || t == ExchangeType.NEW_GROUP || t >= 240;
    }
}
