package org.ikelab.config.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden running-config text. The "region" fixtures are the exact lines between
 * {@code redundancy} and the first {@code interface} of captured IOSv configs (§3.2 and the
 * networklessons lab files behind §6.4/§6.5), trailing spaces included. The §6 lessons, which
 * shorten the runs of "!", are compared after collapsing those runs.
 */
class CryptoRunningConfigTest {

    static List<String> region(CryptoConfig c) {
        List<String> out = new ArrayList<>();
        c.renderRedundancyToInterfaces(out);
        return out;
    }


    static String fixture(String name) throws IOException {
        try (InputStream in = CryptoRunningConfigTest.class.getResourceAsStream("/config/crypto/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String text(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Drops leading/trailing separator lines and folds each run of "!" into one. */
    static String condensed(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            boolean bang = l.strip().equals("!") && !l.startsWith(" ");
            if (bang && (out.isEmpty() || out.getLast().equals("!"))) continue;
            out.add(bang ? "!" : l);
        }
        while (!out.isEmpty() && out.getLast().equals("!")) out.removeLast();
        return text(out);
    }

    @Test
    void section3_2IsReproducedByteForByte() throws IOException {
        assertEquals(fixture("ipsec-tunnel-mode-R1.region.txt"), text(region(CryptoLabs.tunnelModeR1())));
    }

    @Test
    void dynamicVtiHubAndSpokeMatchTheIosv156Capture() throws IOException {
        assertEquals(fixture("dvti-hub-R1.region.txt"), text(region(CryptoLabs.dvtiHub())));
        assertEquals(fixture("dvti-spoke-R2.region.txt"), text(region(CryptoLabs.dvtiSpoke())));
    }

    @Test
    void flexVpnWithAndWithoutSmartDefaultsMatchTheIosv159Capture() throws IOException {
        assertEquals(fixture("flexvpn-nodefaults-R1.region.txt"),
                text(region(CryptoLabs.flexvpn("R1", "R2", "192.168.12.2", true))));
        assertEquals(fixture("flexvpn-nodefaults-R2.region.txt"),
                text(region(CryptoLabs.flexvpn("R2", "R1", "192.168.12.1", false))));
        assertEquals(fixture("flexvpn-smart-defaults-R1.region.txt"), text(region(CryptoLabs.flexvpnSmartDefaults())));
    }

    @Test
    void lesson6_2StaticVti() {
        assertEquals("""
                crypto isakmp policy 1
                 encr aes
                 authentication pre-share
                 group 2
                crypto isakmp key MY_PASSWORD address 192.168.12.2\s\s\s
                !
                crypto ipsec transform-set MY_TRANSFORM_SET esp-aes esp-sha-hmac\s
                 mode tunnel
                !
                crypto ipsec profile IPSEC_PROFILE
                 set transform-set MY_TRANSFORM_SET\s
                """, condensed(region(CryptoLabs.vtiR1())));
    }

    @Test
    void lesson6_3GreOverIpsec() {
        assertEquals("""
                crypto isakmp policy 10
                 encr aes 256
                 authentication pre-share
                 group 5
                 lifetime 3600
                crypto isakmp key PASS address 192.168.23.3\s\s\s
                !
                crypto ipsec transform-set TRANS esp-aes 256 esp-sha-hmac\s
                 mode tunnel
                !
                crypto map MYMAP 10 ipsec-isakmp\s
                 set peer 192.168.23.3
                 set transform-set TRANS\s
                 match address 100
                """, condensed(region(CryptoLabs.greHq())));
    }

    @Test
    void lesson6_6DynamicCryptoMap() {
        assertEquals("""
                crypto isakmp policy 10
                 encr aes
                 authentication pre-share
                 group 2
                crypto isakmp key MY_PASSWORD address 0.0.0.0\s\s\s\s\s\s\s\s
                !
                crypto ipsec transform-set MY_TRANSFORM_SET esp-aes esp-sha-hmac\s
                 mode tunnel
                !
                crypto dynamic-map DYN_MAP 10
                 set transform-set MY_TRANSFORM_SET\s
                 match address 100
                 reverse-route
                !
                crypto map MY_CRYPTO_MAP 65535 ipsec-isakmp dynamic DYN_MAP\s
                """, condensed(region(CryptoLabs.dynamicMapHub())));
    }

    @Test
    void lesson6_7AggressiveModePeer() {
        assertEquals("""
                crypto isakmp policy 10
                 encr aes
                 authentication pre-share
                 group 2
                crypto isakmp peer address 10.10.10.2
                 set aggressive-mode password MY_PASSWORD
                 set aggressive-mode client-endpoint ipv4-address 10.10.10.2\s
                """, condensed(region(CryptoLabs.aggressive())));
    }

    @Test
    void lesson6_8Ikev2CryptoMap() {
        assertEquals("""
                crypto ikev2 profile PROF1
                 match identity remote address 50.50.1.10 255.255.255.255\s
                 authentication remote pre-share
                 authentication local pre-share
                 keyring local KR
                !
                crypto ipsec transform-set IPSEC_TS esp-aes esp-md5-hmac\s
                 mode transport
                !
                crypto map IPSEC 1 ipsec-isakmp\s
                 set peer 50.50.1.10
                 set transform-set IPSEC_TS\s
                 set pfs group5
                 set ikev2-profile PROF1
                 match address GRE1
                """, condensed(region(CryptoLabs.ikev2CryptoMap())));
    }

    @Test
    void consecutiveIsakmpPoliciesAreSeparatedAndDefaultsHidden() {
        CryptoConfig c = new CryptoConfig();
        c.enterIsakmpPolicy(20);
        c.enterIsakmpPolicy(10);
        c.editIsakmpPolicy(10, p -> p.withHash(IsakmpHash.MD5).withEncryption(IsakmpEncryption.TRIPLE_DES));
        c.addIsakmpKey(IsakmpKey.forAddress("k", Ipv4.of("192.168.123.1"), null));
        List<String> out = CryptoRenderer.ikev1(c);
        assertEquals(List.of("crypto isakmp policy 10", " encr 3des", " hash md5", "!", "crypto isakmp policy 20",
                "crypto isakmp key k address 192.168.123.1  ", "!", "!"), out);
    }

    @Test
    void pkiServerAndTrustpointsLikeTheFlexVpnPkiLab() {
        CryptoConfig c = new CryptoConfig();
        c.enterPkiServer("R1-CA");
        c.editPkiServer("R1-CA", s -> s.withDatabaseArchive(false).withIssuerName("cn=\"R1-CA\"").withGrant("auto"));
        c.enablePkiServer("R1-CA");
        c.enterTrustpoint("R1-CLIENT");
        c.editTrustpoint("R1-CLIENT", t -> t.withEnrollment("url http://192.168.12.1:80")
                .withSubjectName("cn=R1-CLIENT.LAB.NWL").withSubjectAltName("R1-CLIENT.LAB.NWL"));
        List<String> out = new ArrayList<>();
        c.renderPki(out);
        assertEquals("""
                !
                crypto pki server R1-CA
                 no database archive
                 issuer-name cn="R1-CA"
                 grant auto
                !
                crypto pki trustpoint R1-CA
                 revocation-check crl
                 rsakeypair R1-CA
                !
                crypto pki trustpoint R1-CLIENT
                 enrollment url http://192.168.12.1:80
                 subject-name cn=R1-CLIENT.LAB.NWL
                 subject-alt-name R1-CLIENT.LAB.NWL
                 revocation-check crl
                !
                """, text(out));
    }
}
