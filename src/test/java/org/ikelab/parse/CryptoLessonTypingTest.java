package org.ikelab.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Lessons typed the way learners type them (abbreviations, their own order) end in the
 * captured running-config text: IOS's order, not the typing order, decides the output.
 */
class CryptoLessonTypingTest {
    private static String fixture(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/config/crypto", name), StandardCharsets.UTF_8);
    }

    @Test
    void flexVpnWithoutSmartDefaults() throws IOException {
        CryptoCli cli = new CryptoCli("R1");
        cli.type("""
                no crypto ikev2 proposal default
                no crypto ikev2 policy default
                crypto ikev2 proposal IKEV2_PROPOSAL
                encr aes-cbc-256
                integ sha256
                gr 15
                exit
                crypto ikev2 pol IKEV2_POLICY
                prop IKEV2_PROPOSAL
                exit
                crypto ikev2 keyring IKEV2_KEYRING
                peer R2
                addr 192.168.12.2
                pre-shared-key local CISCO
                pre-shared-key remote CISCO
                exit
                exit
                crypto ikev2 profile IKEV2_PROFILE
                match identity remote fqdn R2.NWL.LAB
                identity local fqdn R1.NWL.LAB
                authentication local pre-share
                authentication remote pre-share
                keyring local IKEV2_KEYRING
                exit
                crypto ipsec transform-set IPSEC_TRANSFORM_SET esp-aes 256 esp-sha256-hmac
                exit
                no crypto ipsec transform-set default
                crypto ipsec profile IPSEC_PROFILE
                set ikev2-profile IKEV2_PROFILE
                set transform-set IPSEC_TRANSFORM_SET
                exit
                no crypto ipsec profile default
                """);
        assertEquals(fixture("flexvpn-nodefaults-R1.region.txt"), CryptoRoundTripTest.region(cli.config));
    }

    @Test
    void dynamicVtiHub() throws IOException {
        CryptoCli cli = new CryptoCli("R1");
        cli.type("""
                crypto isakmp policy 1
                encr aes
                hash sha
                auth pre-share
                group 5
                exit
                crypto keyring KEY_RING
                pre-shared-key address 192.168.123.2 key R1_R2
                pre-shared-key address 192.168.123.3 key R1_R3
                exit
                crypto isakmp profile ISAKMP_PROFILE
                virtual-template 1
                match identity address 192.168.123.2 255.255.255.255
                match identity address 192.168.123.3 255.255.255.255
                keyring KEY_RING
                exit
                crypto ipsec transform-set TRANSFORM_SET esp-aes esp-sha-hmac
                crypto ipsec profile IPSEC_PROFILE
                set transform-set TRANSFORM_SET
                """);
        assertEquals(fixture("dvti-hub-R1.region.txt"), CryptoRoundTripTest.region(cli.config));
    }

    @Test
    void flexVpnPkiAuthenticationHub() throws IOException {
        CryptoCli cli = new CryptoCli("R1");
        cli.type("""
                crypto pki server R1-CA
                no database archive
                issuer-name cn="R1-CA"
                grant auto
                no shutdown
                cisco123
                cisco123
                exit
                crypto pki trustpoint R1-CLIENT
                enrollment url http://192.168.12.1:80
                subject-name cn=R1-CLIENT.LAB.NWL
                subject-alt-name R1-CLIENT.LAB.NWL
                exit
                crypto ikev2 keyring KEYRING
                peer R2
                address 192.168.12.2
                pre-shared-key local CISCO
                pre-shared-key remote CISCO
                exit
                exit
                crypto ikev2 profile default
                match identity remote fqdn R2.NWL.LAB
                identity local dn
                authentication local rsa-sig
                authentication remote pre-share
                keyring local KEYRING
                pki trustpoint R1-CLIENT
                exit
                crypto ipsec profile default
                set ikev2-profile default
                """);
        assertEquals(fixture("flexvpn-pki-R1.region.txt"), CryptoRoundTripTest.region(cli.config));
        java.util.List<String> pki = new java.util.ArrayList<>();
        cli.config.crypto().renderPki(pki);
        // Captured between "multilink bundle-name authenticated" + "!" "!" and the certificate chains.
        assertEquals(java.util.List.of("!", "crypto pki server R1-CA", " no database archive", " issuer-name cn=\"R1-CA\"",
                " grant auto", "!", "crypto pki trustpoint R1-CA", " revocation-check crl", " rsakeypair R1-CA", "!",
                "crypto pki trustpoint R1-CLIENT", " enrollment url http://192.168.12.1:80",
                " subject-name cn=R1-CLIENT.LAB.NWL", " subject-alt-name R1-CLIENT.LAB.NWL", " revocation-check crl", "!"), pki);
    }
}
