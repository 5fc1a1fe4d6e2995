package org.ikelab.common;

import java.time.Duration;

/**
 * The event loop of one router (ARCHITECTURE decision 1): packets, timers and CLI commands are
 * all tasks run one at a time on it, so a router's state needs no locks. Implemented on real
 * time by {@link RealScheduler} and on virtual time by {@link VirtualScheduler}.
 */
public interface Scheduler {
    /** The clock this scheduler runs on. */
    Clock clock();

    /** Runs {@code task} on this loop as soon as possible, after tasks already queued. */
    void execute(Runnable task);

    /** Runs {@code task} on this loop after {@code delayNanos} (0 or less: as soon as possible). */
    Cancellable schedule(long delayNanos, Runnable task);

    default Cancellable schedule(Duration delay, Runnable task) {
        return schedule(delay.toNanos(), task);
    }

    /** Shorthand for {@code clock().nanoTime()}. */
    default long nanoTime() {
        return clock().nanoTime();
    }
}
