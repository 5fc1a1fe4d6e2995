package org.ikelab.ike.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import org.ikelab.wire.isakmp.ExchangeType;
import org.ikelab.wire.isakmp.IpsecAttribute;
import org.ikelab.wire.isakmp.IsakmpCodec;
import org.ikelab.wire.isakmp.IsakmpHeader;
import org.ikelab.wire.isakmp.IsakmpMessage;
import org.ikelab.wire.isakmp.NotifyType;
import org.ikelab.wire.isakmp.Payload;
import org.junit.jupiter.api.Test;

/**
 * Malformed and unexpected messages (RFC 2408 §5): answered with the notify the RFC names where
 * it says so, rate limited, still counted as drops, and never disturbing other SAs.
 */
class ErrorNotifyTest {
    final QuickModeExchangeTest t = new QuickModeExchangeTest();

    private void established() {
        t.setUp(QuickModeExchangeTest.R1, QuickModeExchangeTest.R1,
                QuickModeExchangeTest.child(QuickModeExchangeTest.LAN2, QuickModeExchangeTest.LAN1, 0));
        t.r1.initiate(t.peer1(QuickModeExchangeTest.R1, QuickModeExchangeTest.R2),
                QuickModeExchangeTest.child(QuickModeExchangeTest.LAN1, QuickModeExchangeTest.LAN2, 0));
        for (int k = 0; k < 50 && t.net.pending() > 0; k++) t.net.deliver();
    }

    @Test
    void malformedMm1IsAnsweredWithInvalidPayloadTypeInClear() {
        established();
        t.r2.receive(QuickModeExchangeTest.R2, QuickModeExchangeTest.R1, ByteBuffer.wrap(mm1ToR2(0x1122334455667788L)));
        assertEquals(1, t.r2.errorNotifiesSent());
        InMemoryNetwork.Datagram answer = t.net.peek();
        IsakmpCodec.Decoded d = IsakmpCodec.decode(ByteBuffer.wrap(answer.bytes())).value();
        assertEquals(ExchangeType.INFORMATIONAL, d.header().exchangeType());
        assertTrue(!d.encrypted());
        assertEquals(0x1122334455667788L, d.header().initiatorSpi());
        Payload.Notify n = (Payload.Notify) d.chain().get(0);
        assertEquals(NotifyType.INVALID_PAYLOAD_TYPE, n.notifyType());
        assertEquals(1L, t.r2.dropCounters().get("IKMP_BAD_MESSAGE"));
        // The established SA is untouched.
        assertEquals(1, t.r2.sas().size());
        assertEquals(Ikev1State.QM_IDLE, t.r2.sas().get(0).state());
    }

    /** An MM1 whose SA payload is followed by a 4-byte payload of unknown type 50. */
    private static byte[] mm1ToR2(long cookie) {
        byte[] sa = new IsakmpMessage(cookie, 0, ExchangeType.MAIN, 0, 0, List.of(Payload.Sa.ipsec(List.of(
                new Payload.Proposal(1, IpsecAttribute.PROTO_ISAKMP, new byte[0], List.of(new Payload.Transform(1, 1,
                        List.of()))))))).encode();
        ByteBuffer b = ByteBuffer.allocate(sa.length + 4).put(sa).putInt(4);
        b.put(IsakmpHeader.LENGTH, (byte) 50);   // the SA payload's next payload
        b.putInt(24, sa.length + 4);              // the header's length
        return b.array();
    }

    @Test
    void aFloodOfMalformedMessagesGetsFiveAnswersPerSecond() {
        established();
        int before = t.net.pending();
        for (int k = 0; k < 40; k++) {
            t.r2.receive(QuickModeExchangeTest.R2, QuickModeExchangeTest.R1, ByteBuffer.wrap(mm1ToR2(0x1000L + k)));
        }
        assertEquals(ErrorNotifier.MAX_PER_WINDOW, t.r2.errorNotifiesSent());
        assertEquals(before + ErrorNotifier.MAX_PER_WINDOW, t.net.pending());
        assertEquals(35L, t.r2.dropCounters().get("notify-rate-limited"));
        assertEquals(40L, t.r2.dropCounters().get("IKMP_BAD_MESSAGE"));
        t.clock.advance(java.time.Duration.ofSeconds(1));
        t.r2.receive(QuickModeExchangeTest.R2, QuickModeExchangeTest.R1, ByteBuffer.wrap(mm1ToR2(0x2000L)));
        assertEquals(ErrorNotifier.MAX_PER_WINDOW + 1, t.r2.errorNotifiesSent());
    }

    /** A protected quick-mode message with an unknown payload: a protected INVALID-PAYLOAD-TYPE, SAs stay. */
    @Test
    void malformedQuickModeIsAnsweredUnderTheIsakmpSa() {
        established();
        IkeSa i = t.r1.sas().get(0);
        IkeSa r = t.r2.sas().get(0);
        int mid = 0x0badf00d;
        // HASH (next 50) + a 4-byte payload of type 50, encrypted with the SA's keys.
        ByteBuffer plain = ByteBuffer.allocate(28);
        plain.put((byte) 50).put((byte) 0).putShort((short) 24).put(new byte[20]);
        plain.put((byte) 0).put((byte) 0).putShort((short) 4);
        byte[] body = i.phase1().crypter().encrypt(mid, plain.array());
        byte[] m = new IsakmpMessage(i.initiatorCookie(), i.responderCookie(), ExchangeType.QUICK, 0, mid,
                List.of(new Payload.Hash(new byte[20]))).encodeEncrypted(body);
        i.phase1().crypter().forget(mid);
        t.r2.receive(QuickModeExchangeTest.R2, QuickModeExchangeTest.R1, ByteBuffer.wrap(m));
        assertEquals(1, t.r2.errorNotifiesSent());
        assertEquals(1, t.net.pending());
        t.net.deliver();
        assertTrue(t.events1.log.contains("notify INVALID-PAYLOAD-TYPE"), t.events1.log.toString());
        assertEquals(Ikev1State.QM_IDLE, i.state());
        assertEquals(Ikev1State.QM_IDLE, r.state());
        assertEquals(1, i.children().size());
        assertEquals(1, r.children().size());
        assertEquals(0, t.r1.errorNotifiesSent(), "an informational is never answered with an error");
    }

    /** A protected INVALID-SPI naming our outbound SPI removes that pair; an unknown SPI is only counted. */
    @Test
    void invalidSpiNotifyRemovesThePairAndUnknownSpisAreCounted() {
        established();
        IkeSa i = t.r1.sas().get(0);
        IkeSa r = t.r2.sas().get(0);
        int rOut = r.children().get(0).outbound().spi();
        i.tasks().sendInformational(List.of(new Payload.Notify(1, IpsecAttribute.PROTO_ESP, NotifyType.INVALID_SPI,
                new byte[] {1, 2, 3, 4}, new byte[0])));
        t.net.deliver();
        assertEquals(1L, t.r2.dropCounters().get("INVALID-SPI"));
        assertEquals(1, r.children().size());
        i.tasks().sendInformational(List.of(new Payload.Delete(1, IpsecAttribute.PROTO_ESP, 4,
                List.of(new byte[] {5, 6, 7, 8}))));
        t.net.deliver();
        assertEquals(2L, t.r2.dropCounters().get("INVALID-SPI"));
        i.tasks().sendInformational(List.of(new Payload.Notify(1, IpsecAttribute.PROTO_ESP, NotifyType.INVALID_SPI,
                ByteBuffer.allocate(4).putInt(rOut).array(), new byte[0])));
        t.net.deliver();
        assertTrue(r.children().isEmpty());
        assertEquals(Ikev1State.QM_IDLE, r.state());
    }
}
