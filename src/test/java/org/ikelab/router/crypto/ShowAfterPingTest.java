package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ikelab.cli.show.crypto.ShowCryptoEngineConnections;
import org.ikelab.cli.show.crypto.ShowCryptoIpsecSa;
import org.ikelab.cli.show.crypto.ShowCryptoIsakmpSa;
import org.ikelab.cli.show.crypto.ShowCryptoMap;
import org.ikelab.cli.show.crypto.ShowCryptoSession;
import org.junit.jupiter.api.Test;

/** The §6.1 checks a learner makes after {@code .!!!!} and one more ping, through the IOS formatters. */
class ShowAfterPingTest {
    @Test
    void showCommandsAfterTwoPings() {
        CryptoLab lab = CryptoLab.classic();
        lab.ping("H1", "192.168.2.2");
        lab.ping("H1", "192.168.2.2");
        CryptoStatus r1 = new CryptoStatus(lab.engine("R1"));
        CryptoStatus r2 = new CryptoStatus(lab.engine("R2"));
        String isakmp = """
                IPv4 Crypto ISAKMP SA
                dst             src             state          conn-id status
                10.10.10.2      10.10.10.1      QM_IDLE           1001 ACTIVE

                IPv6 Crypto ISAKMP SA

                """;
        assertEquals(isakmp, ShowCryptoIsakmpSa.format(r1.isakmpSas()));
        assertEquals(isakmp, ShowCryptoIsakmpSa.format(r2.isakmpSas()));
        String ipsec = ShowCryptoIpsecSa.format(r1.ipsecSas());
        System.out.println(ipsec);
        assertTrue(ipsec.contains("interface: GigabitEthernet0/2\n    Crypto map tag: MY_CRYPTO_MAP, local addr 10.10.10.1\n"));
        assertTrue(ipsec.contains("   local  ident (addr/mask/prot/port): (192.168.1.0/255.255.255.0/0/0)\n"
                + "   remote ident (addr/mask/prot/port): (192.168.2.0/255.255.255.0/0/0)\n"
                + "   current_peer 10.10.10.2 port 500\n"));
        assertTrue(ipsec.contains("    #pkts encaps: 9, #pkts encrypt: 9, #pkts digest: 9\n"
                + "    #pkts decaps: 9, #pkts decrypt: 9, #pkts verify: 9\n"), ipsec);
        assertTrue(ipsec.contains("    #send errors 1, #recv errors 0\n"), ipsec);
        assertTrue(ipsec.contains("     plaintext mtu 1438, path mtu 1500, ip mtu 1500, ip mtu idb GigabitEthernet0/2\n"), ipsec);
        assertTrue(ipsec.contains("        transform: esp-aes esp-sha-hmac ,\n        in use settings ={Tunnel, }\n"
                + "        conn id: 1, flow_id: SW:1, sibling_flags 80000040, crypto map: MY_CRYPTO_MAP\n"
                + "        sa timing: remaining key lifetime (k/sec): "), ipsec);
        String engine = ShowCryptoEngineConnections.format(r1.engineConnections());
        System.out.println(engine);
        assertTrue(engine.contains("    1  IPsec   AES+SHA                   0        9        9 10.10.10.1\n"
                + "    2  IPsec   AES+SHA                   9        0        0 10.10.10.1\n"
                + " 1001  IKE     SHA+AES                   0        0        0 10.10.10.1\n"), engine);
        String map = ShowCryptoMap.format(r1.cryptoMaps());
        System.out.println(map);
        assertTrue(map.contains("Crypto Map IPv4 \"MY_CRYPTO_MAP\" 10 ipsec-isakmp\n\tPeer = 10.10.10.2\n"
                + "\tExtended IP access list 100\n"
                + "\t    access-list 100 permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255\n"
                + "\tCurrent peer: 10.10.10.2\n"
                + "\tSecurity association lifetime: 4608000 kilobytes/3600 seconds\n"), map);
        assertTrue(map.contains("\t\tMY_TRANSFORM_SET:  { esp-aes esp-sha-hmac  } ,\n"), map);
        assertTrue(map.contains("\tInterfaces using crypto map MY_CRYPTO_MAP:\n\t\tGigabitEthernet0/2\n"), map);
        String session = ShowCryptoSession.format(r1.cryptoSessions());
        System.out.println(session);
        assertTrue(session.contains("Session status: UP-ACTIVE"), session);
        assertTrue(session.contains("  IKEv1 SA: local 10.10.10.1/500 remote 10.10.10.2/500 Active \n"), session);
        assertTrue(session.contains("  IPSEC FLOW: permit ip 192.168.1.0/255.255.255.0 192.168.2.0/255.255.255.0 \n"
                + "        Active SAs: 2, origin: crypto map\n"), session);
    }
}
