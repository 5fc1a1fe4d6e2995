package org.ikelab.common;

import java.time.Duration;
import java.util.PriorityQueue;

/**
 * Virtual time (ARCHITECTURE decision 2): a single-threaded discrete-event scheduler whose clock
 * only moves when the owner advances it. Tasks due at the same instant run in the order they
 * were scheduled, so a run is reproducible byte for byte. Several routers may share one
 * instance: a whole topology then runs deterministically on one thread.
 *
 * <p>Not thread-safe by design: only the thread that drives it may call it.
 */
public final class VirtualScheduler implements Scheduler, Clock {
    /** Arbitrary but fixed wall-clock origin (2026-01-01T00:00:00Z) so log stamps are reproducible. */
    public static final long DEFAULT_EPOCH_MILLIS = 1_767_225_600_000L;

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private final long epochMillis;
    private long now;
    private long sequence;

    public VirtualScheduler() {
        this(DEFAULT_EPOCH_MILLIS);
    }

    public VirtualScheduler(long epochMillis) {
        this.epochMillis = epochMillis;
    }

    @Override public Clock clock() { return this; }
    @Override public long nanoTime() { return now; }
    @Override public long wallMillis() { return epochMillis + now / 1_000_000L; }

    @Override
    public void execute(Runnable task) {
        schedule(0, task);
    }

    @Override
    public Cancellable schedule(long delayNanos, Runnable task) {
        Entry e = new Entry(now + Math.max(0, delayNanos), sequence++, task);
        queue.add(e);
        return () -> e.cancelled = true;
    }

    /** Number of tasks waiting (cancelled ones included until their time comes). */
    public int pending() {
        return queue.size();
    }

    /** Time of the next live task, or -1 when none is queued. */
    public long nextDueNanos() {
        dropCancelledHead();
        Entry head = queue.peek();
        return head == null ? -1 : head.due;
    }

    /** Runs every task due up to {@code now + delta}, then sets the clock to that instant. */
    public void advance(Duration delta) {
        advanceTo(now + delta.toNanos());
    }

    /** Runs every task due up to {@code target}, moving the clock to each task's time as it runs. */
    public void advanceTo(long targetNanos) {
        while (true) {
            dropCancelledHead();
            Entry head = queue.peek();
            if (head == null || head.due > targetNanos) break;
            queue.poll();
            now = Math.max(now, head.due);
            head.task.run();
        }
        now = Math.max(now, targetNanos);
    }

    /** Runs tasks that are due now (without moving the clock). */
    public void runDue() {
        advanceTo(now);
    }

    /**
     * Runs tasks in time order until the queue is empty or {@code maxTasks} have run (a bound,
     * so a periodic timer cannot make this loop forever). Returns the number of tasks run.
     */
    public int runUntilIdle(int maxTasks) {
        int ran = 0;
        while (ran < maxTasks) {
            dropCancelledHead();
            Entry head = queue.poll();
            if (head == null) break;
            now = Math.max(now, head.due);
            head.task.run();
            ran++;
        }
        return ran;
    }

    private void dropCancelledHead() {
        while (!queue.isEmpty() && queue.peek().cancelled) queue.poll();
    }

    private static final class Entry implements Comparable<Entry> {
        final long due;
        final long seq;
        final Runnable task;
        boolean cancelled;

        Entry(long due, long seq, Runnable task) {
            this.due = due;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public int compareTo(Entry o) {
            int c = Long.compare(due, o.due);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
