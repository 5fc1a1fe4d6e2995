package org.ikelab.link;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.ikelab.common.DecodeResult;
import org.ikelab.router.L2Handler;
import org.ikelab.router.L2Port;
import org.ikelab.wire.MacAddress;
import org.ikelab.wire.arp.ArpPacket;
import org.ikelab.wire.ethernet.EthernetFrame;

/**
 * Bridges a router interface to a Linux TUN or TAP device (decision 7), opened with
 * {@code /dev/net/tun} + {@code TUNSETIFF} ({@code IFF_NO_PI}), optionally inside a named network
 * namespace: a dedicated thread {@code setns()}s into {@code /var/run/netns/NAME} before it opens
 * the device, then stays there reading it, so the rest of the process keeps its namespace.
 *
 * <p>TAP passes Ethernet frames both ways. TUN carries bare IPv4 packets, so the bridge adds an
 * Ethernet header towards the router (from a made-up MAC standing for the kernel side), strips it
 * towards the kernel, and answers the router's ARP requests with that MAC.
 */
public final class TunTapBridge implements L2Port, AutoCloseable {
    public enum Mode { TUN, TAP }

    static final int MTU_BUFFER = 65536;
    static final int POLL_MILLIS = 100;

    private final String device;
    private final Mode mode;
    private final ByteBufAllocator alloc;
    /** The MAC the TUN bridge answers ARP with and sends from: locally administered, from the device name. */
    private final long farMac;
    private final Thread reader;
    private final CompletableFuture<Integer> opened = new CompletableFuture<>();
    private final AtomicLong framesIn = new AtomicLong();
    private final AtomicLong framesOut = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile int fd = -1;
    private volatile boolean closed;
    private volatile L2Handler handler;
    /** The router's MAC, learned from the frames it sends; broadcast until then. */
    private volatile long routerMac = MacAddress.BROADCAST.bits();
    private final ThreadLocal<MemorySegment> writeBuffer = ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(MTU_BUFFER));

    private TunTapBridge(String device, Mode mode, String netns, ByteBufAllocator alloc) {
        this.device = device;
        this.mode = mode;
        this.alloc = alloc;
        this.farMac = 0x0200_0000_0000L | (device.hashCode() & 0xffff_ffffL);
        this.reader = new Thread(() -> run(netns), "tuntap-" + device);
        this.reader.setDaemon(true);
    }

    /**
     * Opens an existing TUN/TAP device {@code device} (made with {@code ip tuntap add ... mode
     * tun|tap}), in namespace {@code netns} or, when null, in the process's own. Waits at most 5 s.
     */
    public static TunTapBridge open(String device, Mode mode, String netns) throws IOException {
        TunTapBridge b = new TunTapBridge(device, mode, netns, PooledByteBufAllocator.DEFAULT);
        b.reader.start();
        try {
            b.fd = b.opened.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            b.close();
            throw new IOException("opening " + device + ": " + e);
        }
        return b;
    }

    public long framesIn() { return framesIn.get(); }
    public long framesOut() { return framesOut.get(); }
    public long dropped() { return dropped.get(); }
    public MacAddress farMac() { return new MacAddress(farMac); }

    private void run(String netns) {
        int myFd;
        try {
            if (netns != null) LinuxNative.setNetns("/var/run/netns/" + netns);
            myFd = LinuxNative.open("/dev/net/tun", LinuxNative.O_RDWR | LinuxNative.O_NONBLOCK | LinuxNative.O_CLOEXEC);
            short flags = (short) ((mode == Mode.TUN ? LinuxNative.IFF_TUN : LinuxNative.IFF_TAP) | LinuxNative.IFF_NO_PI);
            try {
                LinuxNative.tunSetIff(myFd, device, flags);
            } catch (IOException e) {
                LinuxNative.close(myFd);
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            opened.completeExceptionally(e);
            return;
        }
        opened.complete(myFd);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(MTU_BUFFER);
            MemorySegment pollfd = LinuxNative.allocatePollFd(arena);
            // Bounded by close(): each poll waits at most POLL_MILLIS before re-checking the flag.
            while (!closed) {
                if (!LinuxNative.pollIn(myFd, pollfd, POLL_MILLIS)) continue;
                int n = LinuxNative.read(myFd, buf);
                if (n <= 0) continue;
                fromKernel(buf, n);
            }
        } catch (IOException e) {
            closed = true;
        } finally {
            LinuxNative.close(myFd);
        }
    }

    private void fromKernel(MemorySegment buf, int n) {
        L2Handler h = handler;
        if (h == null) {
            dropped.incrementAndGet();
            return;
        }
        ByteBuf f;
        if (mode == Mode.TAP) {
            f = alloc.buffer(n);
            f.writeBytes(buf.asSlice(0, n).asByteBuffer());
        } else {
            // TUN without packet information: the version nibble tells IPv4 from the rest.
            if (n < 20 || (buf.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 0) >>> 4 & 0xf) != 4) {
                dropped.incrementAndGet();
                return;
            }
            f = alloc.buffer(EthernetFrame.HEADER_LEN + n);
            f.writerIndex(EthernetFrame.HEADER_LEN);
            EthernetFrame.emit(f.nioBuffer(0, EthernetFrame.HEADER_LEN), 0, routerMac, farMac, EthernetFrame.TYPE_IPV4);
            f.writeBytes(buf.asSlice(0, n).asByteBuffer());
        }
        framesIn.incrementAndGet();
        h.frameReceived(f);
    }

    @Override
    public void transmit(ByteBuf frame) {
        try {
            if (closed || fd < 0) {
                dropped.incrementAndGet();
                return;
            }
            ByteBuffer nio = frame.nioBuffer(frame.readerIndex(), frame.readableBytes());
            if (mode == Mode.TAP) {
                write(nio, 0, nio.remaining());
                return;
            }
            DecodeResult<EthernetFrame> r = EthernetFrame.parse(nio, 0, nio.remaining());
            if (!(r instanceof DecodeResult.Ok<EthernetFrame>(EthernetFrame eth))) {
                dropped.incrementAndGet();
                return;
            }
            routerMac = eth.src();
            switch (eth.etherType()) {
                case EthernetFrame.TYPE_IPV4 -> write(nio, EthernetFrame.HEADER_LEN, eth.payloadLength());
                case EthernetFrame.TYPE_ARP -> answerArp(nio, eth);
                default -> dropped.incrementAndGet();
            }
        } finally {
            frame.release();
        }
    }

    /** The kernel side of a TUN has no MAC: every address the router asks for is "at" {@link #farMac}. */
    private void answerArp(ByteBuffer nio, EthernetFrame eth) {
        DecodeResult<ArpPacket> r = ArpPacket.parse(nio, eth.payloadOffset(), eth.payloadLength());
        if (!(r instanceof DecodeResult.Ok<ArpPacket>(ArpPacket a)) || a.operation() != ArpPacket.REQUEST
                || a.targetIp() == a.senderIp()) {
            return;
        }
        L2Handler h = handler;
        if (h == null) return;
        int len = EthernetFrame.HEADER_LEN + ArpPacket.LENGTH;
        ByteBuf f = alloc.buffer(len);
        f.writerIndex(len);
        ByteBuffer o = f.nioBuffer(0, len);
        EthernetFrame.emit(o, 0, a.senderMac(), farMac, EthernetFrame.TYPE_ARP);
        new ArpPacket(ArpPacket.REPLY, farMac, a.targetIp(), a.senderMac(), a.senderIp()).emit(o, EthernetFrame.HEADER_LEN);
        h.frameReceived(f);
    }

    private void write(ByteBuffer nio, int off, int len) {
        if (len > MTU_BUFFER) {
            dropped.incrementAndGet();
            return;
        }
        MemorySegment seg = writeBuffer.get();
        MemorySegment.copy(MemorySegment.ofBuffer(nio), off, seg, 0, len);
        try {
            LinuxNative.write(fd, seg, len);
            framesOut.incrementAndGet();
        } catch (IOException e) {
            dropped.incrementAndGet();
        }
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
        return !closed;
    }

    /** Stops the reader thread (within one poll interval) and closes the device. */
    @Override
    public void close() {
        closed = true;
        handler = null;
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
