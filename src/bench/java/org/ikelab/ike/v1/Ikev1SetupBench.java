package org.ikelab.ike.v1;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.ikev1.JdkCbcCipher;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.PeerConfig;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.ike.RetransmitPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One complete IKEv1 negotiation (main mode + quick mode, both peers, in memory): the CPU cost
 * of bringing a tunnel up. strongSwan-interop.md measured 5-9 ms for charon with modp1024.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class Ikev1SetupBench {
    @Param({"2", "14"})
    int group;

    long seed;

    @Benchmark
    public int mainAndQuickMode() {
        VirtualScheduler clock = new VirtualScheduler();
        InMemoryNetwork net = new InMemoryNetwork();
        byte[] psk = "cisco123".getBytes(StandardCharsets.US_ASCII);
        Phase1Proposal policy = new Phase1Proposal(10, 7, 128, 2, 1, group, 86400);
        ChildConfig c1 = QuickModeExchangeTest.child(QuickModeExchangeTest.LAN1, QuickModeExchangeTest.LAN2, 0);
        ChildConfig c2 = QuickModeExchangeTest.child(QuickModeExchangeTest.LAN2, QuickModeExchangeTest.LAN1, 0);
        PeerConfig p1 = new PeerConfig(MainModeExchangeTest.R1, MainModeExchangeTest.R2, psk, List.of(policy), true, List.of(c1));
        PeerConfig p2 = new PeerConfig(MainModeExchangeTest.R2, MainModeExchangeTest.R1, psk, List.of(policy), true, List.of(c2));
        RecordingInstaller d1 = new RecordingInstaller();
        IkeV1Daemon r1 = new IkeV1Daemon(clock, RandomSource.seeded(seed++), net, d1, JdkCbcCipher.provider(),
                ep -> Optional.empty(), Ikev1Listener.NONE, RetransmitPolicy.DEFAULT);
        IkeV1Daemon r2 = new IkeV1Daemon(clock, RandomSource.seeded(seed++), net, new RecordingInstaller(),
                JdkCbcCipher.provider(), ep -> Optional.of(p2), Ikev1Listener.NONE, RetransmitPolicy.DEFAULT);
        net.attach(MainModeExchangeTest.R1, r1);
        net.attach(MainModeExchangeTest.R2, r2);
        r1.initiate(p1, c1);
        for (int k = 0; k < 20 && net.pending() > 0; k++) net.deliver();
        return d1.installed.size();
    }
}
