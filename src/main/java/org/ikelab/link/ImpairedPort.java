package org.ikelab.link;

import io.netty.buffer.ByteBuf;
import org.ikelab.common.Cancellable;
import org.ikelab.common.RandomSource;
import org.ikelab.common.Scheduler;
import org.ikelab.router.L2Handler;
import org.ikelab.router.L2Port;

/**
 * Impairment decorator (decision 7): frames this end transmits are lost, delayed, duplicated
 * or reordered as {@link Impairment} says, decided by a {@link RandomSource} so a seeded run
 * replays exactly, with delays on the sending router's {@link Scheduler}. {@link #setDown}
 * pulls the cable: nothing passes either way and this end's router sees carrier loss. To impair
 * both directions, wrap both ends. Use {@code transmit} from the scheduler's thread only.
 */
public final class ImpairedPort implements L2Port {
    /** A reordered frame waits at most this long for a successor before it is sent anyway. */
    static final long REORDER_HOLD_NANOS = 10_000_000L;

    private final L2Port inner;
    private final Scheduler scheduler;
    private final RandomSource random;
    private volatile Impairment impairment;
    private volatile boolean down;
    private volatile L2Handler handler;
    private ByteBuf held;
    private Cancellable heldTimer = Cancellable.NONE;
    private long lost;
    private long duplicated;
    private long reordered;
    private long delayed;

    public ImpairedPort(L2Port inner, Scheduler scheduler, RandomSource random, Impairment impairment) {
        this.inner = inner;
        this.scheduler = scheduler;
        this.random = random;
        this.impairment = impairment;
    }

    public void setImpairment(Impairment i) {
        impairment = i;
    }

    /** Link down (true) or up (false), as when a cable is pulled. */
    public void setDown(boolean isDown) {
        if (down == isDown) return;
        down = isDown;
        L2Handler h = handler;
        if (h != null) h.carrierChanged(carrier());
    }

    public long lost() { return lost; }
    public long duplicated() { return duplicated; }
    public long reordered() { return reordered; }
    public long delayedFrames() { return delayed; }

    @Override
    public void transmit(ByteBuf frame) {
        Impairment im = impairment;
        if (down || (im.loss() > 0 && random.nextDouble() < im.loss())) {
            lost++;
            frame.release();
            return;
        }
        if (im.duplicate() > 0 && random.nextDouble() < im.duplicate()) {
            duplicated++;
            // A deep copy: the receiver rewrites frames in place, so the two must not share bytes.
            send(frame.copy(), im);
        }
        send(frame, im);
    }

    private void send(ByteBuf frame, Impairment im) {
        if (im.reorder() > 0 && held == null && random.nextDouble() < im.reorder()) {
            reordered++;
            held = frame;
            heldTimer = scheduler.schedule(REORDER_HOLD_NANOS, this::releaseHeld);
            return;
        }
        long d = im.delay().toNanos();
        long j = im.jitter().toNanos();
        if (j > 0) d += (long) (random.nextDouble() * j);
        if (d > 0) {
            delayed++;
            scheduler.schedule(d, () -> forward(frame));
        } else {
            forward(frame);
        }
        if (held != null) {
            heldTimer.cancel();
            releaseHeld();
        }
    }

    private void releaseHeld() {
        ByteBuf h = held;
        held = null;
        if (h != null) forward(h);
    }

    private void forward(ByteBuf frame) {
        if (down) {
            lost++;
            frame.release();
            return;
        }
        inner.transmit(frame);
    }

    @Override
    public void attach(L2Handler h) {
        handler = h;
        inner.attach(new L2Handler() {
            @Override
            public void frameReceived(ByteBuf frame) {
                if (down) {
                    frame.release();
                    return;
                }
                h.frameReceived(frame);
            }

            @Override
            public void carrierChanged(boolean up) {
                h.carrierChanged(up && !down);
            }
        });
    }

    @Override
    public void detach() {
        handler = null;
        inner.detach();
    }

    @Override
    public boolean carrier() {
        return !down && inner.carrier();
    }
}
