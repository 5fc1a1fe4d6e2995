package org.ikelab.ipsec;

import java.lang.management.ManagementFactory;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;

/**
 * ESP throughput on the in-memory path: router A protects, router B verifies and decrypts, in
 * place in one buffer (no copies, no I/O), tunnel mode. Prints plaintext Gbit/s for protect alone,
 * unprotect alone and the round trip, and the bytes allocated per packet (thread allocation
 * counter). A figure printer, not a test: it never fails on time.
 *
 * <pre>./ikelab test -q -DskipTests &amp;&amp; java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.ikelab.ipsec.EspThroughputBench [seconds]</pre>
 */
public final class EspThroughputBench {
    private EspThroughputBench() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        System.out.printf("%-28s %6s %12s %12s %12s %10s%n", "suite", "bytes", "enc Gbit/s", "dec Gbit/s", "rt Gbit/s", "alloc B/pkt");
        for (Object[] s : new Object[][] {
                {EncryptionAlgorithm.AES_GCM_16_128, IntegrityAlgorithm.NONE},
                {EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96},
                {EncryptionAlgorithm.AES_GCM_16_256, IntegrityAlgorithm.NONE},
                {EncryptionAlgorithm.AES_CBC_256, IntegrityAlgorithm.HMAC_SHA2_256_128}}) {
            for (int size : new int[] {64, 1400}) run((EncryptionAlgorithm) s[0], (IntegrityAlgorithm) s[1], size, seconds);
        }
    }

    private static void run(EncryptionAlgorithm e, IntegrityAlgorithm i, int size, double seconds) {
        VirtualScheduler clock = new VirtualScheduler();
        RandomSource r = RandomSource.seeded(1);
        IpsecDataPlane a = new IpsecDataPlane(clock, RandomSource.seeded(2), null);
        IpsecDataPlane b = new IpsecDataPlane(clock, RandomSource.seeded(3), null);
        byte[] ek = r.bytes(e.keyMaterialBytes());
        byte[] ik = r.bytes(i.keyBytes());
        int local = Ipv4.parse("10.0.0.1");
        int peer = Ipv4.parse("10.0.0.2");
        SaConfig.Builder out = SaConfig.esp(0x1001, Direction.OUTBOUND, local, peer).encryption(e, ek).replayWindow(1024);
        SaConfig.Builder in = SaConfig.esp(0x1001, Direction.INBOUND, peer, local).encryption(e, ek).replayWindow(1024);
        if (i != IntegrityAlgorithm.NONE) {
            out.integrity(i, ik);
            in.integrity(i, ik);
        }
        IpsecSa tx = a.install(out.build());
        b.install(in.build());
        byte[] inner = new byte[size];
        Ipv4.write(inner, 0, 0, size, 1, 0, 64, Ipv4.PROTO_UDP, Ipv4.parse("192.168.1.1"), Ipv4.parse("192.168.2.1"));
        byte[] buf = new byte[128 + size + 128];
        PacketBuffer p = new PacketBuffer();
        InboundResult res = new InboundResult();
        // Warm-up, then timed phases; each packet is protected then unprotected in place, which
        // leaves the inner packet ready for the next round.
        System.arraycopy(inner, 0, buf, 128, size);
        p.set(buf, 128, size);
        loop(a, b, tx, p, res, buf, size, 200_000, 0);
        long encNanos = 0;
        long decNanos = 0;
        long packets = 0;
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        long alloc0 = mx.getThreadAllocatedBytes(tid);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            long[] t = loop(a, b, tx, p, res, buf, size, 20_000, 1);
            encNanos += t[0];
            decNanos += t[1];
            packets += 20_000;
        }
        long alloc = mx.getThreadAllocatedBytes(tid) - alloc0;
        double bits = packets * (double) size * 8;
        String name = e.name() + (i == IntegrityAlgorithm.NONE ? "" : "+" + i.name().replace("HMAC_", ""));
        System.out.printf("%-28s %6d %12.2f %12.2f %12.2f %10.0f%n", name, size, bits / encNanos, bits / decNanos,
                bits / (encNanos + decNanos), alloc / (double) packets);
    }

    private static long[] loop(IpsecDataPlane a, IpsecDataPlane b, IpsecSa tx, PacketBuffer p, InboundResult res, byte[] buf, int size,
                               int n, int timed) {
        long enc = 0;
        long dec = 0;
        for (int k = 0; k < n; k++) {
            p.set(buf, 128, size);
            long t0 = System.nanoTime();
            Verdict v1 = a.outbound(tx, p);
            long t1 = System.nanoTime();
            Verdict v2 = b.inbound(p, res);
            long t2 = System.nanoTime();
            if (v1 != Verdict.PROTECTED || v2 != Verdict.DELIVER) throw new IllegalStateException(v1 + " " + v2);
            enc += t1 - t0;
            dec += t2 - t1;
            // CBC leaves the plaintext one block to the left; move it back, outside the timing.
            if (p.offset() != 128) System.arraycopy(buf, p.offset(), buf, 128, p.length());
        }
        return new long[] {enc * timed, dec * timed};
    }
}
