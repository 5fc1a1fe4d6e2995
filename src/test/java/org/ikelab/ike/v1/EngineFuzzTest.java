package org.ikelab.ike.v1;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ikelab.common.Hex;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.ikev1.JdkCbcCipher;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.PeerConfig;
import org.ikelab.ike.RetransmitPolicy;
import org.junit.jupiter.api.Test;

/**
 * Nothing from the wire may throw out of the engine: recorded datagrams of a full main mode +
 * quick mode, mutated (seeded), are fed to both daemons at every stage of a second negotiation.
 */
class EngineFuzzTest {
    private static final int ROUNDS = 40;
    private static final int PER_STAGE = 250;
    private static final java.util.Map<String, Long> DROPS = new java.util.TreeMap<>();

    @Test
    void mutatedDatagramsNeverThrow() {
        SplittableRandom rnd = new SplittableRandom(4242);
        long injected = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // Same seeds as the peers below: the recorded cookies and message ids are the live ones.
            List<InMemoryNetwork.Datagram> recorded = record(100 + round);
            VirtualScheduler clock = new VirtualScheduler();
            InMemoryNetwork net = new InMemoryNetwork();
            IkeV1Daemon[] d = peers(clock, net, 100 + round);
            d[0].initiate(peer1(), child1());
            for (int stage = 0; stage < 10; stage++) {
                for (int k = 0; k < PER_STAGE; k++) {
                    InMemoryNetwork.Datagram base = recorded.get(rnd.nextInt(recorded.size()));
                    byte[] m = mutate(base.bytes(), rnd);
                    IkeV1Daemon target = rnd.nextBoolean() ? d[0] : d[1];
                    try {
                        target.receive(target == d[0] ? MainModeExchangeTest.R1 : MainModeExchangeTest.R2,
                                target == d[0] ? MainModeExchangeTest.R2 : MainModeExchangeTest.R1, ByteBuffer.wrap(m));
                    } catch (RuntimeException e) {
                        throw new AssertionError("round " + round + " stage " + stage + " input " + Hex.encode(m), e);
                    }
                    injected++;
                }
                if (net.pending() > 0) net.deliver();
                d[0].dropCounters().forEach((r, n) -> DROPS.merge(r, n, Long::sum));
                clock.advance(java.time.Duration.ofSeconds(rnd.nextInt(6)));
            }
        }
        assertTrue(injected >= ROUNDS * PER_STAGE * 10L);
        System.out.println("engine fuzz drop reasons (R1, cumulative samples): " + DROPS);
        assertTrue(DROPS.containsKey("IKMP_BAD_MESSAGE") && DROPS.containsKey("duplicate"),
                "mutations must reach live SAs: " + DROPS);
    }

    /**
     * An established SA under a flood of mutated datagrams from another negotiation: it keeps
     * its state and IPsec SAs, and the error notifies stay within the rate limit.
     */
    @Test
    void floodOfMutationsLeavesAnEstablishedSaAloneAndAnswersAtTheRateLimit() {
        SplittableRandom rnd = new SplittableRandom(77);
        List<InMemoryNetwork.Datagram> foreign = record(900);
        VirtualScheduler clock = new VirtualScheduler();
        InMemoryNetwork net = new InMemoryNetwork();
        IkeV1Daemon[] d = peers(clock, net, 500);
        d[0].initiate(peer1(), child1());
        for (int k = 0; k < 20 && net.pending() > 0; k++) net.deliver();
        IkeSa established = d[1].sas().get(0);
        assertTrue(established.state() == Ikev1State.QM_IDLE && established.children().size() == 1);
        int seconds = 20;
        for (int sec = 0; sec < seconds; sec++) {
            for (int k = 0; k < 200; k++) {
                byte[] m = mutate(foreign.get(rnd.nextInt(foreign.size())).bytes(), rnd);
                d[1].receive(MainModeExchangeTest.R2, MainModeExchangeTest.R1, ByteBuffer.wrap(m));
            }
            while (net.pending() > 0) net.drop();
            clock.advance(java.time.Duration.ofSeconds(1));
        }
        assertTrue(d[1].errorNotifiesSent() <= (long) ErrorNotifier.MAX_PER_WINDOW * (seconds + 1),
                "notifies " + d[1].errorNotifiesSent());
        assertTrue(d[1].sas().contains(established));
        assertTrue(established.state() == Ikev1State.QM_IDLE);
        assertTrue(established.children().size() == 1);
        System.out.println("flood: " + d[1].errorNotifiesSent() + " error notifies, drops " + d[1].dropCounters());
    }

    private static List<InMemoryNetwork.Datagram> record(long seed) {
        VirtualScheduler clock = new VirtualScheduler();
        InMemoryNetwork net = new InMemoryNetwork();
        IkeV1Daemon[] d = peers(clock, net, seed);
        d[0].initiate(peer1(), child1());
        List<InMemoryNetwork.Datagram> out = new ArrayList<>();
        for (int k = 0; k < 20 && net.pending() > 0; k++) out.add(net.deliver());
        d[0].sas().get(0).sendDpd(1);
        while (net.pending() > 0) out.add(net.deliver());
        return out;
    }

    static PeerConfig peer1() {
        return new PeerConfig(MainModeExchangeTest.R1, MainModeExchangeTest.R2, "k".getBytes(StandardCharsets.US_ASCII),
                List.of(MainModeExchangeTest.AES_SHA_G2), true, List.of(child1()));
    }

    static ChildConfig child1() {
        return QuickModeExchangeTest.child(QuickModeExchangeTest.LAN1, QuickModeExchangeTest.LAN2, 0);
    }

    private static IkeV1Daemon[] peers(VirtualScheduler clock, InMemoryNetwork net, long seed) {
        PeerConfig p2 = new PeerConfig(MainModeExchangeTest.R2, MainModeExchangeTest.R1, "k".getBytes(StandardCharsets.US_ASCII),
                List.of(MainModeExchangeTest.AES_SHA_G2), true,
                List.of(QuickModeExchangeTest.child(QuickModeExchangeTest.LAN2, QuickModeExchangeTest.LAN1, 0)));
        IkeV1Daemon a = new IkeV1Daemon(clock, RandomSource.seeded(seed), net, new RecordingInstaller(), JdkCbcCipher.provider(),
                ep -> Optional.of(peer1()), Ikev1Listener.NONE, RetransmitPolicy.DEFAULT);
        IkeV1Daemon b = new IkeV1Daemon(clock, RandomSource.seeded(seed + 1), net, new RecordingInstaller(),
                JdkCbcCipher.provider(), ep -> Optional.of(p2), Ikev1Listener.NONE, RetransmitPolicy.DEFAULT);
        net.attach(MainModeExchangeTest.R1, a);
        net.attach(MainModeExchangeTest.R2, b);
        return new IkeV1Daemon[] {a, b};
    }

    private static byte[] mutate(byte[] seed, SplittableRandom rnd) {
        byte[] m = seed.clone();
        switch (rnd.nextInt(5)) {
            case 0 -> m[rnd.nextInt(m.length)] ^= (byte) (1 << rnd.nextInt(8));
            case 1 -> m = java.util.Arrays.copyOf(m, rnd.nextInt(m.length + 1));
            case 2 -> { // keep the header (cookies hit live SAs), randomise the body
                for (int i = 28; i < m.length; i++) if (rnd.nextInt(8) == 0) m[i] = (byte) rnd.nextInt(256);
            }
            case 3 -> { // a random 16-bit field
                int pos = rnd.nextInt(m.length - 1);
                m[pos] = (byte) rnd.nextInt(256);
                m[pos + 1] = (byte) rnd.nextInt(256);
            }
            default -> { } // replay unchanged
        }
        return m;
    }
}
