package org.ikelab.ike;

import java.time.Duration;

/**
 * When an unanswered request is sent again: after {@code timeout}, then each wait
 * {@code base} times longer, giving up after {@code tries} retransmissions. {@link #DEFAULT}
 * is strongSwan's (RETRANSMIT_TIMEOUT 4 s, BASE 1.8, TRIES 5), {@link #IOS} what a router uses.
 */
public record RetransmitPolicy(Duration timeout, double base, int tries) {
    public static final RetransmitPolicy DEFAULT = new RetransmitPolicy(Duration.ofSeconds(4), 1.8, 5);
    /**
     * An IOS router's: every 10 s, no back-off, 5 attempts ({@code attempt 1 of 5}); a captured
     * IOS debug shows a responder seeing the initiator's duplicate 10 s after its reply, and the
     * SA dies ("Death by retransmission P1") about a minute after the first send.
     */
    public static final RetransmitPolicy IOS = new RetransmitPolicy(Duration.ofSeconds(10), 1.0, 5);

    /** Delay before retransmission number {@code attempt} (0 = the first send's timeout). */
    public long delayNanos(int attempt) {
        return (long) (timeout.toNanos() * Math.pow(base, attempt));
    }
}
