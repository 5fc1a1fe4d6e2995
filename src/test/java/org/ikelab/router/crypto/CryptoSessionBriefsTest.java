package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.ikelab.ike.status.SessionBriefRow;
import org.ikelab.ike.status.SessionState;
import org.junit.jupiter.api.Test;

/** The rows of {@code show crypto session brief} on both routers of the §6.1 lab, on virtual time. */
class CryptoSessionBriefsTest {
    @Test
    void beforeTheFirstPingTheConfiguredEntryIsDown() {
        CryptoLab lab = CryptoLab.classic();
        List<SessionBriefRow> rows = CryptoSessionBriefs.rows(lab.engine("R1"));
        assertEquals(1, rows.size());
        SessionBriefRow r = rows.get(0);
        assertEquals("10.10.10.2", r.peer().getHostAddress());
        assertEquals(SessionState.DOWN, r.state());
        assertEquals(null, r.phase1Id());
        assertEquals(-1, r.uptimeSeconds());
    }

    @Test
    void uptimeCountsFromPhaseOneOnBothSides() {
        CryptoLab lab = CryptoLab.classic();
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        long r1Before = CryptoSessionBriefs.rows(lab.engine("R1")).get(0).uptimeSeconds();
        lab.advance(Duration.ofSeconds(90));
        SessionBriefRow r1 = CryptoSessionBriefs.rows(lab.engine("R1")).get(0);
        assertEquals("GigabitEthernet0/2", r1.interfaceName());
        assertEquals("10.10.10.2", r1.phase1Id());
        assertEquals(null, r1.username());
        assertEquals(SessionState.UP_ACTIVE, r1.state());
        assertEquals(r1Before + 90, r1.uptimeSeconds());
        SessionBriefRow r2 = CryptoSessionBriefs.rows(lab.engine("R2")).get(0);
        assertEquals("10.10.10.1", r2.peer().getHostAddress());
        assertEquals("10.10.10.1", r2.phase1Id());
        assertEquals(SessionState.UP_ACTIVE, r2.state());
    }

    @Test
    void clearCryptoSessionEndsTheUptime() {
        CryptoLab lab = CryptoLab.classic();
        lab.ping("H1", "192.168.2.2");
        lab.engine("R1").clearSession(null);
        lab.advance(Duration.ofSeconds(1));
        SessionBriefRow r1 = CryptoSessionBriefs.rows(lab.engine("R1")).get(0);
        assertEquals(-1, r1.uptimeSeconds());
        assertEquals(null, r1.phase1Id());
    }
}
