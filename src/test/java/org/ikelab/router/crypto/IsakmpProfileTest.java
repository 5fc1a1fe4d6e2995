package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ikelab.ike.v1.IkeSa;
import org.junit.jupiter.api.Test;

/**
 * ISAKMP profiles (ios-crypto-reference §2.2): {@code match identity address} selects the
 * profile on the responder, its {@code keyring} supplies the PSK, a crypto map entry's
 * {@code set isakmp-profile} picks it on the initiator; {@code self-identity fqdn} and
 * {@code crypto isakmp identity hostname} send ID_FQDN.
 */
class IsakmpProfileTest {
    /** R1: a wrong key in the first keyring; only the profile's keyring has the right one. */
    static String r1(boolean setProfile) {
        String profile = """
                crypto keyring KR0
                 pre-shared-key address 10.10.10.2 key WRONG_KEY
                crypto keyring KR1
                 pre-shared-key address 10.10.10.2 key PROFILE_KEY
                crypto isakmp profile PROF1
                 keyring KR1
                 self-identity fqdn
                """;
        return profile + CryptoLab.r1("esp-aes esp-sha-hmac", setProfile ? " set isakmp-profile PROF1" : "")
                .replace("crypto isakmp key MY_PASSWORD address 10.10.10.2\n", "");
    }

    static String r2(String entryProfile) {
        String profile = """
                crypto isakmp identity hostname
                crypto keyring KR2
                 pre-shared-key address 10.10.10.1 key PROFILE_KEY
                crypto isakmp profile PROF2
                 keyring KR2
                 match identity address 10.10.10.1 255.255.255.255
                """;
        return profile + CryptoLab.r2("esp-aes esp-sha-hmac", entryProfile == null ? "" : " set isakmp-profile " + entryProfile)
                .replace("crypto isakmp key MY_PASSWORD address 10.10.10.1\n", "crypto isakmp key WRONG_TOO address 10.10.10.1\n");
    }

    @Test
    void profilesSelectKeysAndIdentities() {
        CryptoLab lab = CryptoLab.siteToSite(r1(true), r2("PROF2"));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        IkeSa r1 = lab.engine("R1").daemon().sas().get(0);
        IkeSa r2 = lab.engine("R2").daemon().sas().get(0);
        assertEquals("R1", r2.phase1().peerIdentity(), "self-identity fqdn: ID_FQDN hostname");
        assertEquals("R2", r1.phase1().peerIdentity(), "crypto isakmp identity hostname");
        assertEquals(1, r2.children().size());
    }

    @Test
    void withoutSetIsakmpProfileTheInitiatorTakesTheWrongKeyring() {
        CryptoLab lab = CryptoLab.siteToSite(r1(false), r2(null));
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        assertTrue(lab.engine("R2").dataPlane().sas().isEmpty());
    }

    /** An entry bound to a profile that did not authenticate the peer does not serve it. */
    @Test
    void responderEntryOfAnotherProfileIsNotUsed() {
        String other = "crypto isakmp profile OTHER\n match identity address 10.99.99.99 255.255.255.255\n";
        CryptoLab lab = CryptoLab.siteToSite(r1(true), other + r2("OTHER"));
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        assertTrue(lab.engine("R2").dataPlane().sas().isEmpty());
        assertEquals(1, lab.engine("R2").daemon().sas().size(), "phase 1 with PROF2 is up");
    }

    @Test
    void addressIdentityByDefault() {
        CryptoLab lab = CryptoLab.classic();
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        assertEquals("10.10.10.1", lab.engine("R2").daemon().sas().get(0).phase1().peerIdentity());
    }
}
