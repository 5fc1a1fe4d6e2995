package org.ikelab.common;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * The only source of randomness (ARCHITECTURE decision 2): SPIs, cookies, nonces, IVs, DH
 * private values and impairment decisions all come from here. {@link #secure()} is for labs;
 * {@link #seeded(long)} makes a test or a simulation replay exactly.
 */
public interface RandomSource {
    void nextBytes(byte[] out);

    default void nextBytes(byte[] out, int off, int len) {
        byte[] tmp = new byte[len];
        nextBytes(tmp);
        System.arraycopy(tmp, 0, out, off, len);
    }

    default byte[] bytes(int n) {
        byte[] b = new byte[n];
        nextBytes(b);
        return b;
    }

    int nextInt();

    /** Uniform in [0, bound). */
    int nextInt(int bound);

    /** Uniform in [0, 1). */
    double nextDouble();

    /** Cryptographically strong randomness from the platform. */
    static RandomSource secure() {
        SecureRandom sr = new SecureRandom();
        return new RandomSource() {
            @Override public void nextBytes(byte[] out) { sr.nextBytes(out); }
            @Override public int nextInt() { return sr.nextInt(); }
            @Override public int nextInt(int bound) { return sr.nextInt(bound); }
            @Override public double nextDouble() { return sr.nextDouble(); }
        };
    }

    /** Deterministic randomness: the same seed gives the same sequence (tests and simulation only). */
    static RandomSource seeded(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return new RandomSource() {
            @Override public void nextBytes(byte[] out) { r.nextBytes(out); }
            @Override public int nextInt() { return r.nextInt(); }
            @Override public int nextInt(int bound) { return r.nextInt(bound); }
            @Override public double nextDouble() { return r.nextDouble(); }
        };
    }
}
