package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.ike.v1.IkeSa;
import org.ikelab.ike.v1.Ikev1Listener;
import org.ikelab.ike.v1.Ikev1State;
import org.ikelab.ipsec.Direction;
import org.ikelab.ipsec.IpsecSa;
import org.ikelab.link.InMemoryLink;
import org.ikelab.wire.isakmp.ExchangeType;
import org.ikelab.wire.isakmp.NotifyType;
import org.ikelab.wire.isakmp.Payload;
import org.junit.jupiter.api.Test;

/**
 * RFC 2408 §3.14.1 / IOS invalid-SPI handling on the §6.1 lab: R2 loses its IPsec SAs without R1
 * hearing of it (the Delete is lost on a pulled cable), R1 keeps encrypting on the stale SPI, R2
 * logs {@code %CRYPTO-4-RECVD_PKT_INV_SPI} once and answers with INVALID-SPI, R1 drops the stale
 * pair and the next packets negotiate a new one.
 */
class InvalidSpiTest {
    private static InMemoryLink wan(CryptoLab lab) {
        return lab.links.get(1);
    }

    private static long outboundSpi(CryptoEngine e) {
        for (IpsecSa sa : e.dataPlane().sas()) if (sa.config().direction() == Direction.OUTBOUND) return sa.config().spi();
        throw new AssertionError("no outbound SA");
    }

    private static List<String> invalidSpiLines(CryptoLab lab, String router) {
        return lab.logs.get(router).stream().filter(l -> l.contains("%CRYPTO-4-RECVD_PKT_INV_SPI"))
                .map(l -> l.substring(l.indexOf('%'))).toList();
    }

    /** What the peer's IKE sent: INVALID-SPI notifies (protocol, SPI) seen by a listener. */
    private static List<String> notifiesSent(CryptoEngine e) {
        List<String> out = new ArrayList<>();
        e.observe(new Ikev1Listener() {
            @Override
            public void messageSent(IkeSa sa, int exchangeType, int messageId, List<Payload> payloads, boolean retransmission) {
                if (exchangeType != ExchangeType.INFORMATIONAL) return;
                for (Payload p : payloads) {
                    if (p instanceof Payload.Notify n && n.notifyType() == NotifyType.INVALID_SPI) {
                        out.add(sa.state() + " proto " + n.protocolId() + " spi " + Long.toHexString(
                                java.nio.ByteBuffer.wrap(n.spi()).getInt() & 0xFFFFFFFFL));
                    }
                }
            }
        });
        return out;
    }

    private static String expectedLine(long spi) {
        return "%CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC packet has invalid spi for destaddr=10.10.10.2, prot=50, spi=0x"
                + Long.toHexString(spi).toUpperCase() + "(" + spi + "), srcaddr=10.10.10.1, input interface=Gi0/2";
    }

    @Test
    void staleSpiIsAnsweredOnceOverTheIsakmpSaAndTheSenderRenegotiates() {
        CryptoLab lab = CryptoLab.classic();
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        CryptoEngine r1 = lab.engine("R1");
        CryptoEngine r2 = lab.engine("R2");
        long stale = outboundSpi(r1);
        List<String> sent = notifiesSent(r2);

        wan(lab).setUp(false);
        r2.clearSa(null);                 // the Delete notifies are lost on the pulled cable
        lab.advance(Duration.ofSeconds(1));
        wan(lab).setUp(true);
        lab.advance(Duration.ofSeconds(1));
        assertTrue(r2.dataPlane().sas().isEmpty());
        assertEquals(2, r1.dataPlane().sas().size(), "R1 still encrypts on the stale pair");
        assertEquals(Ikev1State.QM_IDLE, r2.daemon().sas().get(0).state());

        String ping = lab.ping("H1", "192.168.2.2");
        assertEquals(List.of(expectedLine(stale)), invalidSpiLines(lab, "R2"), "one line, not one per packet");
        assertEquals(List.of("QM_IDLE proto 3 spi " + Long.toHexString(stale)), sent);
        assertEquals(1, r2.invalidSpiNotifiesSent());
        assertTrue(ping.startsWith(".") && ping.endsWith("!!!"), ping);
        assertTrue(r1.dataPlane().sas().stream().noneMatch(sa -> sa.config().spi() == stale), "stale pair dropped");
        assertEquals("!!!!!", lab.ping("H1", "192.168.2.2"));
        assertEquals(1, invalidSpiLines(lab, "R2").size());
    }

    /**
     * A peer that cannot act on the notify (it lost its ISAKMP SA, so the protected informational
     * is dropped) keeps sending on the stale SPI: five packets in a ping get one notify and one
     * syslog line; ten seconds later the SPI is answered again, the line waits for its minute.
     */
    @Test
    void aFloodOnOneSpiIsAnsweredOncePerTenSeconds() {
        CryptoLab lab = CryptoLab.classic();
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        CryptoEngine r1 = lab.engine("R1");
        CryptoEngine r2 = lab.engine("R2");
        wan(lab).setUp(false);
        r2.clearSa(null);
        r1.clearIsakmp(0);
        lab.advance(Duration.ofSeconds(1));
        wan(lab).setUp(true);
        lab.advance(Duration.ofSeconds(1));
        assertEquals(Ikev1State.QM_IDLE, r2.daemon().sas().get(0).state());
        assertTrue(r1.daemon().sas().isEmpty());

        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        assertEquals(1, r2.invalidSpiNotifiesSent());
        assertEquals(1, invalidSpiLines(lab, "R2").size());
        lab.advance(Duration.ofSeconds(10));
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        assertEquals(2, r2.invalidSpiNotifiesSent());
        assertEquals(1, invalidSpiLines(lab, "R2").size());
    }

    /**
     * Without an ISAKMP SA nothing can carry the notify: the peer keeps sending into the hole
     * (IOS without {@code crypto isakmp invalid-spi-recovery}); the syslog line repeats only once a minute.
     */
    @Test
    void withoutRecoveryAndWithoutIsakmpSaTheHoleStays() {
        CryptoLab lab = CryptoLab.classic();
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        blackHole(lab);
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        assertEquals(1, invalidSpiLines(lab, "R2").size());
        assertEquals(0, lab.engine("R2").invalidSpiNotifiesSent());
        assertTrue(lab.engine("R2").daemon().sas().isEmpty());
        lab.advance(Duration.ofSeconds(60));
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        assertEquals(2, invalidSpiLines(lab, "R2").size(), "the line comes back after a minute");
    }

    /** {@code crypto isakmp invalid-spi-recovery}: R2 starts phase 1 to R1 just to deliver the notify. */
    @Test
    void recoveryStartsPhase1AndDeliversTheNotify() {
        CryptoLab lab = CryptoLab.siteToSite(CryptoLab.r1("esp-aes esp-sha-hmac", ""),
                CryptoLab.r2("esp-aes esp-sha-hmac", "crypto isakmp invalid-spi-recovery"));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        CryptoEngine r1 = lab.engine("R1");
        CryptoEngine r2 = lab.engine("R2");
        long stale = outboundSpi(r1);
        List<String> sent = notifiesSent(r2);
        blackHole(lab);

        String ping = lab.ping("H1", "192.168.2.2");
        assertEquals(List.of(expectedLine(stale)), invalidSpiLines(lab, "R2"));
        assertEquals(List.of("QM_IDLE proto 3 spi " + Long.toHexString(stale)), sent);
        IkeSa recovery = r2.daemon().sas().get(0);
        assertTrue(recovery.isInitiator(), "R2 started phase 1");
        assertTrue(r1.dataPlane().sas().stream().noneMatch(sa -> sa.config().spi() == stale), "stale pair dropped");
        assertTrue(ping.endsWith("!!"), ping);
        assertEquals("!!!!!", lab.ping("H1", "192.168.2.2"));
    }

    /**
     * R2 forgets everything (its ISAKMP and IPsec SAs) and R1 its ISAKMP SA, both without the
     * peer hearing it: R1's IPsec SAs live on and it encrypts on a pair R2 no longer has.
     */
    private static void blackHole(CryptoLab lab) {
        wan(lab).setUp(false);
        lab.engine("R2").clearSession(null);
        lab.engine("R1").clearIsakmp(0);
        lab.advance(Duration.ofSeconds(1));
        wan(lab).setUp(true);
        lab.advance(Duration.ofSeconds(1));
        assertTrue(lab.engine("R2").dataPlane().sas().isEmpty());
        assertFalse(lab.engine("R1").dataPlane().sas().isEmpty());
        assertTrue(lab.engine("R1").daemon().sas().isEmpty());
    }
}
