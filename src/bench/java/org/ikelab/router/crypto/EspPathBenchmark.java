package org.ikelab.router.crypto;

/**
 * Only the ESP part of {@link CryptoBenchmark} (no IKE setups):
 * {@code java -cp target/classes:target/test-classes:$(cat target/bench-classpath.txt) org.ikelab.router.crypto.EspPathBenchmark [seconds]}.
 */
public final class EspPathBenchmark {
    private EspPathBenchmark() {
    }

    public static void main(String[] args) {
        CryptoBenchmark.esp(args.length > 0 ? Double.parseDouble(args[0]) : 2);
    }
}
