package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.Golden.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ikelab.ike.status.SessionBriefRow;
import org.ikelab.ike.status.SessionState;
import org.junit.jupiter.api.Test;

/**
 * Golden tests for {@code show crypto session brief}.
 *
 * <p>Source of the layout: the command is documented in Cisco's command reference for
 * {@code show crypto session} (Cisco IOS Security Command Reference, "show crypto session",
 * {@code brief} keyword, IOS 12.4(9)T and later); the byte-exact layout of {@code
 * show/session_brief.txt} (legend, {@code ivrf = (none)}, column widths 16/13/16/25/9, one space
 * after "Negotiating", no trailing space after the status) is that of public IOS 15 captures: a
 * DMVPN-over-IPsec lab write-up with {@code show crypto session brief} from three routers (RSA
 * signatures, so Group/Phase1_id shows the peers' host names; search index id 8312563290), and
 * the test fixtures of two network-automation libraries (pre-shared keys, the peer's address as
 * Phase1_id; index ids 35520890867, 54305709045). An older right-aligned 12.4 form exists (index
 * id 52433850440); the IOS 15 form is the one emulated. Only {@code UA} appears in the captures;
 * the other status letters are built from the legend.
 */
class ShowCryptoSessionBriefTest {

    @Test
    void twoTunnelsMatchTheCapture() {
        List<SessionBriefRow> rows = List.of(
                new SessionBriefRow(ip("10.255.0.46"), "Tunnel0", null, "R14", 10 * 60 + 53, SessionState.UP_ACTIVE),
                new SessionBriefRow(ip("10.255.0.12"), "Tunnel1", null, "R15", 10 * 60 + 54, SessionState.UP_ACTIVE));
        assertEquals(Golden.read("session_brief.txt"), ShowCryptoSessionBrief.format(rows));
    }

    @Test
    void noSessionPrintsTheLegendAndHeaderOnly() {
        assertEquals("""
                Status: A- Active, U - Up, D - Down, I - Idle, S - Standby, N - Negotiating\s
                        K - No IKE
                ivrf = (none)
                Peer            I/F          Username        Group/Phase1_id          Uptime   Status
                """, ShowCryptoSessionBrief.format(List.of()));
    }

    @Test
    void cryptoMapSessionOnAnEthernetAndADownEntry() {
        // A pre-shared-key site-to-site session shows the peer's address as its Phase1_id; a
        // configured entry without IKE SA has no identity and no uptime.
        List<SessionBriefRow> rows = List.of(
                new SessionBriefRow(ip("209.165.200.225"), "GigabitEthernet0/2", null, "209.165.200.225", 3 * 3600 + 4,
                        SessionState.UP_ACTIVE),
                new SessionBriefRow(ip("25.2.2.2"), "GigabitEthernet0/0", null, null, -1, SessionState.DOWN));
        String out = ShowCryptoSessionBrief.format(rows);
        assertEquals(List.of(
                "209.165.200.225 Gi0/2                        209.165.200.225          03:00:04 UA",
                "25.2.2.2        Gi0/0                                                          D"),
                out.lines().skip(4).toList());
    }

    @Test
    void statusLettersFollowTheLegend() {
        assertEquals("UA", ShowCryptoSessionBrief.status(SessionState.UP_ACTIVE));
        assertEquals("UI", ShowCryptoSessionBrief.status(SessionState.UP_IDLE));
        assertEquals("UK", ShowCryptoSessionBrief.status(SessionState.UP_NO_IKE));
        assertEquals("DN", ShowCryptoSessionBrief.status(SessionState.DOWN_NEGOTIATING));
        assertEquals("D", ShowCryptoSessionBrief.status(SessionState.DOWN));
    }

    @Test
    void interfaceAbbreviations() {
        assertEquals("Tu0", ShowCryptoSessionBrief.shortInterface("Tunnel0"));
        assertEquals("Gi0/1", ShowCryptoSessionBrief.shortInterface("GigabitEthernet0/1"));
        assertEquals("Lo1", ShowCryptoSessionBrief.shortInterface("Loopback1"));
    }
}
