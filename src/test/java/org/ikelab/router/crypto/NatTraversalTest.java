package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ikelab.cli.show.crypto.ShowCryptoIpsecSa;
import org.ikelab.ipsec.IpsecProtocol;
import org.ikelab.link.InMemoryLink;
import org.junit.jupiter.api.Test;

/**
 * Two ikelab routers with a NAT between them (R1 behind 172.16.0.1): NAT-D detects it, IKE
 * floats to 4500 with the non-ESP marker, ESP travels in UDP (RFC 3947/3948), §7.13.
 */
class NatTraversalTest {
    @Test
    void tunnelThroughANat() {
        String r2 = CryptoLab.r2("esp-aes esp-sha-hmac", "")
                .replace("crypto isakmp key MY_PASSWORD address 10.10.10.1", "crypto isakmp key MY_PASSWORD address 172.16.0.1")
                .replace(" set peer 10.10.10.1", " set peer 172.16.0.1") + "ip route 172.16.0.0 255.255.255.0 10.10.10.1\n";
        CryptoLab lab = new CryptoLab();
        lab.router("H1", CryptoLab.H1);
        lab.router("R1", "crypto isakmp nat keepalive 20\n" + CryptoLab.r1("esp-aes esp-sha-hmac", ""));
        lab.router("R2", r2);
        lab.router("H2", CryptoLab.H2);
        lab.cable("H1", "GigabitEthernet0/1", "R1", "GigabitEthernet0/1");
        InMemoryLink l = new InMemoryLink();
        lab.routers.get("R1").connect("GigabitEthernet0/2", new NatBox(l.a(), "10.10.10.1", "172.16.0.1"));
        lab.routers.get("R2").connect("GigabitEthernet0/2", l.b());
        lab.cable("R2", "GigabitEthernet0/1", "H2", "GigabitEthernet0/1");
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        assertEquals("!!!!!", lab.ping("H1", "192.168.2.2"));
        assertEquals(4500, lab.engine("R1").daemon().sas().get(0).local().port());
        assertEquals(14500, lab.engine("R2").daemon().sas().get(0).remote().port());
        Flow f = lab.engine("R2").flows(lab.engine("R2").maps.get("MY_CRYPTO_MAP")).get(0);
        assertTrue(f.policy.bundle().esp().config().udpEncap());
        assertEquals(IpsecProtocol.ESP, f.policy.bundle().esp().config().protocol());
        String show = ShowCryptoIpsecSa.format(new CryptoStatus(lab.engine("R1")).ipsecSas());
        assertTrue(show.contains("   current_peer 10.10.10.2 port 4500\n"), show);
        assertTrue(show.contains("in use settings ={Tunnel UDP-Encaps, }"), show);
        // crypto isakmp nat keepalive 20 on R1 (behind the NAT): R2 sees one every 20 s.
        long before = lab.engine("R2").natKeepalivesReceived;
        lab.advance(java.time.Duration.ofSeconds(100));
        assertEquals(5, lab.engine("R2").natKeepalivesReceived - before);
    }
}
