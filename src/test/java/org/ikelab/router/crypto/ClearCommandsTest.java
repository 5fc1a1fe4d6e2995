package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The clear commands of ios-crypto-reference §4.19 on the §6.1 lab. */
class ClearCommandsTest {
    @Test
    void clearCryptoIsakmpDeletesPhase1OnlyAndTrafficStillFlows() {
        CryptoLab lab = CryptoLab.classic();
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        CryptoEngine r1 = lab.engine("R1");
        CryptoEngine r2 = lab.engine("R2");
        int sasBefore = r1.dataPlane().sas().size();
        r1.clearIsakmp(0);
        lab.advance(Duration.ofSeconds(1));
        assertTrue(r1.daemon().sas().isEmpty());
        assertTrue(r2.daemon().sas().isEmpty(), "the peer got the ISAKMP Delete");
        assertEquals(sasBefore, r1.dataPlane().sas().size(), "IPsec SAs stay");
        assertEquals("!!!!!", lab.ping("H1", "192.168.2.2"), "no new negotiation needed");
        assertTrue(r1.daemon().sas().isEmpty());
        // clear crypto sa still finds the IPsec SAs of the deleted phase 1.
        r1.clearSa(null);
        assertTrue(r1.dataPlane().sas().isEmpty());
        assertTrue(r1.daemon().saOwners().isEmpty());
    }
}
