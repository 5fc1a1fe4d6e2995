package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ios-crypto-reference §5.5: R2 forgets its ISAKMP SA while the cable is pulled (its Delete is
 * lost), then R1 speaks on that SA (a Delete of its own after {@code clear crypto sa}): R2 logs
 * {@code %CRYPTO-4-IKMP_NO_SA}, once a minute however often R1 sends.
 */
class NoSaTest {
    private static List<String> noSaLines(CryptoLab lab) {
        return lab.logs.get("R2").stream().filter(l -> l.contains("%CRYPTO-4-IKMP_NO_SA"))
                .map(l -> l.substring(l.indexOf('%'))).toList();
    }

    @Test
    void messageOnAForgottenSaIsLoggedOnceAMinute() {
        CryptoLab lab = CryptoLab.classic();
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        lab.links.get(1).setUp(false);
        lab.engine("R2").clearIsakmp(0);
        lab.advance(Duration.ofSeconds(1));
        lab.links.get(1).setUp(true);
        lab.advance(Duration.ofSeconds(1));
        assertEquals(List.of(), noSaLines(lab));

        lab.engine("R1").clearSa(null);
        lab.advance(Duration.ofSeconds(1));
        assertEquals(List.of("%CRYPTO-4-IKMP_NO_SA: IKE message from 10.10.10.1 has no SA and is not an initialization offer"),
                noSaLines(lab));
        lab.ping("H1", "192.168.2.2");  // R1 starts quick mode on its old SA: dropped again, not logged again
        assertEquals(1, noSaLines(lab).size());
    }
}
