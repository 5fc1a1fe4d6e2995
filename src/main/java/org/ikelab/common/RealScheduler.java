package org.ikelab.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Scheduler} on real time over any single-threaded {@link ScheduledExecutorService}
 * (a netty {@code EventLoop} is one), so the router code is the same in tests and in labs.
 */
public final class RealScheduler implements Scheduler {
    private final ScheduledExecutorService executor;

    public RealScheduler(ScheduledExecutorService singleThreadExecutor) {
        this.executor = singleThreadExecutor;
    }

    /** A scheduler with its own daemon thread, named {@code name}. */
    public static RealScheduler newThread(String name) {
        return new RealScheduler(Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }));
    }

    public ScheduledExecutorService executor() {
        return executor;
    }

    @Override
    public Clock clock() {
        return Clock.SYSTEM;
    }

    @Override
    public void execute(Runnable task) {
        executor.execute(task);
    }

    @Override
    public Cancellable schedule(long delayNanos, Runnable task) {
        ScheduledFuture<?> f = executor.schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
    }
}
