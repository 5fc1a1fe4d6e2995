package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.concurrent.FastThreadLocalThread;
import java.nio.ByteBuffer;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.ikelab.wire.arp.ArpPacket;
import org.ikelab.wire.ethernet.EthernetFrame;

/**
 * For tests that count the bytes a router's thread allocates per packet (ARCHITECTURE decision
 * 3: a warm forwarding path makes no garbage). Counts, never timings. The measurement runs on a
 * netty {@code FastThreadLocalThread}, the kind routers live on, since netty recycles its buffer
 * objects only there, and with the leak detector off, as its access records are garbage by design
 * (tests run one at a time, so the level is restored before anything else runs).
 */
public final class AllocationMeter {
    private AllocationMeter() {
    }

    /** Runs {@code task} on a fresh netty thread with the leak detector off and returns its figure. */
    public static double onRouterThread(DoubleSupplier task) {
        ResourceLeakDetector.Level level = ResourceLeakDetector.getLevel();
        double[] out = {Double.NaN};
        Throwable[] failure = new Throwable[1];
        Thread t = new FastThreadLocalThread(() -> {
            try {
                out[0] = task.getAsDouble();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "allocation-test-router");
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        try {
            t.start();
            t.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ResourceLeakDetector.setLevel(level);
        }
        if (t.isAlive()) throw new AssertionError("measurement did not finish in 60 s");
        if (failure[0] instanceof Error e) throw e;
        if (failure[0] != null) throw new AssertionError(failure[0]);
        return out[0];
    }

    /** Bytes allocated so far by the calling thread. */
    public static LongSupplier threadAllocatedBytes() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        return () -> mx.getThreadAllocatedBytes(id);
    }

    /** Two ports joined back to back, handing each frame over as it is (no copy, no record). */
    public static final class Wire {
        public final End a = new End();
        public final End b = new End();

        public Wire() {
            a.peer = b;
            b.peer = a;
        }

        public static final class End implements L2Port {
            L2Handler handler;
            End peer;

            @Override
            public void transmit(ByteBuf frame) {
                if (peer.handler == null) frame.release();
                else peer.handler.frameReceived(frame);
            }

            @Override public void attach(L2Handler h) { handler = h; }
            @Override public void detach() { handler = null; }
            @Override public boolean carrier() { return true; }
        }
    }

    /** A host that answers ARP for any address and counts (and releases) every other frame. */
    public static final class Host implements L2Port {
        static final long MAC = 0x0200_0000_0077L;
        private final ByteBufAllocator alloc;
        private L2Handler handler;
        private long frames;
        private java.util.function.Consumer<ByteBuf> watcher = f -> { };

        public Host(ByteBufAllocator alloc) {
            this.alloc = alloc;
        }

        /** Shows every non-ARP frame to {@code w} before it is released (tests that look inside). */
        public Host watch(java.util.function.Consumer<ByteBuf> w) {
            this.watcher = w;
            return this;
        }

        /** Frames other than ARP received so far. */
        public long frames() {
            return frames;
        }

        @Override
        public void transmit(ByteBuf f) {
            if (f.getShort(f.readerIndex() + EthernetFrame.ETHERTYPE) == EthernetFrame.TYPE_ARP) {
                ByteBuffer in = f.nioBuffer(f.readerIndex(), f.readableBytes());
                ArpPacket a = ArpPacket.parse(in, EthernetFrame.HEADER_LEN, in.remaining() - EthernetFrame.HEADER_LEN).value();
                if (a.operation() == ArpPacket.REQUEST) {
                    int len = EthernetFrame.HEADER_LEN + ArpPacket.LENGTH;
                    ByteBuf r = alloc.buffer(len);
                    r.writerIndex(len);
                    ByteBuffer o = r.nioBuffer(0, len);
                    EthernetFrame.emit(o, 0, a.senderMac(), MAC, EthernetFrame.TYPE_ARP);
                    new ArpPacket(ArpPacket.REPLY, MAC, a.targetIp(), a.senderMac(), a.senderIp()).emit(o, EthernetFrame.HEADER_LEN);
                    handler.frameReceived(r);
                }
            } else {
                frames++;
                watcher.accept(f);
            }
            f.release();
        }

        @Override public void attach(L2Handler h) { handler = h; }
        @Override public void detach() { handler = null; }
        @Override public boolean carrier() { return true; }
    }
}
