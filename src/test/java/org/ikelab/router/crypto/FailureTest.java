package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ikelab.ike.v1.IkeSa;
import org.ikelab.ike.v1.Ikev1State;
import org.junit.jupiter.api.Test;

/** ios-crypto-reference §5.4 / §7.4-7.5: the three classic broken tunnels and a PFS mismatch. */
class FailureTest {
    private static Flow flow(CryptoLab lab, String router) {
        CryptoEngine e = lab.engine(router);
        return e.flows(e.maps.get("MY_CRYPTO_MAP")).get(0);
    }

    @Test
    void preSharedKeyMismatchSticksInMmKeyExch() {
        String r2 = CryptoLab.r2("esp-aes esp-sha-hmac", "").replace("key MY_PASSWORD", "key WRONG");
        CryptoLab lab = CryptoLab.siteToSite(CryptoLab.r1("esp-aes esp-sha-hmac", ""), r2);
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        IkeSa sa = lab.engine("R1").daemon().sas().get(0);
        assertEquals(Ikev1State.MM_KEY_EXCH, sa.state());
        assertTrue(lab.logs.get("R2").stream().anyMatch(l -> l.endsWith(
                "%CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from 10.10.10.1 failed its sanity check or is malformed")),
                lab.logs.get("R2").toString());
        assertEquals(5, flow(lab, "R1").sendErrors);
        assertNull(flow(lab, "R1").policy.bundle());
    }

    @Test
    void transformMismatchFailsQuickModeOnly() {
        CryptoLab lab = CryptoLab.siteToSite(CryptoLab.r1("esp-aes esp-sha-hmac", ""), CryptoLab.r2("esp-3des esp-md5-hmac", ""));
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        assertEquals(Ikev1State.QM_IDLE, lab.engine("R1").daemon().sas().get(0).state());
        assertNull(flow(lab, "R1").policy.bundle());
        assertNull(flow(lab, "R2").policy.bundle());
        assertEquals(5, flow(lab, "R1").sendErrors);
    }

    @Test
    void nonMirroredAclFailsQuickMode() {
        String r2 = CryptoLab.r2("esp-aes esp-sha-hmac", "").replace(
                "access-list 100 permit ip 192.168.2.0 0.0.0.255 192.168.1.0 0.0.0.255",
                "access-list 100 permit ip 192.168.2.0 0.0.0.255 192.168.3.0 0.0.0.255");
        CryptoLab lab = CryptoLab.siteToSite(CryptoLab.r1("esp-aes esp-sha-hmac", ""), r2);
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        assertEquals(Ikev1State.QM_IDLE, lab.engine("R1").daemon().sas().get(0).state());
        assertNull(flow(lab, "R1").policy.bundle());
    }

    @Test
    void pfsOnTheResponderOnlyFails() {
        CryptoLab lab = CryptoLab.siteToSite(CryptoLab.r1("esp-aes esp-sha-hmac", ""),
                CryptoLab.r2("esp-aes esp-sha-hmac", " set pfs group14"));
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        assertNull(flow(lab, "R1").policy.bundle());
    }

    /** A policy left at its default authentication (rsa-sig) cannot use the pre-shared key. */
    @Test
    void forgottenAuthenticationPreShareKeepsPhase1Down() {
        String r1 = CryptoLab.r1("esp-aes esp-sha-hmac", "").replace(" authentication pre-share\n", "");
        String r2 = CryptoLab.r2("esp-aes esp-sha-hmac", "").replace(" authentication pre-share\n", "");
        CryptoLab lab = CryptoLab.siteToSite(r1, r2);
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        assertNull(flow(lab, "R1").policy.bundle());
    }

    @Test
    void fixingTheKeyAndClearingMakesTheTunnel() {
        String r2 = CryptoLab.r2("esp-aes esp-sha-hmac", "").replace("key MY_PASSWORD", "key WRONG");
        CryptoLab lab = CryptoLab.siteToSite(CryptoLab.r1("esp-aes esp-sha-hmac", ""), r2);
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        lab.reconfigure("R2", "no crypto isakmp key WRONG address 10.10.10.1\ncrypto isakmp key MY_PASSWORD address 10.10.10.1\n");
        lab.engine("R1").clearSession(null);
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
    }
}
