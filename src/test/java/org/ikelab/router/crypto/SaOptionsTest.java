package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.ikelab.cli.show.crypto.ShowCryptoIpsecSa;
import org.ikelab.router.StaticRoute;
import org.junit.jupiter.api.Test;

/**
 * Crypto map entry options on static entries: {@code reverse-route [static]},
 * {@code set security-association idle-time}, and {@code clear crypto sa counters}.
 */
class SaOptionsTest {
    static final StaticRoute TO_LAN2 = StaticRoute.via("192.168.2.0/24", "10.10.10.2");

    /** R1 routes everything to R2 by default; the LAN route can only come from RRI. */
    static String r1(String entryExtra) {
        return CryptoLab.r1("esp-aes esp-sha-hmac", entryExtra)
                .replace("ip route 192.168.2.0 255.255.255.0 10.10.10.2", "ip route 0.0.0.0 0.0.0.0 10.10.10.2");
    }

    @Test
    void reverseRouteExistsWhileTheSaExists() {
        CryptoLab lab = CryptoLab.siteToSite(r1(" reverse-route"), CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        assertFalse(lab.engine("R1").router().staticRoutes().contains(TO_LAN2));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        assertTrue(lab.engine("R1").router().staticRoutes().contains(TO_LAN2), lab.engine("R1").router().staticRoutes().toString());
        lab.engine("R1").clearSa(null);
        lab.advance(Duration.ofSeconds(1));  // the delete reaches R2 (no frame left queued)
        assertFalse(lab.engine("R1").router().staticRoutes().contains(TO_LAN2));
    }

    @Test
    void reverseRouteStaticExistsWithoutAnSa() {
        CryptoLab lab = CryptoLab.siteToSite(r1(" reverse-route static"), CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        assertTrue(lab.engine("R1").router().staticRoutes().contains(TO_LAN2));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        lab.engine("R1").clearSa(null);
        lab.advance(Duration.ofSeconds(1));  // the delete reaches R2 (no frame left queued)
        assertTrue(lab.engine("R1").router().staticRoutes().contains(TO_LAN2));
    }

    @Test
    void idleSasAreDeletedOnBothSides() {
        CryptoLab lab = CryptoLab.siteToSite(r1(" set security-association idle-time 60"),
                CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        lab.advance(Duration.ofSeconds(50));
        assertEquals("!!!!!", lab.ping("H1", "192.168.2.2"));
        lab.advance(Duration.ofSeconds(50));
        assertEquals(2, lab.engine("R1").dataPlane().sas().size(), "traffic in the last period keeps the SAs");
        lab.advance(Duration.ofSeconds(130));
        assertTrue(lab.engine("R1").dataPlane().sas().isEmpty());
        assertTrue(lab.engine("R2").dataPlane().sas().isEmpty(), "the peer got the Delete");
        assertEquals(1, lab.engine("R1").daemon().sas().size(), "phase 1 stays");
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"), "new traffic negotiates again");
    }

    @Test
    void clearCryptoSaCountersStartsThePacketCountsAgain() {
        CryptoLab lab = CryptoLab.classic();
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        String before = ShowCryptoIpsecSa.format(new CryptoStatus(lab.engine("R1")).ipsecSas());
        assertTrue(before.contains("#pkts encaps: 4, #pkts encrypt: 4, #pkts digest: 4"), before);
        int spis = lab.engine("R1").dataPlane().sas().size();
        lab.engine("R1").clearSaCounters();
        String after = ShowCryptoIpsecSa.format(new CryptoStatus(lab.engine("R1")).ipsecSas());
        assertTrue(after.contains("#pkts encaps: 0, #pkts encrypt: 0, #pkts digest: 0"), after);
        assertTrue(after.contains("#pkts decaps: 0, #pkts decrypt: 0, #pkts verify: 0"), after);
        assertTrue(after.contains("#send errors 0, #recv errors 0"), after);
        assertEquals(spis, lab.engine("R1").dataPlane().sas().size(), "the SAs stay");
        assertEquals("!!!!!", lab.ping("H1", "192.168.2.2"));
        String again = ShowCryptoIpsecSa.format(new CryptoStatus(lab.engine("R1")).ipsecSas());
        assertTrue(again.contains("#pkts encaps: 5, #pkts encrypt: 5, #pkts digest: 5"), again);
    }
}
