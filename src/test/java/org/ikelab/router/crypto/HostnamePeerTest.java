package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code set peer NAME [dynamic]} resolved through {@code ip host} on the §6.1 lab. */
class HostnamePeerTest {
    private static final String R1 = CryptoLab.r1("esp-aes esp-sha-hmac", "");

    @Test
    void aHostTableNameIsThePeer() {
        String r1 = "ip host R2 10.10.10.2\n" + R1.replace("set peer 10.10.10.2", "set peer R2");
        CryptoLab lab = CryptoLab.siteToSite(r1, CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        assertEquals("10.10.10.2", lab.engine("R1").daemon().sas().get(0).remote().address().getHostAddress());
    }

    /** A dynamic name that does not resolve yet leaves the entry without a peer; the host entry makes the tunnel. */
    @Test
    void aDynamicNameFollowsTheHostTable() {
        String r1 = R1.replace("set peer 10.10.10.2", "set peer r2 dynamic");
        CryptoLab lab = CryptoLab.siteToSite(r1, CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        lab.reconfigure("R1", "ip host R2 10.10.10.2\n");
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
    }
}
