package org.ikelab.router.crypto;

import java.util.Locale;

/**
 * Only the ESP part of {@link CryptoBenchmark} (no IKE setups):
 * {@code java -cp target/classes:target/test-classes:$(cat target/bench-classpath.txt) org.ikelab.router.crypto.EspPathBenchmark [seconds]},
 * or one UDP-link case with {@code [seconds] udp "esp-aes esp-sha-hmac" 1400}.
 */
public final class EspPathBenchmark {
    private EspPathBenchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        if (args.length == 4 && args[1].equals("udp")) {
            int size = Integer.parseInt(args[3]);
            CryptoBenchmark.Path[] p = CryptoBenchmark.udpLinkPaths(args[2], size, seconds);
            String[] names = {"clear", args[2] + " (inline)", args[2] + " (helper)"};
            for (int i = 0; i < 3; i++) {
                System.out.printf(Locale.ROOT, "udp link  %-30s %4d B: %8.0f pps  R1 cpu %5.0f ns/pkt | R2 cpu %5.0f ns/pkt  (%5.1f %% of clear)%n",
                        names[i], size, p[i].pps(), p[i].cpuNanos()[0], p[i].cpuNanos()[1], 100 * p[i].pps() / p[0].pps());
            }
            return;
        }
        CryptoBenchmark.esp(seconds);
    }
}
