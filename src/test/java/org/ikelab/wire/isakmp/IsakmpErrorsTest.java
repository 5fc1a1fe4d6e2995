package org.ikelab.wire.isakmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import org.ikelab.common.DecodeResult;
import org.ikelab.common.Hex;
import org.junit.jupiter.api.Test;

/** Named errors, mapped to the RFC 2408 notify types where the RFC says to answer. */
class IsakmpErrorsTest {
    private static String reason(DecodeResult<?> r) {
        return r instanceof DecodeResult.Err<?> e ? e.reason() : "ok";
    }

    private static byte[] golden() {
        return Hex.decode(IsakmpGoldenTest.IOS_MM1);
    }

    @Test
    void truncatedHeader() {
        assertEquals("truncated", reason(IsakmpCodec.decode(ByteBuffer.wrap(new byte[27]))));
        assertEquals(0, IsakmpError.notifyType("truncated"));
    }

    @Test
    void wrongMajorVersion() {
        byte[] m = golden();
        m[17] = 0x20;
        assertEquals("INVALID-MAJOR-VERSION", reason(IsakmpCodec.decode(ByteBuffer.wrap(m))));
        assertEquals(NotifyType.INVALID_MAJOR_VERSION, IsakmpError.notifyType("INVALID-MAJOR-VERSION"));
    }

    @Test
    void lengthLongerThanDatagram() {
        byte[] m = golden();
        m[27] = (byte) 0xa9;
        assertEquals("truncated", reason(IsakmpCodec.decode(ByteBuffer.wrap(m))));
    }

    @Test
    void unknownPayloadType() {
        byte[] m = golden();
        m[16] = 50;
        assertEquals("INVALID-PAYLOAD-TYPE", reason(IsakmpCodec.decode(ByteBuffer.wrap(m))));
        assertEquals(1, IsakmpError.notifyType("INVALID-PAYLOAD-TYPE"));
    }

    @Test
    void privateUsePayloadIsKeptAsUnknown() {
        IsakmpMessage msg = IsakmpMessage.builder(1, 0, ExchangeType.MAIN, 0)
                .add(new Payload.Unknown(200, new byte[] {1, 2, 3})).build();
        PayloadChain c = IsakmpCodec.decode(ByteBuffer.wrap(msg.encode())).value().chain();
        assertTrue(c.get(0) instanceof Payload.Unknown u && u.type() == 200);
    }

    @Test
    void transformCountMismatch() {
        byte[] m = golden();
        m[28 + 12 + 7] = 2;   // "# of transforms" in the proposal
        assertEquals("BAD-PROPOSAL-SYNTAX", reason(IsakmpCodec.decode(ByteBuffer.wrap(m))));
    }

    @Test
    void wrongDoi() {
        byte[] m = golden();
        m[28 + 7] = 2;
        assertEquals("DOI-NOT-SUPPORTED", reason(IsakmpCodec.decode(ByteBuffer.wrap(m))));
    }

    @Test
    void payloadLengthPastTheEnd() {
        byte[] m = golden();
        m[m.length - 20 + 3] = 0x15;
        assertEquals("PAYLOAD-MALFORMED", reason(IsakmpCodec.decode(ByteBuffer.wrap(m))));
    }

    @Test
    void badFlagsAndExchange() {
        byte[] m = golden();
        m[19] = 0x08;
        assertEquals("INVALID-FLAGS", reason(IsakmpCodec.decode(ByteBuffer.wrap(m))));
        m = golden();
        m[18] = 20;
        assertEquals("INVALID-EXCHANGE-TYPE", reason(IsakmpCodec.decode(ByteBuffer.wrap(m))));
    }

    @Test
    void idLengthMustFitItsType() {
        IsakmpMessage msg = IsakmpMessage.builder(1, 0, ExchangeType.MAIN, 0)
                .add(new Payload.Id(IdType.IPV4_ADDR, 17, 500, new byte[5])).build();
        assertEquals("INVALID-ID-INFORMATION", reason(IsakmpCodec.decode(ByteBuffer.wrap(msg.encode()))));
    }

    @Test
    void trailingBytesOnlyAllowedAfterDecryption() {
        IsakmpMessage msg = IsakmpMessage.builder(1, 2, ExchangeType.MAIN, 0)
                .add(Payload.Id.ipv4(new byte[] {10, 0, 0, 1}, 17, 500)).add(new Payload.Hash(new byte[20])).build();
        byte[] body = msg.payloadBytes();
        byte[] padded = java.util.Arrays.copyOf(body, body.length + 4);
        byte[] wire = msg.encodeEncrypted(padded);
        IsakmpCodec.Decoded d = IsakmpCodec.decode(ByteBuffer.wrap(wire)).value();
        assertTrue(d.encrypted());
        PayloadChain c = IsakmpCodec.decodePlaintext(d.header(), padded).value();
        assertTrue(ExchangeRules.check(ExchangeRules.MAIN_5, c).isOk());
        // A clear message whose length field covers bytes after the last payload.
        byte[] bad = java.util.Arrays.copyOf(msg.encode(), msg.encode().length + 4);
        bad[27] += 4;
        assertEquals("PAYLOAD-MALFORMED", reason(IsakmpCodec.decode(ByteBuffer.wrap(bad))));
    }

    @Test
    void exchangeRules() {
        PayloadChain mm1 = IsakmpCodec.decode(ByteBuffer.wrap(golden())).value().chain();
        assertEquals("INVALID-PAYLOAD-TYPE", reason(ExchangeRules.check(ExchangeRules.MAIN_3, mm1)));
        PayloadChain qm = IsakmpCodec.decode(ByteBuffer.wrap(IsakmpMessage.builder(1, 2, ExchangeType.QUICK, 5)
                .add(new Payload.Nonce(new byte[16])).add(new Payload.Hash(new byte[20])).build().encode())).value().chain();
        assertEquals("PAYLOAD-MALFORMED", reason(ExchangeRules.check(ExchangeRules.QUICK_3, qm)));
        PayloadChain info = IsakmpCodec.decode(ByteBuffer.wrap(IsakmpMessage.builder(1, 2, ExchangeType.INFORMATIONAL, 5)
                .add(new Payload.Hash(new byte[20]))
                .add(new Payload.Notify(1, 1, NotifyType.R_U_THERE, new byte[16], new byte[] {0, 0, 0, 1}))
                .add(new Payload.Delete(1, 3, 4, List.of(new byte[4], new byte[4])))
                .build().encode())).value().chain();
        assertTrue(ExchangeRules.check(ExchangeRules.ruleFor(ExchangeType.INFORMATIONAL, 1, true), info).isOk());
        assertEquals("R-U-THERE", NotifyType.name(info.first(Payload.Notify.class).orElseThrow().notifyType()));
        assertEquals("INITIAL-CONTACT", NotifyType.name(24578));
        assertEquals("RESPONDER-LIFETIME", NotifyType.name(24576));
        assertEquals("R-U-THERE-ACK", NotifyType.name(36137));
    }

    @Test
    void vendorIds() {
        assertEquals("DPD", VendorIds.identify(Hex.decode("afcad71368a1f1c96b8696fc77570100")).orElseThrow().name());
        assertEquals("FRAGMENTATION",
                VendorIds.identify(Hex.decode("4048b7d56ebce88525e7de7f00d6c2d380000000")).orElseThrow().name());
        assertEquals("Unity", VendorIds.identify(Hex.decode("12f5f28c457168a9702d9fe274cc0100")).orElseThrow().name());
        assertTrue(VendorIds.identify(Hex.decode("00")).isEmpty());
    }
}
