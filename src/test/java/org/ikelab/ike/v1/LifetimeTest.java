package org.ikelab.ike.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.ikev1.JdkCbcCipher;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.ike.PeerConfig;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.ike.RetransmitPolicy;
import org.junit.jupiter.api.Test;

/** A 3600 s IPsec lifetime and a phase-1 lifetime, run in milliseconds on virtual time. */
class LifetimeTest {
    static final IkeEndpoint R1 = MainModeExchangeTest.R1;
    static final IkeEndpoint R2 = MainModeExchangeTest.R2;

    final VirtualScheduler clock = new VirtualScheduler();
    final InMemoryNetwork net = new InMemoryNetwork();
    final RecordingInstaller dataPlane1 = new RecordingInstaller();
    final RecordingInstaller dataPlane2 = new RecordingInstaller();
    final MainModeExchangeTest.Events events1 = new MainModeExchangeTest.Events();
    final MainModeExchangeTest.Events events2 = new MainModeExchangeTest.Events();
    IkeV1Daemon r1;
    IkeV1Daemon r2;

    IkeSa establish(long phase1Lifetime) {
        Phase1Proposal policy = new Phase1Proposal(10, 7, 128, 2, 1, 2, phase1Lifetime);
        ChildConfig c1 = QuickModeExchangeTest.child(QuickModeExchangeTest.LAN1, QuickModeExchangeTest.LAN2, 0);
        ChildConfig c2 = QuickModeExchangeTest.child(QuickModeExchangeTest.LAN2, QuickModeExchangeTest.LAN1, 0);
        byte[] psk = "cisco123".getBytes(StandardCharsets.US_ASCII);
        PeerConfig p1 = new PeerConfig(R1, R2, psk, List.of(policy), true, List.of(c1));
        PeerConfig p2 = new PeerConfig(R2, R1, psk, List.of(policy), true, List.of(c2));
        r1 = new IkeV1Daemon(clock, RandomSource.seeded(31), net, dataPlane1, JdkCbcCipher.provider(),
                ep -> Optional.of(p1), events1, RetransmitPolicy.DEFAULT);
        r2 = new IkeV1Daemon(clock, RandomSource.seeded(32), net, dataPlane2, JdkCbcCipher.provider(),
                ep -> Optional.of(p2), events2, RetransmitPolicy.DEFAULT);
        net.attach(R1, r1);
        net.attach(R2, r2);
        IkeSa i = r1.initiate(p1, c1);
        deliverAll();
        return i;
    }

    private void deliverAll() {
        for (int k = 0; k < 50 && net.pending() > 0; k++) net.deliver();
    }

    private void advance(Duration d) {
        long target = clock.nanoTime() + d.toNanos();
        for (int k = 0; k < 1000 && clock.nextDueNanos() >= 0 && clock.nextDueNanos() <= target; k++) {
            clock.advanceTo(clock.nextDueNanos());
            deliverAll();
        }
        clock.advanceTo(target);
        deliverAll();
    }

    @Test
    void ipsecSasAreRekeyedAtNinetyPercentAndTheOldOnesExpire() {
        IkeSa i = establish(86400);
        IkeSa r = r2.sas().get(0);
        int oldSpi = i.children().get(0).outbound().spi();
        advance(Duration.ofSeconds(3239));
        assertEquals(1, i.children().size());
        advance(Duration.ofSeconds(2));                   // 3241 s: rekey done, both pairs installed
        assertEquals(2, i.children().size());
        assertEquals(2, r.children().size());
        assertEquals(4, dataPlane1.installed.size());
        advance(Duration.ofSeconds(400));                 // 3641 s: the old pair expired on both sides
        assertEquals(1, i.children().size());
        assertEquals(1, r.children().size());
        assertNotEquals(oldSpi, i.children().get(0).outbound().spi());
        assertEquals(i.children().get(0).outbound().spi(), r.children().get(0).inbound().spi());
        assertEquals(2, dataPlane1.installed.size());
        assertTrue(dataPlane2.removedSpis.contains(oldSpi));
    }

    /** Like {@link #advance}, but every datagram sent meanwhile is lost. */
    private void advanceLosingEverything(Duration d) {
        long target = clock.nanoTime() + d.toNanos();
        for (int k = 0; k < 1000 && clock.nextDueNanos() >= 0 && clock.nextDueNanos() <= target; k++) {
            clock.advanceTo(clock.nextDueNanos());
            for (int j = 0; j < 100 && net.pending() > 0; j++) net.drop();
        }
        clock.advanceTo(target);
        for (int j = 0; j < 100 && net.pending() > 0; j++) net.drop();
    }

    /**
     * The responder rekeys at 95 % when the initiator has not replaced the pair by then (found
     * against strongSwan offering a lifetime shorter than its own rekey time): here the
     * initiator's quick mode at 90 % is lost, and the responder's own one at 3420 s succeeds.
     */
    @Test
    void responderRekeysAtNinetyFivePercentWhenTheInitiatorDidNot() {
        IkeSa i = establish(86400);
        IkeSa r = r2.sas().get(0);
        int oldSpi = i.children().get(0).outbound().spi();
        advance(Duration.ofSeconds(3239));
        advanceLosingEverything(Duration.ofSeconds(170)); // 3409 s: the initiator's rekey never arrived
        assertEquals(1, r.children().size());
        advance(Duration.ofSeconds(12));                  // 3421 s: the responder's own rekey
        assertEquals(2, r.children().size());
        assertEquals(2, i.children().size());
        advance(Duration.ofSeconds(200));                 // the old pair expired at 3600 s
        assertEquals(1, i.children().size());
        assertNotEquals(oldSpi, i.children().get(0).outbound().spi());
        assertEquals(i.children().get(0).outbound().spi(), r.children().get(0).inbound().spi());
    }

    /** When the initiator rekeys at 90 % as usual, the responder's 95 % timer finds the successor and stays quiet. */
    @Test
    void responderDoesNotRekeyAPairTheInitiatorReplaced() {
        IkeSa i = establish(86400);
        IkeSa r = r2.sas().get(0);
        advance(Duration.ofSeconds(3500));
        assertEquals(2, r.children().size());
        assertEquals(2, i.children().size());
        assertEquals(4, dataPlane2.installed.size());
    }

    @Test
    void phase1LifetimeDeletesTheIsakmpSaOnBothSides() {
        IkeSa i = establish(600);
        IkeSa r = r2.sas().get(0);
        advance(Duration.ofSeconds(601));
        assertEquals(Ikev1State.DELETED, i.state());
        assertEquals(Ikev1State.DELETED, r.state());
        assertTrue(events1.log.contains("deleted: Lifetime expired"));
        // The IPsec SAs outlive the ISAKMP SA, as on IOS.
        assertEquals(1, i.children().size());
    }

    @Test
    void periodicDpdKeepsALivePeerAndBuriesADeadOne() {
        IkeSa i = establish(86400);
        i.keepalive(Duration.ofSeconds(10), Duration.ofSeconds(2));
        advance(Duration.ofSeconds(35));
        assertEquals(Ikev1State.QM_IDLE, i.state(), "R2 answers every R-U-THERE");
        assertTrue(events1.log.stream().filter(e -> e.equals("notify R-U-THERE-ACK")).count() >= 3);
        // R2 goes away: nothing is delivered any more.
        for (int k = 0; k < 20; k++) {
            clock.advanceTo(clock.nextDueNanos());
            while (net.pending() > 0) net.drop();
            if (i.state() == Ikev1State.DELETED) break;
        }
        assertEquals(Ikev1State.DELETED, i.state());
        assertTrue(events1.log.contains("deleted: Peer dead (DPD)"));
        assertTrue(i.children().isEmpty());
        assertTrue(dataPlane1.installed.isEmpty());
    }

    @Test
    void initialContactFromARebootedPeerClearsStaleSas() {
        IkeSa i = establish(86400);
        IkeSa stale = r2.sas().get(0);
        // R1 "reboots": a fresh daemon with no memory of the old SA negotiates again.
        IkeV1Daemon rebooted = new IkeV1Daemon(clock, RandomSource.seeded(99), net, new RecordingInstaller(),
                JdkCbcCipher.provider(), ep -> Optional.empty(), Ikev1Listener.NONE, RetransmitPolicy.DEFAULT);
        net.attach(R1, rebooted);
        ChildConfig c1 = QuickModeExchangeTest.child(QuickModeExchangeTest.LAN1, QuickModeExchangeTest.LAN2, 0);
        rebooted.initiate(new PeerConfig(R1, R2, "cisco123".getBytes(StandardCharsets.US_ASCII),
                List.of(new Phase1Proposal(10, 7, 128, 2, 1, 2, 86400)), true, List.of(c1)), c1);
        deliverAll();
        assertEquals(Ikev1State.DELETED, stale.state());
        assertTrue(events2.log.contains("deleted: Receive initial contact"));
        assertEquals(1, r2.sas().size());
        assertEquals(1, r2.sas().get(0).children().size());
        assertEquals(2, dataPlane2.installed.size(), "only the new pair is left in R2's data plane");
        assertEquals(Ikev1State.QM_IDLE, i.state(), "the old R1 object is simply abandoned");
    }
}
