package org.ikelab.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ikelab.config.RunningConfigRenderer;
import org.junit.jupiter.api.Test;

/**
 * The §3.2 lesson typed on a router and rendered by the full running-config renderer: the
 * crypto section sits between {@code redundancy} and the interfaces exactly as on IOSv 15.6.
 */
class CryptoFullRunningConfigTest {
    @Test
    void section3_2FromRedundancyToTheFirstInterface() {
        CryptoCli cli = new CryptoCli("R1");
        cli.type("""
                crypto isakmp policy 1
                encr aes
                authentication pre-share
                group 2
                exit
                crypto isakmp key MY_PASSWORD address 10.10.10.2
                crypto ipsec transform-set MY_TRANSFORM_SET esp-aes esp-sha-hmac
                mode tunnel
                exit
                access-list 100 permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255
                crypto map MY_CRYPTO_MAP 10 ipsec-isakmp
                set peer 10.10.10.2
                set transform-set MY_TRANSFORM_SET
                match address 100
                exit
                interface GigabitEthernet0/2
                crypto map MY_CRYPTO_MAP
                """);
        List<String> body = RunningConfigRenderer.body(cli.config);
        int from = body.indexOf("redundancy");
        int to = body.indexOf("interface GigabitEthernet0/0");
        assertEquals("""
                redundancy
                !
                !
                !\s
                !
                !
                !
                !
                crypto isakmp policy 1
                 encr aes
                 authentication pre-share
                 group 2
                crypto isakmp key MY_PASSWORD address 10.10.10.2\s\s\s\s\s
                !
                !
                crypto ipsec transform-set MY_TRANSFORM_SET esp-aes esp-sha-hmac\s
                 mode tunnel
                !
                !
                !
                crypto map MY_CRYPTO_MAP 10 ipsec-isakmp\s
                 set peer 10.10.10.2
                 set transform-set MY_TRANSFORM_SET\s
                 match address 100
                !
                !
                !
                !
                !
                """, String.join("\n", body.subList(from, to)) + "\n");
    }
}
