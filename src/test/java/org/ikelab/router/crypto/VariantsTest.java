package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.ikelab.ike.v1.IkeSa;
import org.ikelab.ike.v1.Ikev1Listener;
import org.ikelab.ike.v1.Ikev1State;
import org.ikelab.ipsec.IpsecProtocol;
import org.ikelab.ipsec.Mode;
import org.ikelab.router.PingRequest;
import org.ikelab.wire.Ipv4Address;
import org.junit.jupiter.api.Test;

/** §6.1 variants (transport, AH), §6.6 dynamic map, §6.7 aggressive mode, manual keys, failover, rekey, DPD, clear. */
class VariantsTest {
    private static Flow flow(CryptoLab lab, String router, String map) {
        CryptoEngine e = lab.engine(router);
        return e.flows(e.maps.get(map)).get(0);
    }

    private static String transport(String cfg, String self, String peer) {
        return cfg.replace("crypto ipsec transform-set MY_TRANSFORM_SET esp-aes esp-sha-hmac",
                        "crypto ipsec transform-set MY_TRANSFORM_SET esp-aes esp-sha-hmac\n mode transport")
                .replaceAll("access-list 100 permit ip .*", "access-list 100 permit ip host " + self + " host " + peer);
    }

    @Test
    void transportModeBetweenTheRouters() {
        CryptoLab lab = CryptoLab.siteToSite(transport(CryptoLab.r1("esp-aes esp-sha-hmac", ""), "10.10.10.1", "10.10.10.2"),
                transport(CryptoLab.r2("esp-aes esp-sha-hmac", ""), "10.10.10.2", "10.10.10.1"));
        assertEquals(".!!!!", lab.ping("R1", "10.10.10.2"));
        assertEquals("!!!!!", lab.ping("R1", "10.10.10.2"));
        Flow f = flow(lab, "R1", "MY_CRYPTO_MAP");
        assertEquals(Mode.TRANSPORT, f.policy.bundle().esp().config().mode());
        assertEquals(9, f.policy.bundle().esp().counters().encaps());
        // Traffic between the hosts does not match the ACL and stays clear.
        assertEquals("!!!!!", lab.ping("H1", "192.168.2.2"));
    }

    @Test
    void ahTunnel() {
        CryptoLab lab = CryptoLab.siteToSite(CryptoLab.r1("ah-sha-hmac", ""), CryptoLab.r2("ah-sha-hmac", ""));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        Flow f = flow(lab, "R2", "MY_CRYPTO_MAP");
        assertEquals(IpsecProtocol.AH, f.policy.bundle().ah().config().protocol());
        assertEquals(4, f.policy.bundle().ah().counters().encaps());
    }

    /** An AH+ESP set: one quick mode, one proposal number with AH and ESP, both SAs a bundle. */
    @Test
    void ahPlusEspNegotiatedAsOneBundle() {
        String set = "ah-sha-hmac esp-aes esp-sha-hmac";
        CryptoLab lab = CryptoLab.siteToSite(CryptoLab.r1(set, ""), CryptoLab.r2(set, ""));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        for (String r : new String[] {"R1", "R2"}) {
            Flow f = flow(lab, r, "MY_CRYPTO_MAP");
            assertEquals(IpsecProtocol.AH, f.policy.bundle().ah().config().protocol());
            assertEquals(IpsecProtocol.ESP, f.policy.bundle().esp().config().protocol());
            assertEquals(4, f.policy.bundle().ah().counters().encaps(), r);
            assertEquals(4, f.policy.bundle().esp().counters().encaps(), r);
            assertEquals(4, lab.engine(r).dataPlane().sas().size(), "AH and ESP, in and out");
        }
        String show = org.ikelab.cli.show.crypto.ShowCryptoIpsecSa.format(new CryptoStatus(lab.engine("R1")).ipsecSas());
        String inAh = show.substring(show.indexOf("inbound ah sas:"), show.indexOf("inbound pcp sas:"));
        assertTrue(inAh.contains(" spi: 0x"), inAh);
        assertTrue(inAh.contains("transform: ah-sha-hmac"), inAh);
        String inEsp = show.substring(show.indexOf("inbound esp sas:"), show.indexOf("inbound ah sas:"));
        assertTrue(inEsp.contains("transform: esp-aes esp-sha-hmac"), inEsp);
        String outAh = show.substring(show.indexOf("outbound ah sas:"), show.indexOf("outbound pcp sas:"));
        assertTrue(outAh.contains(" spi: 0x"), outAh);
        // clear crypto sa deletes the four SAs on both routers.
        lab.engine("R1").clearSa(null);
        lab.advance(java.time.Duration.ofSeconds(1));
        assertTrue(lab.engine("R1").dataPlane().sas().isEmpty());
        assertTrue(lab.engine("R2").dataPlane().sas().isEmpty());
    }

    @Test
    void aggressiveMode() {
        String am = "crypto isakmp peer address 10.10.10.2\n set aggressive-mode password MY_PASSWORD\n"
                + " set aggressive-mode client-endpoint ipv4-address 10.10.10.2\n";
        CryptoLab lab = CryptoLab.siteToSite(am + CryptoLab.r1("esp-aes esp-sha-hmac", ""), CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        StringBuilder states = new StringBuilder();
        lab.engine("R1").observe(new Ikev1Listener() {
            @Override
            public void stateChanged(IkeSa sa, Ikev1State from, Ikev1State to) {
                states.append(from).append("->").append(to).append(' ');
            }
        });
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        assertTrue(states.toString().startsWith("AG_NO_STATE->"), states.toString());
        assertEquals(Ikev1State.QM_IDLE, lab.engine("R2").daemon().sas().get(0).state());
    }

    /** crypto isakmp aggressive-mode disable on R2: AM packets are ignored, R1 retransmits, nothing comes up. */
    @Test
    void aggressiveModeDisabledOnTheResponder() {
        String am = "crypto isakmp peer address 10.10.10.2\n set aggressive-mode password MY_PASSWORD\n"
                + " set aggressive-mode client-endpoint ipv4-address 10.10.10.2\n";
        CryptoLab lab = CryptoLab.siteToSite(am + CryptoLab.r1("esp-aes esp-sha-hmac", ""),
                "crypto isakmp aggressive-mode disable\n" + CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        lab.advance(Duration.ofSeconds(10));
        assertTrue(lab.engine("R2").daemon().sas().isEmpty());
        long ignored = lab.engine("R2").daemon().dropCounters().getOrDefault("aggressive-mode-disabled", 0L);
        assertTrue(ignored >= 2, "the first AM packet and its retransmissions: " + ignored);
        assertTrue(lab.engine("R1").dataPlane().sas().isEmpty());
        // Main mode still works with the same responder.
        CryptoLab mm = CryptoLab.siteToSite(CryptoLab.r1("esp-aes esp-sha-hmac", ""),
                "crypto isakmp aggressive-mode disable\n" + CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        assertEquals(".!!!!", mm.ping("H1", "192.168.2.2"));
    }

    static final String HUB = """
            hostname R1
            crypto isakmp policy 10
             encr aes
             authentication pre-share
             group 2
            crypto isakmp key MY_PASSWORD address 0.0.0.0
            crypto ipsec transform-set MY_TRANSFORM_SET esp-aes esp-sha-hmac
            access-list 100 permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255
            crypto dynamic-map DYN_MAP 10
             set transform-set MY_TRANSFORM_SET
             match address 100
             reverse-route
            crypto map MY_CRYPTO_MAP 65535 ipsec-isakmp dynamic DYN_MAP
            interface GigabitEthernet0/1
             ip address 192.168.1.254 255.255.255.0
             no shutdown
            interface GigabitEthernet0/2
             ip address 10.10.10.1 255.255.255.0
             no shutdown
             crypto map MY_CRYPTO_MAP
            ip route 192.168.2.0 255.255.255.0 10.10.10.2
            """;

    @Test
    void dynamicMapOnlyAnswersAndInstallsAReverseRoute() {
        CryptoLab lab = CryptoLab.siteToSite(HUB, CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        assertTrue(lab.engine("R1").daemon().sas().isEmpty());
        assertTrue(lab.logs.get("R2").stream().anyMatch(l -> l.endsWith("%CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet. "
                + "(ip) vrf/dest_addr= /192.168.2.2, src_addr= 192.168.1.1, prot= 1")), lab.logs.get("R2").toString());
        String res = lab.ping("H2", "192.168.1.1");
        assertEquals(".!!!!", res, lab.engine("R1").daemon().dropCounters() + " " + lab.engine("R1").daemon().sas()
                + " " + lab.engine("R2").daemon().sas() + lab.logs.get("R1") + lab.engine("R1").dataPlane().counters().invalidSpi()
                + " clear " + lab.engine("R2").clearTextDrops + "/" + lab.engine("R1").clearTextDrops);
        assertEquals("!!!!!", lab.ping("H1", "192.168.2.2"));
        assertTrue(lab.routers.get("R1").routes().stream().anyMatch(r -> r.prefix().toString().equals("192.168.2.0/24")
                && r.distance() == 1 && r.source() == org.ikelab.router.RouteSource.STATIC));
        CryptoEngine.EntryState dyn = lab.engine("R1").maps.get("MY_CRYPTO_MAP").entries.get(0);
        assertEquals(1, dyn.instances.size());
        assertEquals("DYN_MAP/10", dyn.instances.get(0).createdFrom);
    }

    static String manual(String name, String self, String peer, String in, String out, String local, String remote) {
        return """
                hostname %s
                crypto ipsec transform-set MAN_SET esp-aes esp-sha-hmac
                access-list 101 permit ip %s 0.0.0.255 %s 0.0.0.255
                crypto map MY_CRYPTO_MAP 10 ipsec-manual
                 set peer %s
                 set transform-set MAN_SET
                 match address 101
                 set session-key inbound esp %s cipher 00112233445566778899aabbccddeeff authenticator 0102030405060708090a0b0c0d0e0f1011121314
                 set session-key outbound esp %s cipher 00112233445566778899aabbccddeeff authenticator 0102030405060708090a0b0c0d0e0f1011121314
                interface GigabitEthernet0/1
                 ip address %s 255.255.255.0
                 no shutdown
                interface GigabitEthernet0/2
                 ip address %s 255.255.255.0
                 no shutdown
                 crypto map MY_CRYPTO_MAP
                ip route %s 255.255.255.0 %s
                """.formatted(name, local, remote, peer, in, out, local.replaceAll("\\.0$", ".254"), self, remote, peer);
    }

    @Test
    void manualKeysNeedNoIke() {
        CryptoLab lab = CryptoLab.siteToSite(
                manual("R1", "10.10.10.1", "10.10.10.2", "1000", "2000", "192.168.1.0", "192.168.2.0"),
                manual("R2", "10.10.10.2", "10.10.10.1", "2000", "1000", "192.168.2.0", "192.168.1.0"));
        assertEquals("!!!!!", lab.ping("H1", "192.168.2.2"));
        assertTrue(lab.engine("R1").daemon().sas().isEmpty());
        assertEquals(5, flow(lab, "R1", "MY_CRYPTO_MAP").policy.bundle().esp().counters().encaps());
    }

    @Test
    void manualAhPlusEspBundle() {
        String ah = " set session-key inbound ah %s 0102030405060708090a0b0c0d0e0f1011121314\n"
                + " set session-key outbound ah %s 0102030405060708090a0b0c0d0e0f1011121314\n";
        String r1 = manual("R1", "10.10.10.1", "10.10.10.2", "1000", "2000", "192.168.1.0", "192.168.2.0")
                .replace("MAN_SET esp-aes esp-sha-hmac", "MAN_SET ah-sha-hmac esp-aes esp-sha-hmac")
                .replace(" set peer 10.10.10.2\n", " set peer 10.10.10.2\n" + ah.formatted("3000", "4000"));
        String r2 = manual("R2", "10.10.10.2", "10.10.10.1", "2000", "1000", "192.168.2.0", "192.168.1.0")
                .replace("MAN_SET esp-aes esp-sha-hmac", "MAN_SET ah-sha-hmac esp-aes esp-sha-hmac")
                .replace(" set peer 10.10.10.1\n", " set peer 10.10.10.1\n" + ah.formatted("4000", "3000"));
        CryptoLab lab = CryptoLab.siteToSite(r1, r2);
        assertEquals("!!!!!", lab.ping("H1", "192.168.2.2"));
        Flow f = flow(lab, "R1", "MY_CRYPTO_MAP");
        assertEquals(5, f.policy.bundle().esp().counters().encaps());
        assertEquals(5, f.policy.bundle().ah().counters().encaps());
    }

    /** §7.1: entries in sequence order; a deny line sends the packet on to the next entry. */
    @Test
    void denyLineFallsThroughToTheNextEntry() {
        String r1 = CryptoLab.r1("esp-aes esp-sha-hmac", "").replace("crypto map MY_CRYPTO_MAP 10 ipsec-isakmp",
                "access-list 110 deny icmp any any\n"
                + "access-list 110 permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255\n"
                + "crypto map MY_CRYPTO_MAP 5 ipsec-isakmp\n set peer 10.10.10.2\n set transform-set MY_TRANSFORM_SET\n"
                + " set pfs group14\n match address 110\n"
                + "crypto map MY_CRYPTO_MAP 10 ipsec-isakmp");
        CryptoLab lab = CryptoLab.siteToSite(r1, CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        CryptoEngine e = lab.engine("R1");
        var flows = e.flows(e.maps.get("MY_CRYPTO_MAP"));
        assertEquals(5, flows.get(0).seq);
        assertNull(flows.get(0).policy.bundle());
        assertEquals(10, flows.get(1).seq);
        assertNotNull(flows.get(1).policy.bundle());
    }

    /** §7.3: without user policies the IOS 15 default suites (65507-65514) negotiate. */
    @Test
    void defaultPoliciesWhenNoneConfigured() {
        String noPolicy = "crypto isakmp policy 1\n encr aes\n authentication pre-share\n group 2\n";
        CryptoLab lab = CryptoLab.siteToSite(CryptoLab.r1("esp-aes esp-sha-hmac", "").replace(noPolicy, ""),
                CryptoLab.r2("esp-aes esp-sha-hmac", "").replace(noPolicy, ""));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        assertEquals(65508, lab.engine("R1").daemon().sas().get(0).phase1().agreed().priority());
    }

    /** §7.4: the pre-shared key may come from a keyring instead of a global key. */
    @Test
    void keyFromAKeyring() {
        String r1 = CryptoLab.r1("esp-aes esp-sha-hmac", "").replace("crypto isakmp key MY_PASSWORD address 10.10.10.2",
                "crypto keyring KR\n pre-shared-key address 10.10.10.2 key MY_PASSWORD");
        CryptoLab lab = CryptoLab.siteToSite(r1, CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
    }

    @Test
    void setPeerFailsOverToTheBackup() {
        String r1 = CryptoLab.r1("esp-aes esp-sha-hmac", "").replace(" set peer 10.10.10.2", " set peer 10.10.10.3\n set peer 10.10.10.2")
                .replace("crypto isakmp key MY_PASSWORD address 10.10.10.2", "crypto isakmp key MY_PASSWORD address 0.0.0.0");
        CryptoLab lab = CryptoLab.siteToSite(r1, CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        assertEquals(".....", lab.ping("H1", "192.168.2.2"));
        lab.advance(Duration.ofMinutes(5));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        assertEquals("10.10.10.2", flow(lab, "R1", "MY_CRYPTO_MAP").currentPeer.getHostAddress());
    }

    @Test
    void rekeyBeforeExpiryLosesNothing() {
        String life = "crypto ipsec security-association lifetime seconds 300\n";
        CryptoLab lab = CryptoLab.siteToSite(life + CryptoLab.r1("esp-aes esp-sha-hmac", ""), life + CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        long first = flow(lab, "R1", "MY_CRYPTO_MAP").policy.bundle().esp().spi();
        for (int i = 0; i < 100; i++) {
            assertEquals("!", lab.ping("H1", PingRequest.to("192.168.2.2").withRepeat(1)).results(), "echo at step " + i);
            lab.advance(Duration.ofSeconds(5));
        }
        long now = flow(lab, "R1", "MY_CRYPTO_MAP").policy.bundle().esp().spi();
        assertNotEquals(first, now);
        assertEquals(1, lab.engine("R1").daemon().sas().size());
    }

    @Test
    void deadPeerDetectionRemovesTheTunnel() {
        String ka = "crypto isakmp keepalive 10 3 periodic\n";
        CryptoLab lab = CryptoLab.siteToSite(ka + CryptoLab.r1("esp-aes esp-sha-hmac", ""), ka + CryptoLab.r2("esp-aes esp-sha-hmac", ""));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        lab.advance(Duration.ofSeconds(60));
        assertNotNull(flow(lab, "R1", "MY_CRYPTO_MAP").policy.bundle());
        lab.links.get(1).setUp(false);
        lab.advance(Duration.ofSeconds(120));
        assertTrue(lab.engine("R1").daemon().sas().isEmpty());
        assertNull(flow(lab, "R1", "MY_CRYPTO_MAP").policy.bundle());
    }

    @Test
    void clearCryptoSaDeletesBothSides() {
        CryptoLab lab = CryptoLab.classic();
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        lab.engine("R1").clearSa(null);
        lab.advance(Duration.ofSeconds(1));
        assertNull(flow(lab, "R1", "MY_CRYPTO_MAP").policy.bundle());
        assertNull(flow(lab, "R2", "MY_CRYPTO_MAP").policy.bundle());
        assertEquals(Ikev1State.QM_IDLE, lab.engine("R2").daemon().sas().get(0).state());
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
    }

    @Test
    void configChangesKeepTheSas() {
        CryptoLab lab = CryptoLab.classic();
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        lab.reconfigure("R1", "crypto ipsec transform-set MY_TRANSFORM_SET esp-3des esp-md5-hmac\n");
        assertEquals("!!!!!", lab.ping("H1", "192.168.2.2"));
    }
}
