package org.ikelab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ikelab.router.L2Handler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One UDP link on 127.0.0.1: what one end transmits, the other receives, frame for frame. */
@Timeout(30)
class UdpLinkTest {
    final EventLoopGroup group = NettyTransport.newGroup(1);
    final List<UdpLink> links = new ArrayList<>();

    @AfterEach
    void tearDown() {
        for (UdpLink l : links) l.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Collects copies of received frames (the handler owns and releases each). */
    static final class Collector implements L2Handler {
        final List<byte[]> frames = new ArrayList<>();
        final CountDownLatch done;

        Collector(int expected) {
            done = new CountDownLatch(expected);
        }

        @Override
        public synchronized void frameReceived(ByteBuf frame) {
            byte[] b = new byte[frame.readableBytes()];
            frame.readBytes(b);
            frame.release();
            frames.add(b);
            done.countDown();
        }

        @Override
        public void carrierChanged(boolean up) {
        }

        synchronized List<byte[]> frames() {
            return new ArrayList<>(frames);
        }
    }

    static byte[] frame(int seq, int size) {
        byte[] f = new byte[size];
        for (int i = 0; i < size; i++) f[i] = (byte) (seq * 31 + i);
        f[0] = (byte) (seq >> 8);
        f[1] = (byte) seq;
        return f;
    }

    UdpLink bind() throws InterruptedException {
        UdpLink l = UdpLink.bind(group, new InetSocketAddress("127.0.0.1", 0));
        links.add(l);
        return l;
    }

    /**
     * A burst sent from the link's own event loop (as a router sharing it does), with runs of
     * long runs of equal sizes, sizes that change, a lone frame and jumbo
     * frames: every frame arrives once, whole, in order.
     */
    @Test
    void burstFromTheLoopArrivesFrameForFrameInOrder() throws Exception {
        UdpLink a = bind();
        UdpLink b = bind();
        a.connectTo(b.localAddress());
        b.connectTo(a.localAddress());
        List<byte[]> sent = new ArrayList<>();
        int seq = 0;
        int[][] runs = {{64, 70}, {100, 5}, {60, 3}, {1400, 1}, {1400, 50}, {9000, 9}, {64, 1}, {1514, 20}};
        for (int[] run : runs) {
            for (int k = 0; k < run[1]; k++) sent.add(frame(seq++, run[0]));
        }
        Collector got = new Collector(sent.size());
        b.attach(got);
        CountDownLatch queued = new CountDownLatch(1);
        a.eventLoop().execute(() -> {
            for (byte[] f : sent) {
                ByteBuf buf = PooledByteBufAllocator.DEFAULT.directBuffer(f.length);
                buf.writeBytes(f);
                a.transmit(buf);
            }
            queued.countDown();
        });
        assertTrue(queued.await(10, TimeUnit.SECONDS));
        assertTrue(got.done.await(10, TimeUnit.SECONDS), "received " + got.frames().size() + " of " + sent.size());
        List<byte[]> frames = got.frames();
        assertEquals(sent.size(), frames.size());
        for (int i = 0; i < sent.size(); i++) assertEquals(ByteBuffer.wrap(sent.get(i)), ByteBuffer.wrap(frames.get(i)), "frame " + i);
        assertEquals(0, a.framesDropped());
    }

    /** The same from another thread (a router on its own loop, as in a lab): all frames, in order. */
    @Test
    void burstFromAnotherThreadArrivesInOrder() throws Exception {
        UdpLink a = bind();
        UdpLink b = bind();
        a.connectTo(b.localAddress());
        b.connectTo(a.localAddress());
        List<byte[]> sent = new ArrayList<>();
        for (int i = 0; i < 300; i++) sent.add(frame(i, i % 50 == 0 ? 1400 : 64));
        Collector got = new Collector(sent.size());
        b.attach(got);
        Thread router = new Thread(() -> {
            for (byte[] f : sent) {
                ByteBuf buf = PooledByteBufAllocator.DEFAULT.directBuffer(f.length);
                buf.writeBytes(f);
                a.transmit(buf);
            }
        });
        router.start();
        router.join(10_000);
        assertTrue(got.done.await(10, TimeUnit.SECONDS), "received " + got.frames().size() + " of " + sent.size());
        List<byte[]> frames = got.frames();
        for (int i = 0; i < sent.size(); i++) assertEquals(ByteBuffer.wrap(sent.get(i)), ByteBuffer.wrap(frames.get(i)), "frame " + i);
    }

    /** A plain socket (a GNS3 or QEMU node) reads the same burst as ordinary datagrams, one frame each. */
    @Test
    void plainPeerReadsOneDatagramPerFrame() throws Exception {
        try (DatagramChannel peer = DatagramChannel.open()) {
            peer.bind(new InetSocketAddress("127.0.0.1", 0));
            UdpLink a = bind();
            a.connectTo((InetSocketAddress) peer.getLocalAddress());
            List<byte[]> sent = new ArrayList<>();
            for (int i = 0; i < 40; i++) sent.add(frame(i, i < 30 ? 128 : 700));
            a.eventLoop().execute(() -> {
                for (byte[] f : sent) {
                    ByteBuf buf = PooledByteBufAllocator.DEFAULT.directBuffer(f.length);
                    buf.writeBytes(f);
                    a.transmit(buf);
                }
            });
            ByteBuffer in = ByteBuffer.allocate(65536);
            for (byte[] f : sent) {
                in.clear();
                peer.receive(in);
                in.flip();
                assertEquals(ByteBuffer.wrap(f), in);
            }
        }
    }

    /**
     * The far end comes up after this end has been sending (one host of a lab started first): the
     * refusals the kernel reports meanwhile cost only the frames sent into the void, and frames
     * flow once the far end listens.
     */
    @Test
    void farEndThatStartsLaterGetsFramesOnceUp() throws Exception {
        int port;
        try (DatagramChannel probe = DatagramChannel.open()) {
            probe.bind(new InetSocketAddress("127.0.0.1", 0));
            port = ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
        UdpLink a = bind();
        a.connectTo(new InetSocketAddress("127.0.0.1", port));
        for (int i = 0; i < 5; i++) {
            ByteBuf f = PooledByteBufAllocator.DEFAULT.directBuffer(64);
            f.writeBytes(frame(i, 64));
            a.eventLoop().execute(() -> a.transmit(f));
        }
        try (DatagramChannel peer = DatagramChannel.open()) {
            peer.bind(new InetSocketAddress("127.0.0.1", port));
            peer.configureBlocking(false);
            ByteBuffer in = ByteBuffer.allocate(2048);
            boolean got = false;
            for (int attempt = 0; attempt < 100 && !got; attempt++) {
                ByteBuf f = PooledByteBufAllocator.DEFAULT.directBuffer(64);
                f.writeBytes(frame(1000, 64));
                a.transmit(f);
                for (int k = 0; k < 20 && !got; k++) {
                    in.clear();
                    if (peer.receive(in) == null) {
                        Thread.sleep(5);
                        continue;
                    }
                    // The early frames may still be in flight when the peer binds; wait for ours.
                    in.flip();
                    got = ByteBuffer.wrap(frame(1000, 64)).equals(in);
                }
            }
            assertTrue(got);
            assertTrue(a.carrier());
        }
    }

    /** Datagrams from anyone but the configured far end never reach the router. */
    @Test
    void strangersAreNotDelivered() throws Exception {
        UdpLink a = bind();
        UdpLink b = bind();
        a.connectTo(b.localAddress());
        b.connectTo(a.localAddress());
        Collector got = new Collector(1);
        b.attach(got);
        try (DatagramChannel stranger = DatagramChannel.open()) {
            stranger.send(ByteBuffer.wrap(frame(7, 64)), b.localAddress());
        }
        ByteBuf f = PooledByteBufAllocator.DEFAULT.directBuffer(64);
        f.writeBytes(frame(1, 64));
        a.transmit(f);
        assertTrue(got.done.await(10, TimeUnit.SECONDS));
        assertEquals(1, got.frames().size());
        assertEquals(ByteBuffer.wrap(frame(1, 64)), ByteBuffer.wrap(got.frames().get(0)));
    }

    /** Closing a link frees its port at once (nothing else holds the socket open): it can be bound again. */
    @Test
    void closingFreesThePort() throws Exception {
        UdpLink a = bind();
        UdpLink b = bind();
        a.connectTo(b.localAddress());
        b.connectTo(a.localAddress());
        Collector got = new Collector(1);
        b.attach(got);
        ByteBuf f = PooledByteBufAllocator.DEFAULT.directBuffer(64);
        f.writeBytes(frame(1, 64));
        a.transmit(f);
        assertTrue(got.done.await(10, TimeUnit.SECONDS));
        InetSocketAddress port = b.localAddress();
        b.close();
        links.remove(b);
        try (DatagramChannel again = DatagramChannel.open()) {
            again.bind(port);
            assertEquals(port, again.getLocalAddress());
        }
    }

    /**
     * Pointed at another far end (the lab moved the peer), a link takes frames from the new one
     * only, and a stranger's datagram that was waiting before the link connected is not delivered.
     * (A link bound to port 0 would lose its port on the disconnect: Linux keeps only a port
     * bound by number, as labs bind them.)
     */
    @Test
    void reconnectingTakesFramesFromTheNewFarEndOnly() throws Exception {
        int port;
        try (DatagramChannel probe = DatagramChannel.open()) {
            probe.bind(new InetSocketAddress("127.0.0.1", 0));
            port = ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
        UdpLink a = bind();
        UdpLink b = UdpLink.bind(group, new InetSocketAddress("127.0.0.1", port));
        links.add(b);
        UdpLink c = bind();
        try (DatagramChannel stranger = DatagramChannel.open()) {
            stranger.send(ByteBuffer.wrap(frame(7, 64)), b.localAddress());
        }
        b.connectTo(a.localAddress());
        a.connectTo(b.localAddress());
        Collector got = new Collector(2);
        b.attach(got);
        ByteBuf f1 = PooledByteBufAllocator.DEFAULT.directBuffer(64);
        f1.writeBytes(frame(1, 64));
        a.transmit(f1);
        for (int i = 0; i < 200 && got.frames().isEmpty(); i++) Thread.sleep(10);
        b.connectTo(c.localAddress());
        c.connectTo(b.localAddress());
        // Once b has connected to c (its loop runs the connect before this task), a's frames are refused.
        CountDownLatch moved = new CountDownLatch(1);
        b.eventLoop().execute(moved::countDown);
        assertTrue(moved.await(10, TimeUnit.SECONDS));
        ByteBuf stray = PooledByteBufAllocator.DEFAULT.directBuffer(64);
        stray.writeBytes(frame(5, 64));
        a.transmit(stray);
        ByteBuf f2 = PooledByteBufAllocator.DEFAULT.directBuffer(64);
        f2.writeBytes(frame(2, 64));
        c.transmit(f2);
        assertTrue(got.done.await(10, TimeUnit.SECONDS));
        Thread.sleep(100);
        List<byte[]> frames = got.frames();
        assertEquals(2, frames.size());
        assertEquals(ByteBuffer.wrap(frame(1, 64)), ByteBuffer.wrap(frames.get(0)));
        assertEquals(ByteBuffer.wrap(frame(2, 64)), ByteBuffer.wrap(frames.get(1)));
    }
}
