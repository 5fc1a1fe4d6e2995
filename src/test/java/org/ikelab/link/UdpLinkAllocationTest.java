package org.ikelab.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.ResourceLeakDetector;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.ikelab.router.L2Handler;
import org.ikelab.router.PacketWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The receiving end of a UDP link makes no garbage per datagram once warm (ARCHITECTURE decision
 * 3, as {@code ForwardingAllocationTest} holds the router to it): the bytes the receiving loop's
 * thread allocates are counted over 20,000 datagrams on 127.0.0.1, each read the way a router
 * reads a frame (through its {@link PacketWindow}) and released. A count, not a timing. The leak
 * detector is off meanwhile, as its access records are garbage by design.
 *
 * <p>"Warm" means compiled, and the buffer pools filled: the count is taken over successive
 * slices of 20,000 until one is under the bound, for at most 20 slices, so a one-off (a pool
 * growing, a recompilation) does not fail the test while a path that makes an object per
 * datagram (16 bytes or more each time, 24 for netty's DatagramPacket, about 180 for its recvmmsg
 * slices) never passes.
 */
@Timeout(120)
class UdpLinkAllocationTest {
    /** Bytes per datagram allowed for the event loop's bookkeeping; one object per datagram is 16 or more. */
    static final double TOLERANCE = 8;
    static final int WARM_UP = 40_000;
    static final int MEASURED = 20_000;
    static final int MAX_SLICES = 20;
    static final int BURST = 32;
    /** Datagrams in flight at most: far below what the 4 MB receive buffer holds, so none is dropped for room. */
    static final int WINDOW = 512;

    /** Reads each frame as a router would (its EtherType, through the reused window) and releases it. */
    static final class Reader implements L2Handler {
        final AtomicLong frames = new AtomicLong();
        long etherTypes;
        long count;

        @Override
        public void frameReceived(ByteBuf frame) {
            ByteBuffer w = PacketWindow.of(frame);
            etherTypes += w.getShort(w.position() + 12);
            frame.release();
            frames.lazySet(++count);
        }

        @Override
        public void carrierChanged(boolean up) {
        }
    }

    @Test
    void aWarmReceivingLoopAllocatesNothingPerDatagram() throws Exception {
        ResourceLeakDetector.Level level = ResourceLeakDetector.getLevel();
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        EventLoopGroup group = NettyTransport.newGroup(2);
        try {
            EventLoop sending = group.next();
            EventLoop receiving = group.next();
            UdpLink a = UdpLink.bind(sending, new InetSocketAddress("127.0.0.1", 0));
            UdpLink b = UdpLink.bind(receiving, new InetSocketAddress("127.0.0.1", 0));
            try {
                a.connectTo(b.localAddress());
                b.connectTo(a.localAddress());
                Reader reader = new Reader();
                b.attach(reader);
                long tid = CompletableFuture.supplyAsync(() -> Thread.currentThread().threadId(), receiving).get(10, TimeUnit.SECONDS);
                com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
                long[] sent = {0};
                send(a, sending, reader, sent, WARM_UP);
                StringBuilder slices = new StringBuilder();
                double perDatagram = Double.NaN;
                for (int k = 0; k < MAX_SLICES && !(perDatagram < TOLERANCE); k++) {
                    long got0 = reader.frames.get();
                    long a0 = mx.getThreadAllocatedBytes(tid);
                    send(a, sending, reader, sent, MEASURED);
                    long got = reader.frames.get() - got0;
                    long bytes = mx.getThreadAllocatedBytes(tid) - a0;
                    assertTrue(got >= MEASURED * 9L / 10, "only " + got + " of " + MEASURED + " datagrams arrived");
                    perDatagram = bytes / (double) got;
                    slices.append(String.format(Locale.ROOT, " %.2f", perDatagram));
                }
                System.out.printf(Locale.ROOT, "udp link receive: B allocated per datagram, slices of %d:%s%n", MEASURED, slices);
                assertTrue(perDatagram < TOLERANCE, "bytes allocated per received datagram, slices of " + MEASURED + ":" + slices);
            } finally {
                a.close();
                b.close();
            }
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            ResourceLeakDetector.setLevel(level);
        }
    }

    /**
     * Sends {@code n} frames from the sending loop in bursts, keeping at most {@link #WINDOW} in
     * flight, and waits (bounded) until the last of them has arrived.
     */
    private static void send(UdpLink a, EventLoop sending, Reader reader, long[] sent, int n) {
        long target = sent[0] + n;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (sent[0] < target && System.nanoTime() < deadline) {
            if (sent[0] - reader.frames.get() > WINDOW) {
                LockSupport.parkNanos(20_000);
                continue;
            }
            long base = sent[0];
            sending.execute(() -> {
                for (int i = 0; i < BURST; i++) {
                    int size = (base + i) % 8 == 0 ? 1400 : 100;
                    ByteBuf f = PooledByteBufAllocator.DEFAULT.directBuffer(size);
                    f.writerIndex(size);
                    f.setShort(12, 0x0800);
                    a.transmit(f);
                }
            });
            sent[0] += BURST;
        }
        // Datagrams lost on the way (none expected on the loopback) would keep this from reaching target.
        while (reader.frames.get() < sent[0] && System.nanoTime() < deadline) LockSupport.parkNanos(100_000);
    }
}
