package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Bounded multi-producer single-consumer ring for frames crossing onto a router's thread:
 * producers claim a slot with one CAS and publish with a lazy store; the router's thread is the
 * only consumer. No allocation per frame (unlike a linked queue).
 */
final class FrameQueue {
    /** A producer gives up (and the frame is dropped, counted) after this many lost CAS races. */
    private static final int MAX_RETRIES = 1024;

    private final AtomicReferenceArray<ByteBuf> ring;
    private final int mask;
    private final AtomicLong producerIndex = new AtomicLong();
    private final AtomicLong consumerIndex = new AtomicLong();

    FrameQueue(int capacityPowerOfTwo) {
        if (Integer.bitCount(capacityPowerOfTwo) != 1) throw new IllegalArgumentException("capacity must be a power of two");
        ring = new AtomicReferenceArray<>(capacityPowerOfTwo);
        mask = capacityPowerOfTwo - 1;
    }

    /** False when full (or hopelessly contended); the caller keeps ownership of {@code f} then. */
    boolean offer(ByteBuf f) {
        for (int i = 0; i < MAX_RETRIES; i++) {
            long p = producerIndex.get();
            if (p - consumerIndex.get() > mask) return false;
            if (producerIndex.compareAndSet(p, p + 1)) {
                ring.lazySet((int) p & mask, f);
                return true;
            }
        }
        return false;
    }

    /** Next frame, or null when empty or when the next producer has claimed but not yet published its slot. Consumer only. */
    ByteBuf poll() {
        long c = consumerIndex.get();
        int slot = (int) c & mask;
        ByteBuf f = ring.get(slot);
        if (f == null) return null;
        ring.lazySet(slot, null);
        consumerIndex.lazySet(c + 1);
        return f;
    }

    boolean isEmpty() {
        return producerIndex.get() == consumerIndex.get();
    }
}
