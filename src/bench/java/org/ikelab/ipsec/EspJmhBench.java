package org.ikelab.ipsec;

import java.util.concurrent.TimeUnit;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: one ESP round trip (protect on A, verify+decrypt on B, in place, tunnel mode) per
 * operation. Throughput in Gbit/s = ops/s x size x 8 / 1e9; run with {@code -prof gc} for
 * bytes allocated per operation:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.openjdk.jmh.Main EspJmhBench -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class EspJmhBench {
    @Param({"AES_GCM_16_128", "AES_CBC_128"})
    public String suite;

    @Param({"64", "1400"})
    public int size;

    private IpsecDataPlane a;
    private IpsecDataPlane b;
    private IpsecSa tx;
    private final PacketBuffer p = new PacketBuffer();
    private final InboundResult result = new InboundResult();
    private byte[] buf;

    @Setup
    public void setup() {
        EncryptionAlgorithm e = EncryptionAlgorithm.valueOf(suite);
        IntegrityAlgorithm i = e.combinedMode() ? IntegrityAlgorithm.NONE : IntegrityAlgorithm.HMAC_SHA1_96;
        VirtualScheduler clock = new VirtualScheduler();
        RandomSource r = RandomSource.seeded(1);
        a = new IpsecDataPlane(clock, RandomSource.seeded(2), null);
        b = new IpsecDataPlane(clock, RandomSource.seeded(3), null);
        byte[] ek = r.bytes(e.keyMaterialBytes());
        byte[] ik = r.bytes(i.keyBytes());
        int local = Ipv4.parse("10.0.0.1");
        int peer = Ipv4.parse("10.0.0.2");
        SaConfig.Builder out = SaConfig.esp(0x1001, Direction.OUTBOUND, local, peer).encryption(e, ek).esn(true);
        SaConfig.Builder in = SaConfig.esp(0x1001, Direction.INBOUND, peer, local).encryption(e, ek).esn(true).replayWindow(1024);
        if (i != IntegrityAlgorithm.NONE) {
            out.integrity(i, ik);
            in.integrity(i, ik);
        }
        tx = a.install(out.build());
        b.install(in.build());
        buf = new byte[128 + size + 128];
        Ipv4.write(buf, 128, 0, size, 1, 0, 64, Ipv4.PROTO_UDP, Ipv4.parse("192.168.1.1"), Ipv4.parse("192.168.2.1"));
    }

    @Benchmark
    public Verdict roundTrip() {
        p.set(buf, 128, size);
        a.outbound(tx, p);
        return b.inbound(p, result);
    }
}
