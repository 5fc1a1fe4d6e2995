package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ikelab.ike.v1.IkeSa;
import org.ikelab.ike.v1.Ikev1State;
import org.junit.jupiter.api.Test;

/** ios-crypto-reference §6.1: the crypto-map site-to-site lab, end to end inside the routers. */
class SiteToSiteTest {
    @Test
    void firstPingLosesOneEchoThenAllPass() {
        CryptoLab lab = CryptoLab.classic();
        assertTrue(lab.logs.get("R1").stream().anyMatch(l -> l.endsWith("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON")));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        assertEquals("!!!!!", lab.ping("H1", "192.168.2.2"));
        IkeSa sa = lab.engine("R1").daemon().sas().get(0);
        assertEquals(Ikev1State.QM_IDLE, sa.state());
        assertTrue(sa.isInitiator());
        Flow f = lab.engine("R1").flows(lab.engine("R1").maps.get("MY_CRYPTO_MAP")).get(0);
        assertNotNull(f.policy.bundle());
        assertEquals(9, f.policy.bundle().esp().counters().encaps());
        assertEquals(1, f.sendErrors);
    }
}
