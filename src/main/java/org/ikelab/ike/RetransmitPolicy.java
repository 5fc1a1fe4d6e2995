package org.ikelab.ike;

import java.time.Duration;

/**
 * When an unanswered request is sent again: after {@code timeout}, then each wait
 * {@code base} times longer, giving up after {@code tries} retransmissions (strongSwan's
 * RETRANSMIT_TIMEOUT 4 s, BASE 1.8, TRIES 5; IOS also gives up after 5 attempts).
 */
public record RetransmitPolicy(Duration timeout, double base, int tries) {
    public static final RetransmitPolicy DEFAULT = new RetransmitPolicy(Duration.ofSeconds(4), 1.8, 5);

    /** Delay before retransmission number {@code attempt} (0 = the first send's timeout). */
    public long delayNanos(int attempt) {
        return (long) (timeout.toNanos() * Math.pow(base, attempt));
    }
}
