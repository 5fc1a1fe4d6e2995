package org.ikelab.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The life of the SAs when charon acts on them: charon deletes the CHILD_SA or the IKE_SA and
 * our router drops its side (what {@code show crypto ipsec sa} / {@code show crypto isakmp sa}
 * tell a learner) and builds them again on the next ping; charon's DPD is answered so it keeps
 * the SA; our {@code crypto isakmp keepalive} finds a charon that was killed and removes the SAs.
 * Real time throughout (charon is a real process), so the DPD case takes ~25 s.
 */
@Tag("interop")
@Timeout(90)
class StrongSwanLifecycleTest {
    private static final long PID = ProcessHandle.current().pid();
    private static final String NS = "ikl-lc-" + PID;
    private static final String DEV = "iklc";
    private static final String NET = "10.205." + (PID % 200 + 20) + ".";
    private static final String OURS = NET + "1";
    private static final String THEIRS = NET + "2";
    private static StrongSwanPeer swan;
    private InteropRouter r1;

    /** Connection "lc" with child "net" (AES/SHA-1 both phases), plus {@code extra} connection lines. */
    private static String conf(String extra) {
        return StrongSwanPeer.conf(THEIRS, OURS, StrongSwanPeer.connection("lc", THEIRS, OURS, "aes128-sha1-modp1024", extra,
                StrongSwanPeer.child("net", "aes128-sha1", "none", "")));
    }

    @BeforeAll
    static void namespaceAndCharon() throws Exception {
        StrongSwanPeer.assumeAvailable();
        swan = StrongSwanPeer.withTun(NS, "ikelab-lc", DEV, THEIRS);
    }

    @BeforeEach
    void charonRunning() throws Exception {
        // The DPD case kills charon; whichever case comes next starts a fresh one. Cases that
        // load another connection leave it behind when they fail: each starts from the plain one.
        if (!swan.running()) swan.start(conf(""));
        else swan.reload(conf(""));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (swan != null) swan.close();
    }

    @AfterEach
    void stop() {
        if (swan != null) swan.terminateQuietly("lc");
        if (r1 != null) r1.close();
    }

    private void startRouter(String globalExtra) throws Exception {
        r1 = InteropRouter.start(NS, DEV, OURS, THEIRS, InteropRouter.config(THEIRS, OURS, " encryption aes\n group 2\n",
                "esp-aes esp-sha-hmac", "", globalExtra), null);
    }

    /** True when {@code show crypto ipsec sa} lists no SA (no "spi:" line under the flow). */
    private boolean noIpsecSa() throws Exception {
        return !r1.showIpsecSa().contains("esp sas:\n      spi: 0x");
    }

    /** True when {@code show crypto isakmp sa} lists no SA with charon. */
    private boolean noIsakmpSa() throws Exception {
        return !r1.showIsakmpSa().contains(THEIRS);
    }

    /** Polls {@code condition} every 100 ms for at most {@code seconds}. */
    private static boolean within(double seconds, Check condition) throws Exception {
        for (int i = 0; i < seconds * 10; i++) {
            if (condition.holds()) return true;
            Thread.sleep(100);
        }
        return condition.holds();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** charon's log since its last main mode, short enough for a failure message. */
    private static String charonTail() throws Exception {
        String log = swan.log();
        return log.substring(Math.max(0, log.lastIndexOf("initiating Main Mode")));
    }

    /** R-U-THERE-ACKs charon has received from us since its last main mode. */
    private static int dpdAcks() throws Exception {
        return charonTail().split("N\\(DPD_ACK\\)", -1).length - 1;
    }

    /** "current outbound spi: 0x..." of {@code show crypto ipsec sa}. */
    private String outboundSpi() throws Exception {
        return r1.showIpsecSa().lines().filter(l -> l.contains("current outbound spi:")).findFirst().orElse("");
    }

    private void tunnelUpByCharon() throws Exception {
        swan.swanctl("--initiate", "--child", "net", "--timeout", "20");
        assertEquals("!!!!!", r1.ping(5, 2), swan.log());
        assertFalse(noIpsecSa(), r1.showIpsecSa());
    }

    @Test
    void charonDeletesTheChildSaThenOurPingRebuildsIt() throws Exception {
        startRouter("");
        tunnelUpByCharon();
        swan.swanctl("--terminate", "--child", "net", "--timeout", "10");
        assertTrue(within(5, this::noIpsecSa), r1.showIpsecSa());
        // Only the CHILD_SA went: the ISAKMP SA stays, and the next ping runs quick mode over it.
        assertTrue(r1.showIsakmpSa().contains("QM_IDLE"), r1.showIsakmpSa());
        assertTrue(r1.bringUp(), swan.log());
        assertEquals("!!!!!", r1.ping(5, 2));
        assertTrue(swan.ping(3, "0.2"), swan.log());
    }

    @Test
    void charonDeletesTheIkeSaThenOurPingRebuildsIt() throws Exception {
        startRouter("");
        tunnelUpByCharon();
        swan.swanctl("--terminate", "--ike", "lc", "--timeout", "10");
        assertTrue(within(5, () -> noIpsecSa() && noIsakmpSa()), r1.showIsakmpSa() + r1.showIpsecSa());
        assertTrue(r1.bringUp(), swan.log());
        assertEquals("!!!!!", r1.ping(5, 2));
        assertTrue(r1.showIsakmpSa().contains("QM_IDLE"), r1.showIsakmpSa());
    }

    /**
     * charon probes every second when idle (dpd_delay) and gives up after 3 s without an answer
     * (dpd_timeout, IKEv1): after 5 idle seconds its SA must still be up, and its log shows our
     * R-U-THERE-ACKs.
     */
    @Test
    void charonDpdIsAnswered() throws Exception {
        swan.reload(conf("dpd_delay = 1s\n dpd_timeout = 3s"));
        startRouter("");
        tunnelUpByCharon();
        // Four answered probes span more than dpd_timeout.
        assertTrue(within(10, () -> dpdAcks() >= 4), charonTail());
        String log = charonTail();
        String sas = swan.swanctl("--list-sas");
        assertTrue(sas.contains("ESTABLISHED") && sas.contains("INSTALLED"), sas + log);
        assertEquals("!!!!!", r1.ping(5, 2), log);
    }

    /**
     * {@code crypto isakmp keepalive 10 2 periodic} (IOS's minimum interval is 10 s): while charon
     * lives, our first R-U-THERE (10 s after set-up) is acknowledged and nothing is torn down; then
     * charon dies without a DELETE, the next R-U-THERE and its five retries 2 s apart stay
     * unanswered, and the router removes the ISAKMP and IPsec SAs ~20 s after the kill.
     */
    @Test
    void ourKeepaliveIsAnsweredThenTearsDownTheSasOfAKilledCharon() throws Exception {
        startRouter("crypto isakmp keepalive 10 2 periodic");
        tunnelUpByCharon();
        boolean acked = within(15, () -> charonTail().contains("[ HASH N(DPD) ]") && charonTail().contains("N(DPD_ACK)"));
        if (!acked) System.out.println(charonTail());
        assertTrue(acked, "charon never answered our R-U-THERE; its log is in the test output");
        // charon's ACK (the log line may come just before it is sent) reaches us within a moment.
        Thread.sleep(500);
        assertFalse(noIsakmpSa() || noIpsecSa(), r1.showIsakmpSa());
        long killed = System.nanoTime();
        swan.kill();
        assertTrue(within(35, () -> noIpsecSa() && noIsakmpSa()), r1.showIsakmpSa() + r1.showIpsecSa());
        double after = (System.nanoTime() - killed) / 1e9;
        // Not before the next interval and the five retries have run out.
        assertTrue(after > 15, "declared dead " + after + " s after the kill");
    }

    /**
     * charon dies without a word and comes back (no DPD on our side): its new main mode carries
     * INITIAL-CONTACT, so our router drops the SAs of the dead instance (RFC 2407 §4.6.3.3) and
     * only the new pair is listed and used, both ways.
     */
    @Test
    void charonRestartsWithInitialContact() throws Exception {
        startRouter("");
        tunnelUpByCharon();
        swan.kill();
        swan.start(conf(""));
        swan.swanctl("--initiate", "--child", "net", "--timeout", "20");
        String show = r1.showIpsecSa();
        // One inbound and one outbound SA: the dead instance's pair is gone.
        assertEquals(2, show.lines().filter(l -> l.startsWith("      spi: 0x")).count(), show);
        assertEquals("!!!!!", r1.ping(5, 2), swan.log());
        assertTrue(swan.ping(3, "0.2"), swan.log());
        String isakmp = r1.showIsakmpSa();
        assertEquals(1, isakmp.split("QM_IDLE", -1).length - 1, isakmp);
    }

    /**
     * charon rekeys the CHILD_SA every 4 s with PFS group 19 (quick mode with a KE payload over
     * the IKE SA) and re-authenticates the IKEv1 SA after 6 s (a new main mode, then the old SA is
     * deleted), while pings run both ways: every echo answered, new SPIs and a new ISAKMP SA.
     */
    @Test
    void charonRekeysWithPfsAndReauthenticatesWhileTrafficFlows() throws Exception {
        swan.reload(StrongSwanPeer.conf(THEIRS, OURS, StrongSwanPeer.connection("lc", THEIRS, OURS, "aes128-sha1-modp1024",
                // over_time: without it the IKE SA's hard end (rekey_time + 10 %) can come before
                // the re-authentication has finished, and charon then just deletes everything.
                "rekey_time = 6s\n rand_time = 0s\n over_time = 60s", StrongSwanPeer.child("net", "aes128-sha1-ecp256", "none",
                        "rekey_time = 4s\n life_time = 60s\n rand_time = 0s"))));
        r1 = InteropRouter.start(NS, DEV, OURS, THEIRS, InteropRouter.config(THEIRS, OURS, " encryption aes\n group 2\n",
                "esp-aes esp-sha-hmac", " set pfs group19", ""), null);
        swan.swanctl("--initiate", "--child", "net", "--timeout", "20");
        String firstSpi = outboundSpi();
        int mark = swan.log().length();
        // ~1.1 s per round: past the child rekeys at 4 s and 8 s and the re-authentication at 6 s.
        for (int i = 0; i < 9; i++) {
            assertTrue(swan.ping(5, "0.2"), swan.log().substring(mark));
            assertEquals("!!!!!", r1.ping(5, 2), swan.log().substring(mark));
        }
        String log = swan.log().substring(mark);
        // charon numbers its SAs per process, so any new one after the mark is the successor.
        assertTrue(log.matches("(?s).*IKE_SA lc\\[\\d+\\] established.*") && log.matches("(?s).*CHILD_SA net\\{\\d+\\} established.*"),
                log);
        // Both sides list the same ISAKMP SAs: the new one, and the old one for as long as charon
        // keeps it (its over_time); IPsec SAs do not depend on it, as on IOS.
        String isakmp = r1.showIsakmpSa();
        String sas = swan.swanctl("--list-sas");
        assertEquals(sas.split(", IKEv1, ", -1).length - 1, isakmp.split("QM_IDLE", -1).length - 1, isakmp + sas);
        assertTrue(!outboundSpi().equals(firstSpi), r1.showIpsecSa());
    }

    /**
     * The other direction: {@code clear crypto sa} sends DELETEs for our IPsec SAs and charon
     * drops its CHILD_SA (the IKE SA stays); {@code clear crypto session} deletes the ISAKMP SA
     * too and charon drops its IKE_SA.
     */
    @Test
    void ourClearsAreHonouredByCharon() throws Exception {
        startRouter("");
        tunnelUpByCharon();
        r1.onLoop(() -> {
            r1.engine().clearSa(null);
            return null;
        });
        assertTrue(within(5, () -> !swan.swanctl("--list-sas").contains("INSTALLED")), swan.swanctl("--list-sas"));
        assertTrue(swan.swanctl("--list-sas").contains("ESTABLISHED"), swan.swanctl("--list-sas"));
        assertTrue(r1.bringUp(), swan.log());
        r1.onLoop(() -> {
            r1.engine().clearSession(null);
            return null;
        });
        assertTrue(within(5, () -> !swan.swanctl("--list-sas").contains("ESTABLISHED")), swan.swanctl("--list-sas"));
        assertTrue(noIpsecSa() && noIsakmpSa(), r1.showIsakmpSa());
    }

    /**
     * Our router rekeys as responder: charon offers a 12 s lifetime but would rekey only after
     * 60 s, so its SA just expires at 12 s. We take the lower lifetime and, as nobody replaced the
     * pair, start quick mode ourselves at 95 % (11.4 s). Pings both ways across it all answer.
     */
    @Test
    void ourRouterRekeysBeforeCharonsShortLifetimeEnds() throws Exception {
        swan.reload(StrongSwanPeer.conf(THEIRS, OURS, StrongSwanPeer.connection("lc", THEIRS, OURS, "aes128-sha1-modp1024", "",
                StrongSwanPeer.child("net", "aes128-sha1", "none", "rekey_time = 60s\n life_time = 12s\n rand_time = 0s"))));
        startRouter("");
        tunnelUpByCharon();
        String firstSpi = outboundSpi();
        int mark = swan.log().length();
        // ~1 s per round, to ~14 s: past our rekey at 11.4 s and charon's expiry at 12 s.
        for (int i = 0; i < 15; i++) {
            assertTrue(swan.ping(5, "0.2"), swan.log().substring(mark));
            assertEquals("!!!!!", r1.ping(5, 2), swan.log().substring(mark));
        }
        String log = swan.log().substring(mark);
        assertTrue(log.matches("(?s).*CHILD_SA net\\{\\d+\\} established.*"), log);
        assertTrue(!outboundSpi().equals(firstSpi), r1.showIpsecSa());
        assertTrue(swan.swanctl("--list-sas").contains("INSTALLED"));
    }
}
