package org.ikelab.link;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.EventLoop;
import io.netty.channel.IoEvent;
import io.netty.channel.IoEventLoop;
import io.netty.channel.IoRegistration;
import io.netty.channel.epoll.EpollIoHandle;
import io.netty.channel.epoll.EpollIoOps;
import io.netty.channel.unix.DatagramSocketAddress;
import io.netty.channel.unix.FileDescriptor;
import io.netty.channel.unix.Socket;
import io.netty.util.concurrent.Future;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * Reads a connected UDP link's datagrams straight off the event loop's epoll, one pooled buffer
 * per datagram and nothing else: no envelope, no address. netty's own read wraps each datagram
 * in a DatagramPacket, which stays off the heap only while the JIT compiles netty's read loop,
 * its pipeline and the link's handler into one piece, and that breaks as soon as the pipeline's
 * call sites see other handlers (a telnet console in the same process) or the router's code
 * makes the compiled piece too big: then it is 24 bytes per datagram, some 5 MB/s at 200,000
 * datagrams a second.
 *
 * <p>It reads through its own descriptor for the link's socket (a duplicate: epoll takes a
 * descriptor only once per loop, and the channel's is taken), registered level-triggered for
 * input, while the channel itself, set not to read, keeps sending. As the socket is connected,
 * every datagram on it is from the far end. Used only with native epoll; {@link #stop} on the
 * loop before the channel closes, as the duplicate keeps the socket open.
 */
final class ConnectedReader implements EpollIoHandle {
    /** More datagrams than a 4 MB receive buffer holds. */
    private static final int MAX_QUEUED = 16_384;
    private final Socket socket;
    private final UdpLink link;
    private final ByteBufAllocator alloc;
    private IoRegistration registration;

    private ConnectedReader(Socket socket, UdpLink link, ByteBufAllocator alloc) {
        this.socket = socket;
        this.link = link;
        this.alloc = alloc;
    }

    /**
     * On {@code loop}: starts reading the socket of {@code channelFd} for {@code link}, or returns
     * null when it cannot (not an epoll loop, no descriptor to spare), and the channel then reads.
     */
    static ConnectedReader start(EventLoop loop, FileDescriptor channelFd, InetSocketAddress far, UdpLink link, ByteBufAllocator alloc) {
        if (!(loop instanceof IoEventLoop io) || !io.isCompatible(ConnectedReader.class)) return null;
        Socket dup;
        try {
            dup = new Socket(LinuxNative.dup(channelFd.intValue()));
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
        ConnectedReader r = new ConnectedReader(dup, link, alloc);
        Future<IoRegistration> f = io.register(r);
        if (!f.isSuccess()) {
            r.closeSocket();
            return null;
        }
        r.registration = f.getNow();
        r.sortQueued(far);
        try {
            r.registration.submit(EpollIoOps.EPOLLIN);
        } catch (RuntimeException e) {
            r.stop();
            return null;
        }
        return r;
    }

    /**
     * Reads what reached the socket before it was connected, sender by sender: connecting does
     * not empty the queue, and a stranger's datagram in it must not pass for the far end's.
     */
    private void sortQueued(InetSocketAddress far) {
        for (int i = 0; i < MAX_QUEUED; i++) {
            ByteBuf buf = alloc.directBuffer(UdpLink.MAX_FRAME);
            DatagramSocketAddress from;
            try {
                ByteBuffer w = buf.internalNioBuffer(0, UdpLink.MAX_FRAME);
                from = socket.recvFrom(w, w.position(), w.limit());
            } catch (IOException e) {
                buf.release();
                link.readFailed();
                continue;
            }
            if (from == null) {
                buf.release();
                return;
            }
            if (from.receivedAmount() <= 0 || !far.equals(from)) {
                buf.release();
                link.readFailed();
                continue;
            }
            buf.writerIndex(from.receivedAmount());
            link.fromPeer(buf);
        }
    }

    /** On the loop: no more reads; leaves epoll, then closes the duplicate descriptor. */
    void stop() {
        if (registration != null) registration.cancel();
        closeSocket();
    }

    @Override
    public FileDescriptor fd() {
        return socket;
    }

    @Override
    public void handle(IoRegistration reg, IoEvent event) {
        // Level-triggered: what is left after one batch wakes the loop again, after its other work.
        for (int i = 0; i < UdpLink.RECV_BATCH; i++) {
            ByteBuf buf = alloc.directBuffer(UdpLink.MAX_FRAME);
            int n;
            try {
                if (buf.hasMemoryAddress()) {
                    n = socket.recvAddress(buf.memoryAddress(), 0, UdpLink.MAX_FRAME);
                } else {
                    ByteBuffer w = buf.internalNioBuffer(0, UdpLink.MAX_FRAME);
                    n = socket.recv(w, w.position(), w.limit());
                }
            } catch (IOException e) {
                // The far end's ICMP port unreachable, reported on a read of a connected socket
                // (and cleared by it): a frame sent into the void, as on an unconnected socket.
                buf.release();
                link.readFailed();
                if (!socket.isOpen()) return;
                continue;
            }
            if (n == 0) {
                // Nothing left to read (EAGAIN).
                buf.release();
                return;
            }
            if (n < 0) {
                // An empty datagram: not an Ethernet frame.
                buf.release();
                link.readFailed();
                continue;
            }
            buf.writerIndex(n);
            link.fromPeer(buf);
        }
    }

    @Override
    public void close() {
        // The loop is shutting down with this handle registered.
        closeSocket();
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException e) {
            // The descriptor is gone either way.
        }
    }
}
