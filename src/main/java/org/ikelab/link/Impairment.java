package org.ikelab.link;

import java.time.Duration;

/**
 * What an {@link ImpairedPort} does to frames it sends: probabilities in [0, 1], a fixed delay
 * plus uniform jitter in [0, jitter), duplication, and reordering (a held frame goes out after
 * the next one).
 */
public record Impairment(double loss, Duration delay, Duration jitter, double duplicate, double reorder) {
    public static final Impairment NONE = new Impairment(0, Duration.ZERO, Duration.ZERO, 0, 0);

    public Impairment {
        check(loss);
        check(duplicate);
        check(reorder);
        if (delay.isNegative() || jitter.isNegative()) throw new IllegalArgumentException("negative delay");
    }

    private static void check(double p) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("probability " + p);
    }

    public Impairment withLoss(double p) { return new Impairment(p, delay, jitter, duplicate, reorder); }
    public Impairment withDelay(Duration d, Duration j) { return new Impairment(loss, d, j, duplicate, reorder); }
    public Impairment withDuplicate(double p) { return new Impairment(loss, delay, jitter, p, reorder); }
    public Impairment withReorder(double p) { return new Impairment(loss, delay, jitter, duplicate, p); }
}
