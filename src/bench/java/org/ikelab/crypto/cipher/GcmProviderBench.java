package org.ikelab.crypto.cipher;

import java.util.Arrays;
import java.util.Locale;

/**
 * AES-128-GCM seal and open of one ESP packet through {@link JceGcm}, with the JDK's SunJCE
 * beside the provider {@link GcmProvider} chose, in one run: nanoseconds and bytes of garbage
 * per packet (the reason for the choice). Checks first that both give the same bytes.
 * <pre>./ikelab bench gcm [seconds]</pre>
 */
public final class GcmProviderBench {
    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    private GcmProviderBench() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        byte[] keyMaterial = new byte[20];
        for (int i = 0; i < keyMaterial.length; i++) keyMaterial[i] = (byte) (i * 7 + 1);
        EncryptionAlgorithm alg = EncryptionAlgorithm.AES_GCM_16_128;
        Aead jdk = new JceGcm(alg, keyMaterial, true);
        Aead chosen = new JceGcm(alg, keyMaterial, false);
        byte[] aad = {1, 2, 3, 4, 0, 0, 0, 9};
        System.out.printf(Locale.ROOT, "cores: %d; GCM provider chosen: %s%n", Runtime.getRuntime().availableProcessors(), GcmProvider.name());
        for (int size : new int[] {128, 512, 1424}) {
            // The ESP layout: 8-byte explicit IV, the payload, the ICV.
            byte[] a = packet(size);
            byte[] b = packet(size);
            jdk.seal(aad, 0, 8, a, 0, 8, size);
            chosen.seal(aad, 0, 8, b, 0, 8, size);
            if (!Arrays.equals(a, b)) throw new AssertionError("the providers disagree at " + size + " B");
            double[][] seal = new double[2][];
            double[][] open = new double[2][];
            Aead[] both = {jdk, chosen};
            for (int p = 0; p < 2; p++) {
                Aead x = both[p];
                byte[] buf = packet(size);
                long[] iv = {1L << 40};
                // A new explicit IV per packet, as ESP's sequence number gives (the JCE refuses a repeat).
                seal[p] = measure(() -> {
                    long v = ++iv[0];
                    for (int i = 0; i < 8; i++) buf[7 - i] = (byte) (v >>> (8 * i));
                    x.seal(aad, 0, 8, buf, 0, 8, size);
                }, seconds);
                byte[] copy = new byte[a.length];
                open[p] = measure(() -> {
                    System.arraycopy(a, 0, copy, 0, a.length);
                    if (!x.open(aad, 0, 8, copy, 0, 8, size)) throw new AssertionError("open failed");
                }, seconds);
            }
            System.out.printf(Locale.ROOT, "GCM %4d B  seal: SunJCE %4.0f ns %5.0f B garbage | %s %4.0f ns %5.0f B garbage (time ratio %.2f)%n",
                    size, seal[0][0], seal[0][1], GcmProvider.name(), seal[1][0], seal[1][1], seal[1][0] / seal[0][0]);
            System.out.printf(Locale.ROOT, "GCM %4d B  open: SunJCE %4.0f ns %5.0f B garbage | %s %4.0f ns %5.0f B garbage (time ratio %.2f)%n",
                    size, open[0][0], open[0][1], GcmProvider.name(), open[1][0], open[1][1], open[1][0] / open[0][0]);
        }
    }

    private static byte[] packet(int size) {
        byte[] b = new byte[8 + size + 16];
        for (int i = 0; i < b.length - 16; i++) b[i] = (byte) (i * 31);
        return b;
    }

    /** Nanoseconds and bytes allocated per operation, measured after a warm-up of the same length. */
    private static double[] measure(Runnable op, double seconds) {
        long tid = Thread.currentThread().threadId();
        double[] out = new double[2];
        for (int round = 0; round < 2; round++) {
            long n = 0;
            long a0 = MX.getThreadAllocatedBytes(tid);
            long t0 = System.nanoTime();
            long end = t0 + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                for (int i = 0; i < 1000; i++) op.run();
                n += 1000;
            }
            out[0] = (System.nanoTime() - t0) / (double) n;
            out[1] = (MX.getThreadAllocatedBytes(tid) - a0) / (double) n;
        }
        return out;
    }
}
