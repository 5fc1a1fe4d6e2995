package org.ikelab.common;

/**
 * The only source of time in ikelab (ARCHITECTURE decision 2). Nothing calls
 * {@link System#nanoTime()} or {@link System#currentTimeMillis()} directly, so that
 * lifetimes, retransmits and {@code show} timers run the same on virtual time in tests.
 */
public interface Clock {
    /** Monotonic time in nanoseconds; only differences are meaningful. */
    long nanoTime();

    /** Wall-clock time in milliseconds since the epoch, for log timestamps and uptime displays. */
    long wallMillis();

    /** The machine's clocks. */
    Clock SYSTEM = new Clock() {
        @Override public long nanoTime() { return System.nanoTime(); }
        @Override public long wallMillis() { return System.currentTimeMillis(); }
    };
}
