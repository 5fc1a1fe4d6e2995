package org.ikelab.link;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ReferenceCountUtil;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ikelab.router.L2Handler;
import org.ikelab.router.L2Port;

/**
 * One end of a UDP link (decision 7): each datagram carries one raw Ethernet frame, no header,
 * as GNS3 and QEMU ({@code -netdev socket,udp=...}) do, so their nodes can be plugged in.
 * UDP has no carrier: the port reports carrier while it is open.
 *
 * <p>Writes made on the channel's own event loop (a router running on that loop) are flushed
 * once after the current task, so a burst of forwarded frames costs one flush (one sendmmsg).
 * Frames from other threads are queued (bounded) and moved onto the loop by one task per burst.
 *
 * <p>The socket is connected to the far end ({@link #connectTo}): the kernel then keeps the route
 * and sends without a per-datagram route lookup (and without the per-datagram sendmsg hooks an
 * unconnected send runs), finds the socket by its early demux on receive, and drops datagrams
 * from anyone else before they reach us. IPv4 links use an IPv4 socket, not a dual-stack IPv6
 * one (no address mapping per datagram).
 *
 * <p>Receiving makes no garbage per datagram (decision 3). While the socket is connected (native
 * epoll), {@link ConnectedReader} reads it: one recv per datagram into a buffer of its own, and
 * the router owns that buffer and releases it. The buffers come from the pooled allocator the
 * routers use, which hands a recycled buffer back with its window onto the memory (netty's
 * default adaptive allocator makes a new window per buffer). netty's recvmmsg batch, read before,
 * made a slice, a DatagramPacket and a new sender address per datagram (about 180 bytes) and
 * saved less in system calls than it cost. Unconnected, or with NIO, the channel reads, one
 * datagram per buffer as well.
 */
public final class UdpLink implements L2Port, AutoCloseable {
    /** Large enough for a jumbo-less Ethernet frame plus slack; bigger datagrams are truncated by the kernel. */
    public static final int MAX_FRAME = 9216;
    /** Datagrams read per epoll wake-up before other work on the loop gets a turn. */
    static final int RECV_BATCH = 16;
    /** Frames from other threads queued for the loop beyond this are dropped (a full transmit ring). */
    static final int HANDOVER_LIMIT = 4096;

    private final Channel channel;
    private final EventLoop loop;
    private volatile InetSocketAddress remote;
    private volatile L2Handler handler;
    private boolean flushPending;
    private final Runnable flushTask = this::flushNow;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    /** The far end the socket is connected to; read and written on the loop only. */
    private InetSocketAddress connectedTo;
    /** The last far end {@link #connectSocket} was asked for (tried once); loop only. */
    private InetSocketAddress connectAttempted;
    /** Frames transmitted from other threads, waiting for {@link #drainHandover} on the loop. */
    private final ConcurrentLinkedQueue<ByteBuf> handover = new ConcurrentLinkedQueue<>();
    private final AtomicInteger handoverSize = new AtomicInteger();
    private final AtomicBoolean handoverScheduled = new AtomicBoolean();
    private final Runnable handoverTask = this::drainHandover;
    /** Reads the socket while it is connected (native epoll only), else null and the channel reads; loop only. */
    private ConnectedReader reader;

    private UdpLink(Channel channel) {
        this.channel = channel;
        this.loop = channel.eventLoop();
    }

    /** Binds {@code local} (port 0: any free port) on {@code group}; set the far end with {@link #connectTo}. */
    public static UdpLink bind(EventLoopGroup group, InetSocketAddress local) throws InterruptedException {
        return bind(group, local, null);
    }

    private static UdpLink bind(EventLoopGroup group, InetSocketAddress local, InetSocketAddress remote) throws InterruptedException {
        UdpLink[] self = new UdpLink[1];
        boolean epoll = NettyTransport.nativeEpoll();
        boolean ipv4 = local.getAddress() instanceof Inet4Address && (remote == null || remote.getAddress() instanceof Inet4Address);
        Bootstrap b = new Bootstrap()
                .group(group)
                .channelFactory(() -> NettyTransport.newDatagramChannel(ipv4))
                // One buffer per datagram, from the routers' own pooled allocator: see the class comment.
                .option(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(MAX_FRAME).maxMessagesPerRead(RECV_BATCH))
                .option(ChannelOption.SO_RCVBUF, 4 * 1024 * 1024)
                .option(ChannelOption.SO_SNDBUF, 4 * 1024 * 1024)
                .handler(new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                        // The channel reads only while no ConnectedReader does (unconnected, NIO):
                        // the envelope is unwrapped at once, and the router gets the bare buffer.
                        if (msg instanceof DatagramPacket p) {
                            self[0].deliver(p.content(), p.sender());
                        } else {
                            ReferenceCountUtil.release(msg);
                            self[0].dropped.incrementAndGet();
                        }
                    }

                    @Override
                    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                        // A connected UDP socket reports the far end's ICMP port unreachable (not
                        // listening yet, or gone) on the next send or receive; the frame is lost,
                        // as it would be on an unconnected socket, and the link stays up.
                        self[0].dropped.incrementAndGet();
                    }
                });
        // The largest datagram a read expects. netty reads one datagram per buffer when the buffer
        // holds only one (no recvmmsg slices), and since the datagram then "fills" the read it
        // goes on reading (up to RECV_BATCH) instead of waiting for the next epoll wake-up.
        if (epoll) b.option(EpollChannelOption.MAX_DATAGRAM_PAYLOAD_SIZE, MAX_FRAME);
        Channel ch = b.bind(local).sync().channel();
        self[0] = new UdpLink(ch);
        return self[0];
    }

    public static UdpLink open(EventLoopGroup group, InetSocketAddress local, InetSocketAddress remote) throws InterruptedException {
        UdpLink l = bind(group, local, remote);
        l.connectTo(remote);
        return l;
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** Sets the far end (any thread); frames go there and only frames from there are accepted. */
    public void connectTo(InetSocketAddress far) {
        this.remote = far;
        if (loop.inEventLoop()) connectSocket(far);
        else loop.execute(() -> connectSocket(far));
    }

    /** On the loop: connects the socket to {@code far} (once per address), leaving a previous peer first. */
    private void connectSocket(InetSocketAddress far) {
        if (far == null || far == connectAttempted || !channel.isOpen()) return;
        connectAttempted = far;
        if (far.equals(connectedTo)) {
            connectedTo = far;
            return;
        }
        if (connectedTo != null) {
            stopReader();
            channel.disconnect();
        }
        connectedTo = null;
        ChannelFuture f = channel.connect(far);
        // Connecting a datagram socket completes at once; should it fail, frames go out addressed.
        if (f.isSuccess()) {
            connectedTo = far;
            startReader();
        }
    }

    /** On the loop, once connected: {@link ConnectedReader} reads from here on, the channel no longer. */
    private void startReader() {
        if (reader != null || !(channel instanceof EpollDatagramChannel ec) || !channel.isOpen()) return;
        reader = ConnectedReader.start(loop, ec.fd(), connectedTo, this, PooledByteBufAllocator.DEFAULT);
        if (reader != null) channel.config().setAutoRead(false);
    }

    /** On the loop: the channel reads again (if open); the reader's descriptor is closed. */
    private void stopReader() {
        if (reader == null) return;
        reader.stop();
        reader = null;
        if (channel.isOpen()) channel.config().setAutoRead(true);
    }

    /** The event loop this link's channel runs on (a router may share it to avoid a thread hop). */
    public EventLoop eventLoop() {
        return loop;
    }

    public long framesReceived() { return received.get(); }
    public long framesDropped() { return dropped.get(); }

    private void deliver(ByteBuf frame, InetSocketAddress sender) {
        L2Handler h = handler;
        InetSocketAddress far = remote;
        // Only the configured peer may inject frames; anything else on the port is dropped.
        if (h == null || far == null || !far.equals(sender)) {
            frame.release();
            dropped.incrementAndGet();
            return;
        }
        received.incrementAndGet();
        h.frameReceived(frame);
    }

    /** A frame {@link ConnectedReader} read from the connected socket, so from the far end; on the loop. */
    void fromPeer(ByteBuf frame) {
        L2Handler h = handler;
        InetSocketAddress far = remote;
        // Connected to the far end already asked for: on its way to another one, this is a stray.
        if (h == null || far == null || !far.equals(connectedTo)) {
            frame.release();
            dropped.incrementAndGet();
            return;
        }
        received.incrementAndGet();
        h.frameReceived(frame);
    }

    /** A read that brought no frame (the far end's port unreachable, an empty datagram). */
    void readFailed() {
        dropped.incrementAndGet();
    }

    @Override
    public void transmit(ByteBuf frame) {
        if (loop.inEventLoop()) {
            transmitOnLoop(frame);
            return;
        }
        if (remote == null || !channel.isActive()) {
            frame.release();
            dropped.incrementAndGet();
            return;
        }
        if (handoverSize.incrementAndGet() > HANDOVER_LIMIT) {
            handoverSize.decrementAndGet();
            frame.release();
            dropped.incrementAndGet();
            return;
        }
        // From another thread (a router on its own loop): queued, and one task per burst moves the
        // frames onto the channel's loop, so a burst costs one wake-up and one flush, not one each.
        handover.offer(frame);
        if (!handoverScheduled.get() && handoverScheduled.compareAndSet(false, true)) {
            try {
                loop.execute(handoverTask);
            } catch (RejectedExecutionException e) {
                // The loop is shutting down: nothing will send the queued frames.
                releaseHandover();
            }
        }
    }

    private void releaseHandover() {
        for (int i = 0; i < HANDOVER_LIMIT * 2; i++) {
            ByteBuf f = handover.poll();
            if (f == null) break;
            handoverSize.decrementAndGet();
            f.release();
            dropped.incrementAndGet();
        }
    }

    private void drainHandover() {
        for (int i = 0; i < HANDOVER_LIMIT; i++) {
            ByteBuf f = handover.poll();
            if (f == null) break;
            handoverSize.decrementAndGet();
            transmitOnLoop(f);
        }
        handoverScheduled.set(false);
        // A frame may have been queued after the last poll but before the reset: go round again.
        if (!handover.isEmpty() && handoverScheduled.compareAndSet(false, true)) loop.execute(handoverTask);
    }

    private void transmitOnLoop(ByteBuf frame) {
        InetSocketAddress far = remote;
        if (far == null || !channel.isActive()) {
            frame.release();
            dropped.incrementAndGet();
            return;
        }
        if (far != connectAttempted) connectSocket(far);
        // Connected to the far end: the bare buffer is the datagram (no envelope, no address).
        // One datagram per frame, also on the wire: no UDP segmentation offload, so a capture on
        // "lo" shows each frame as its own datagram, as GNS3 users expect.
        Object p = far == connectedTo ? frame : new DatagramPacket(frame, far);
        channel.write(p, channel.voidPromise());
        if (!flushPending) {
            flushPending = true;
            loop.execute(flushTask);
        }
    }

    private void flushNow() {
        flushPending = false;
        channel.flush();
    }

    @Override
    public void attach(L2Handler h) {
        handler = h;
    }

    @Override
    public void detach() {
        handler = null;
    }

    @Override
    public boolean carrier() {
        return channel.isActive();
    }

    @Override
    public void close() {
        handler = null;
        // The reader's descriptor keeps the socket (and its port) open: closed first, on the loop.
        if (loop.inEventLoop()) {
            stopReader();
        } else {
            try {
                loop.submit(this::stopReader).awaitUninterruptibly();
            } catch (RejectedExecutionException e) {
                // The loop is gone, and with it its epoll; it closed the reader's descriptor.
            }
        }
        channel.close().syncUninterruptibly();
        // Frames still queued from other threads (the channel is closed, so no task sends them).
        releaseHandover();
    }
}
