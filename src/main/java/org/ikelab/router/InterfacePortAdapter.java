package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ikelab.common.Scheduler;

/**
 * Moves frames from a link's thread onto the router's (decision 1): a bounded input queue like
 * IOS's (75 by default there; larger here because links deliver in bursts) drained in batches
 * by one task, so a burst costs one scheduler event rather than one per frame.
 */
final class InterfacePortAdapter implements L2Handler {
    /** A power of two (the ring's size). */
    static final int QUEUE_LIMIT = 4096;
    static final int BATCH = 256;

    private final Router router;
    private final RouterInterface iface;
    private final Scheduler scheduler;
    private final FrameQueue queue = new FrameQueue(QUEUE_LIMIT);
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final AtomicInteger overflow = new AtomicInteger();
    private final Runnable drain = this::drain;
    volatile boolean detached;

    InterfacePortAdapter(Router router, RouterInterface iface) {
        this.router = router;
        this.iface = iface;
        this.scheduler = router.scheduler();
    }

    @Override
    public void frameReceived(ByteBuf frame) {
        if (detached || !queue.offer(frame)) {
            frame.release();
            overflow.incrementAndGet();
            return;
        }
        // Read before the CAS: while a drain is pending (nearly every frame of a burst) this costs a
        // plain load instead of a locked instruction. The drain's reset-then-recheck keeps it safe.
        if (!drainScheduled.get() && drainScheduled.compareAndSet(false, true)) scheduler.execute(drain);
    }

    @Override
    public void carrierChanged(boolean up) {
        scheduler.execute(() -> {
            if (!detached) router.carrierChanged(iface);
        });
    }

    private void drain() {
        int lost = overflow.getAndSet(0);
        if (lost > 0) router.countInputQueueDrops(iface, lost);
        long now = scheduler.nanoTime();
        for (int i = 0; i < BATCH; i++) {
            ByteBuf f = queue.poll();
            if (f == null) break;
            if (detached) {
                f.release();
                continue;
            }
            router.forwarder().frameIn(iface, f, now);
        }
        drainScheduled.set(false);
        // A frame may have arrived between the last poll and the flag reset; reschedule so it is not stranded.
        if (!queue.isEmpty() && drainScheduled.compareAndSet(false, true)) scheduler.execute(drain);
    }

    /** Releases queued frames (interface disconnected). */
    void close() {
        detached = true;
        for (int i = 0; i < QUEUE_LIMIT * 2; i++) {
            ByteBuf f = queue.poll();
            if (f == null) break;
            f.release();
        }
    }
}
