package org.ikelab.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code no} and {@code default} (reference §1.7) typed at the CLI, checked in the running-config. */
class CryptoNoDefaultTest {
    private static List<String> crypto(CryptoCli cli) {
        List<String> out = new ArrayList<>();
        cli.config.crypto().renderRedundancyToInterfaces(out);
        return out.stream().filter(l -> !l.strip().equals("!")).toList();
    }

    @Test
    void noAndDefaultRestoreDefaultsAndHideTheLines() {
        CryptoCli cli = new CryptoCli("R1");
        cli.type("""
                crypto isakmp policy 10
                encryption aes 256
                hash md5
                group 14
                lifetime 600
                no group
                default encryption
                no lifetime 600
                exit
                crypto isakmp policy 20
                exit
                no crypto isakmp policy 20
                crypto isakmp key K1 address 10.1.1.1
                crypto isakmp key K2 address 10.1.1.2
                no crypto isakmp key K1 address 10.1.1.1
                crypto ipsec transform-set T esp-aes esp-sha-hmac
                mode transport
                no mode
                exit
                crypto map M 10 ipsec-isakmp
                set peer 10.1.1.2
                set peer 10.1.1.3
                set pfs group5
                match address 101
                no set peer 10.1.1.3
                no set pfs
                no match address
                exit
                crypto map M 20 ipsec-isakmp
                exit
                no crypto map M 20
                no crypto ipsec transform-set default
                no crypto ikev2 proposal default
                """);
        assertEquals(List.of(
                "crypto ikev2 proposal default".replace("crypto", "no crypto"),
                "crypto isakmp policy 10",
                " hash md5",
                "crypto isakmp key K2 address 10.1.1.2       ",
                "crypto ipsec transform-set T esp-aes esp-sha-hmac ",
                " mode tunnel",
                "no crypto ipsec transform-set default",
                "crypto map M 10 ipsec-isakmp ",
                " set peer 10.1.1.2"), crypto(cli));
    }

    @Test
    void noCryptoMapRemovesEveryEntryAndDefaultProfileComesBack() {
        CryptoCli cli = new CryptoCli("R1");
        cli.type("""
                crypto map M 10 ipsec-isakmp
                exit
                crypto map M 20 ipsec-manual
                exit
                no crypto map M
                no crypto ipsec profile default
                crypto ipsec profile default
                exit
                """);
        assertEquals(List.of(), crypto(cli));
    }
}
