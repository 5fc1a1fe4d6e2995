package org.ikelab.ipsec;

import java.lang.management.ManagementFactory;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;

/**
 * The CPU cost of ESP alone, per packet, on the calling thread: {@link IpsecDataPlane#outbound}
 * (protect, tunnel mode) and {@link IpsecDataPlane#inbound} (verify and decrypt) of one inner
 * IPv4 packet of {@code size} bytes, and the bytes each allocates. Used by the router benchmarks
 * to split a path's cost into "link" and "crypto". Times whole batches, so the clock costs nothing
 * per packet; the inbound figure has the copy of the pristine ESP packet (done before each
 * decryption, because decryption is in place) measured alone and subtracted. Times are the
 * thread's CPU time, not the wall clock, and the median over batches, so a busy machine that
 * takes the core or the caches away does not count.
 */
public final class EspCost {
    /** Nanoseconds and bytes allocated per packet for protect and for verify+decrypt. */
    public record Figures(double encryptNanos, double decryptNanos, double encryptAlloc, double decryptAlloc) {
    }

    private static final int BATCH = 2_000;
    private static final int BASE = 128;
    private static final int SRC = Ipv4.parse("192.168.1.1");
    private static final int DST = Ipv4.parse("192.168.2.1");

    private EspCost() {
    }

    /** {@code ts} is the IOS transform set text, e.g. {@code esp-gcm} or {@code esp-aes esp-sha-hmac}. */
    public static Figures measure(String ts, int size, double seconds) {
        EncryptionAlgorithm e = null;
        IntegrityAlgorithm i = IntegrityAlgorithm.NONE;
        for (String word : ts.split(" ")) {
            if (EncryptionAlgorithm.byIosName(word) != null) e = EncryptionAlgorithm.byIosName(word);
            if (IntegrityAlgorithm.byIosName(word) != null) i = IntegrityAlgorithm.byIosName(word);
        }
        if (e == null) throw new IllegalArgumentException("no ESP cipher in " + ts);
        return measure(e, i, size, seconds);
    }

    public static Figures measure(EncryptionAlgorithm e, IntegrityAlgorithm i, int size, double seconds) {
        VirtualScheduler clock = new VirtualScheduler();
        RandomSource r = RandomSource.seeded(1);
        IpsecDataPlane a = new IpsecDataPlane(clock, RandomSource.seeded(2), null);
        IpsecDataPlane b = new IpsecDataPlane(clock, RandomSource.seeded(3), null);
        byte[] ek = r.bytes(e.keyMaterialBytes());
        byte[] ik = r.bytes(i.keyBytes());
        int local = Ipv4.parse("10.0.0.1");
        int peer = Ipv4.parse("10.0.0.2");
        // No replay window inbound, so the same ESP packet can be opened again and again.
        SaConfig.Builder out = SaConfig.esp(0x1001, Direction.OUTBOUND, local, peer).encryption(e, ek);
        SaConfig.Builder in = SaConfig.esp(0x1001, Direction.INBOUND, peer, local).encryption(e, ek).replayWindow(0);
        if (i != IntegrityAlgorithm.NONE) {
            out.integrity(i, ik);
            in.integrity(i, ik);
        }
        IpsecSa tx = a.install(out.build());
        b.install(in.build());
        byte[] buf = new byte[BASE + size + BASE];
        PacketBuffer p = new PacketBuffer();
        InboundResult res = new InboundResult();
        // One pristine ESP packet for the inbound runs.
        inner(buf, size);
        p.set(buf, BASE, size);
        if (a.outbound(tx, p) != Verdict.PROTECTED) throw new IllegalStateException("protect failed");
        byte[] esp = java.util.Arrays.copyOfRange(buf, p.offset(), p.end());
        int espOff = p.offset();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        // Per batch: CPU ns of protect, of copy+open, of copy alone; bytes of protect, of copy+open.
        double[][] batches = new double[5][4096];
        int n = 0;
        long warmPackets = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (n < batches[0].length) {
            long t0 = mx.getCurrentThreadCpuTime();
            long m0 = mx.getCurrentThreadAllocatedBytes();
            for (int k = 0; k < BATCH; k++) {
                inner(buf, size);
                p.set(buf, BASE, size);
                if (a.outbound(tx, p) != Verdict.PROTECTED) throw new IllegalStateException("protect failed");
            }
            long t1 = mx.getCurrentThreadCpuTime();
            long m1 = mx.getCurrentThreadAllocatedBytes();
            for (int k = 0; k < BATCH; k++) {
                System.arraycopy(esp, 0, buf, espOff, esp.length);
                p.set(buf, espOff, esp.length);
                if (b.inbound(p, res) != Verdict.DELIVER) throw new IllegalStateException("unprotect failed");
            }
            long t2 = mx.getCurrentThreadCpuTime();
            long m2 = mx.getCurrentThreadAllocatedBytes();
            for (int k = 0; k < BATCH; k++) {
                System.arraycopy(esp, 0, buf, espOff, esp.length);
                p.set(buf, espOff, esp.length);
            }
            long t3 = mx.getCurrentThreadCpuTime();
            long now = System.nanoTime();
            // JIT warm-up: the first 30 % of the time and at least 100,000 packets.
            if (now - start < (long) (seconds * 0.3e9) || warmPackets < 100_000) {
                warmPackets += BATCH;
                continue;
            }
            batches[0][n] = t1 - t0;
            batches[1][n] = t2 - t1;
            batches[2][n] = t3 - t2;
            batches[3][n] = m1 - m0;
            batches[4][n] = m2 - m1;
            n++;
            if (now >= deadline) break;
        }
        // Medians of the batches: a batch that lost its caches to another process does not count.
        return new Figures(median(batches[0], n) / BATCH, (median(batches[1], n) - median(batches[2], n)) / BATCH,
                median(batches[3], n) / BATCH, median(batches[4], n) / BATCH);
    }

    private static double median(double[] v, int n) {
        double[] c = java.util.Arrays.copyOf(v, n);
        java.util.Arrays.sort(c);
        return c[n / 2];
    }

    /** The inner packet's IPv4 header at {@link #BASE} (the payload bytes do not matter). */
    private static void inner(byte[] buf, int size) {
        Ipv4.write(buf, BASE, 0, size, 1, 0, 64, Ipv4.PROTO_UDP, SRC, DST);
    }
}
