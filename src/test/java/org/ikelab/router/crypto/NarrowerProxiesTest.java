package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ikelab.cli.show.crypto.ShowCryptoIpsecSa;
import org.ikelab.router.PingRequest;
import org.junit.jupiter.api.Test;

/**
 * A peer that initiates for one host pair inside our ACL line gets SAs for that pair only (the
 * responder accepts a subset of its ACL). Traffic of the line outside the pair must not go into
 * them (the peer would drop it): as on IOS it finds no SA, is dropped as a send error, and our
 * router negotiates SAs for the whole line.
 */
class NarrowerProxiesTest {
    @Test
    void trafficOutsideThePeersHostPairNegotiatesItsOwnSas() {
        String r2 = CryptoLab.r2("esp-aes esp-sha-hmac", "").replace(
                "access-list 100 permit ip 192.168.2.0 0.0.0.255 192.168.1.0 0.0.0.255\n",
                "access-list 100 permit ip host 192.168.2.2 host 192.168.1.1\n"
                        + "access-list 100 permit ip 192.168.2.0 0.0.0.255 192.168.1.0 0.0.0.255\n");
        CryptoLab lab = CryptoLab.siteToSite(CryptoLab.r1("esp-aes esp-sha-hmac", ""), r2);
        lab.ping("H2", "192.168.1.1");
        assertEquals("!!!!!", lab.ping("H2", "192.168.1.1"));
        String before = ShowCryptoIpsecSa.format(new CryptoStatus(lab.engine("R1")).ipsecSas());
        assertTrue(before.contains("   local  ident (addr/mask/prot/port): (192.168.1.1/255.255.255.255/0/0)\n"), before);

        // From R1's LAN address: inside ACL 100, outside the host pair.
        String first = lab.ping("R1", PingRequest.to("192.168.2.2").withSourceInterface("GigabitEthernet0/1")).results();
        assertTrue(first.startsWith("."), first);
        assertEquals("!!!!!", lab.ping("R1", PingRequest.to("192.168.2.2").withSourceInterface("GigabitEthernet0/1")).results());
        // The host pair still works through whichever SAs now protect it.
        assertEquals("!!!!!", lab.ping("H2", "192.168.1.1"));
        String after = ShowCryptoIpsecSa.format(new CryptoStatus(lab.engine("R2")).ipsecSas());
        assertTrue(after.contains("   local  ident (addr/mask/prot/port): (192.168.2.0/255.255.255.0/0/0)\n"), after);
    }
}
