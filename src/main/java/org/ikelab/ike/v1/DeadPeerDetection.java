package org.ikelab.ike.v1;

import org.ikelab.common.Cancellable;

/**
 * Periodic DPD (RFC 3706, IOS {@code crypto isakmp keepalive <seconds> <retry> periodic}):
 * every interval an R-U-THERE goes out; if no R-U-THERE-ACK with its sequence number arrives,
 * it is repeated every retry interval, and after five unanswered retries the peer is declared
 * dead and the SA and its IPsec SAs are removed.
 */
final class DeadPeerDetection {
    static final int MAX_RETRIES = 5;

    private final IkeSa sa;
    private final IkeV1Daemon daemon;
    private final long intervalNanos;
    private final long retryNanos;
    private int sequence;
    private int outstanding = -1;
    private int retries;
    private Cancellable timer = Cancellable.NONE;

    DeadPeerDetection(IkeSa sa, IkeV1Daemon daemon, long intervalNanos, long retryNanos, int firstSequence) {
        this.sa = sa;
        this.daemon = daemon;
        this.intervalNanos = intervalNanos;
        this.retryNanos = retryNanos;
        this.sequence = firstSequence & 0x7fffffff;
    }

    void start() {
        timer = daemon.scheduler().schedule(intervalNanos, this::probe);
    }

    void stop() {
        timer.cancel();
    }

    private void probe() {
        if (sa.state() != Ikev1State.QM_IDLE) return;
        if (outstanding >= 0) {
            if (retries >= MAX_RETRIES) {
                sa.peerDead();
                return;
            }
            retries++;
        } else {
            outstanding = ++sequence;
            retries = 0;
        }
        sa.sendDpd(outstanding);
        timer = daemon.scheduler().schedule(retryNanos, this::probe);
    }

    /** An R-U-THERE-ACK arrived with {@code seq}. */
    void acknowledged(int seq) {
        if (seq != outstanding) return;
        outstanding = -1;
        timer.cancel();
        timer = daemon.scheduler().schedule(intervalNanos, this::probe);
    }
}
