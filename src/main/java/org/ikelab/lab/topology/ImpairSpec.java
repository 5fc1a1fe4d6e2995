package org.ikelab.lab.topology;

import java.time.Duration;

/**
 * Link impairments from a topology file ({@code impair: {loss: 1%, delay: 2ms}}). Probabilities
 * are fractions in [0, 1]; {@code seed} makes the impairment replay exactly (default: the link's
 * position in the file).
 */
public record ImpairSpec(double loss, Duration delay, Duration jitter, double duplicate, double reorder, long seed) {
    public static final ImpairSpec NONE = new ImpairSpec(0, Duration.ZERO, Duration.ZERO, 0, 0, 0);

    public boolean isNone() {
        return loss == 0 && delay.isZero() && jitter.isZero() && duplicate == 0 && reorder == 0;
    }
}
