package org.ikelab.crypto.dh;

import java.util.concurrent.TimeUnit;
import org.ikelab.common.RandomSource;
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

/** One side of an IKE DH exchange: generate a key pair and agree with the peer's value. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class DhBench {
    @Param({"2", "14", "19", "24"})
    int group;

    DhGroup g;
    byte[] peer;
    RandomSource rnd;

    @Setup
    public void setup() {
        g = DhGroups.byId(group).orElseThrow();
        rnd = RandomSource.seeded(1);
        peer = g.generate(rnd).publicValue();
    }

    @Benchmark
    public byte[] generateAndAgree() {
        return g.generate(rnd).agree(peer).value();
    }
}
