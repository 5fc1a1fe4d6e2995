package org.ikelab.router.crypto;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.config.RouterConfig;
import org.ikelab.config.crypto.apply.CryptoCompiler;
import org.ikelab.link.InMemoryLink;
import org.ikelab.parse.CommandRegistry;
import org.ikelab.parse.ConfigCommands;
import org.ikelab.parse.ConfigLoader;
import org.ikelab.parse.CryptoCommands;
import org.ikelab.router.L2Handler;
import org.ikelab.router.L2Port;
import org.ikelab.router.Router;
import org.ikelab.router.StaticRoute;
import org.ikelab.router.UdpSocket;
import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.arp.ArpPacket;
import org.ikelab.wire.ethernet.EthernetFrame;

/**
 * Figures for the crypto engine, measured in one run (prints, asserts nothing):
 * <ul>
 * <li>ESP throughput R1 -> R2 through crypto maps (AES-128-GCM, AES-128-CBC + HMAC-SHA1; 64 and
 * 1400-byte datagrams) on in-memory links, beside the same path without a crypto map;</li>
 * <li>IKEv1 main + quick mode setups per second, DH group 2 and 14, N spokes against one hub with
 * a dynamic crypto map (all routers on one virtual-time thread, so the figure is CPU cost).</li>
 * </ul>
 * Run: {@code java -cp target/test-classes:target/classes:$(deps) org.ikelab.router.crypto.CryptoBenchmark [seconds] [spokes]}.
 */
public final class CryptoBenchmark {
    private static final long SINK_MAC = 0x0200_0000_0077L;

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int spokes = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        System.out.printf(Locale.ROOT, "cores: %d%n", Runtime.getRuntime().availableProcessors());
        esp(seconds);
        // JIT warm-up of both groups (about 2 s of setups each, alternating): with a short warm-up
        // the group measured first pays for C2 compilation and can look slower than group 14.
        org.ikelab.ike.v1.IkeSetupRateBench.warmUp(new int[] {2, 14}, spokes);
        for (int group : new int[] {2, 14}) {
            double rate = setups(group, spokes);
            System.out.printf(Locale.ROOT, "IKEv1 main+quick mode, group %2d, %d spokes -> 1 hub: %6.1f setups/s (%.2f ms each)%n", group,
                    spokes, rate, 1000 / rate);
        }
    }

    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * One path run: delivered datagrams per second, and per packet the CPU nanoseconds and bytes
     * allocated on each router thread (one thread in memory; on the UDP link R1 per datagram it
     * sent, R2 per datagram delivered, since the link may drop between them).
     */
    record Path(double pps, double[] cpuNanos, double[] alloc) {
    }

    /**
     * The ESP figures: each case beside its clear path, the CPU and garbage per packet on each
     * router thread, and ESP alone (protect, verify+decrypt of one packet, {@link EspCost}). On
     * the UDP link the ratio is about T / (T + crypto on the busiest thread), T = 1 / clear rate.
     */
    static void esp(double seconds) {
        String[] suites = {"esp-gcm", "esp-aes esp-sha-hmac"};
        int[] sizes = {64, 1400};
        java.util.Map<String, org.ikelab.ipsec.EspCost.Figures> cost = new java.util.HashMap<>();
        for (int size : sizes) {
            for (String ts : suites) {
                org.ikelab.ipsec.EspCost.Figures f = org.ikelab.ipsec.EspCost.measure(ts, size, Math.max(1, seconds / 2));
                cost.put(ts + size, f);
                System.out.printf(Locale.ROOT, "ESP alone %-22s %4d B: protect %6.0f ns (%4.0f B garbage), verify+decrypt %6.0f ns (%4.0f B garbage)%n",
                        ts, size, f.encryptNanos(), f.encryptAlloc(), f.decryptNanos(), f.decryptAlloc());
            }
        }
        for (int size : sizes) {
            Path clear = onEventLoopThread(() -> throughput(null, size, seconds));
            System.out.printf(Locale.ROOT, "in-memory %-22s %4d B: %8.0f pps %7.3f Gbit/s  cpu %5.0f ns/pkt (%6.3f Gbit/s CPU-bound), %5.0f B/pkt garbage%n",
                    "clear", size, clear.pps(), clear.pps() * size * 8 / 1e9, clear.cpuNanos()[0], size * 8 / clear.cpuNanos()[0],
                    clear.alloc()[0]);
            for (String ts : suites) {
                Path p = onEventLoopThread(() -> throughput(ts, size, seconds));
                org.ikelab.ipsec.EspCost.Figures f = cost.get(ts + size);
                System.out.printf(Locale.ROOT, "in-memory %-22s %4d B: %8.0f pps %7.3f Gbit/s  cpu %5.0f ns/pkt (%6.3f Gbit/s CPU-bound), %5.0f B/pkt garbage"
                                + "  (ratio %4.1f %%, by CPU %4.1f %%; clear + ESP alone predicts %4.1f %%)%n",
                        ts, size, p.pps(), p.pps() * size * 8 / 1e9, p.cpuNanos()[0], size * 8 / p.cpuNanos()[0], p.alloc()[0],
                        100 * p.pps() / clear.pps(), 100 * clear.cpuNanos()[0] / p.cpuNanos()[0],
                        100 * clear.cpuNanos()[0] / (clear.cpuNanos()[0] + f.encryptNanos() + f.decryptNanos()));
            }
        }
        for (int size : sizes) {
            for (String ts : suites) {
                Path[] paths = udpLinkPaths(ts, size, seconds);
                Path clear = paths[0];
                System.out.printf(Locale.ROOT, "udp link  %-30s %4d B: %8.0f pps %7.3f Gbit/s  R1 cpu %5.0f ns/pkt %5.0f B/pkt | R2 cpu %5.0f ns/pkt %5.0f B/pkt%n",
                        "clear", size, clear.pps(), clear.pps() * size * 8 / 1e9, clear.cpuNanos()[0], clear.alloc()[0],
                        clear.cpuNanos()[1], clear.alloc()[1]);
                double t = 1e9 / clear.pps();
                org.ikelab.ipsec.EspCost.Figures f = cost.get(ts + size);
                for (int i = 1; i < 3; i++) {
                    Path p = paths[i];
                    // Router threads only: with a helper, each loop's CPU also holds the other router's seals.
                    System.out.printf(Locale.ROOT, "udp link  %-30s %4d B: %8.0f pps %7.3f Gbit/s  R1 cpu %5.0f ns/pkt %5.0f B/pkt | R2 cpu %5.0f ns/pkt %5.0f B/pkt"
                                    + "  (ratio %4.1f %%%s)%n",
                            ts + (i == 1 ? " (inline)" : " (helper)"), size, p.pps(), p.pps() * size * 8 / 1e9, p.cpuNanos()[0], p.alloc()[0],
                            p.cpuNanos()[1], p.alloc()[1], 100 * p.pps() / clear.pps(),
                            i == 1 ? String.format(Locale.ROOT, "; T %4.0f ns / (T + protect %4.0f ns) = %4.1f %%", t, f.encryptNanos(),
                                    100 * t / (t + f.encryptNanos())) : "");
                }
            }
        }
    }

    /**
     * Runs {@code run} on a netty {@code FastThreadLocalThread}, the kind of thread routers live on
     * in a lab (decision 1): netty 4.2 recycles its buffer objects only on such threads, so on the
     * main thread the in-memory path would show garbage a real router does not make.
     */
    static Path onEventLoopThread(java.util.function.Supplier<Path> run) {
        Path[] out = new Path[1];
        Thread t = new io.netty.util.concurrent.FastThreadLocalThread(() -> out[0] = run.get(), "bench-router-loop");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out[0];
    }

    static RouterConfig load(String text) {
        CommandRegistry r = new CommandRegistry();
        ConfigCommands.register(r);
        CryptoCommands.register(r);
        RouterConfig c = new RouterConfig();
        List<ConfigLoader.Problem> p = ConfigLoader.load(text, c, r, org.ikelab.common.Clock.SYSTEM, RandomSource.seeded(1));
        if (!p.isEmpty()) throw new IllegalStateException(p.toString());
        return c;
    }

    static String site(String self, String peer, String ts, String local, String remote, String iface, int group) {
        return """
                crypto isakmp policy 10
                 encr aes
                 authentication pre-share
                 group %7$d
                crypto isakmp key BENCH address %2$s
                crypto ipsec transform-set TS %3$s
                access-list 100 permit ip %4$s 0.0.0.255 %5$s 0.0.0.255
                crypto map CM 10 ipsec-isakmp
                 set peer %2$s
                 set transform-set TS
                 match address 100
                interface %6$s
                 ip address %1$s 255.255.255.0
                 crypto map CM
                """.formatted(self, peer, ts, local, remote, iface, group);
    }

    /** Datagrams per second from R1 (10.0.0.1) to a sink behind R2 (10.0.3.9), through an SA or in clear. */
    static Path throughput(String ts, int size, double seconds) {
        VirtualScheduler s = new VirtualScheduler();
        Router r1 = new Router("R1", s, PooledByteBufAllocator.DEFAULT, 2);
        Router r2 = new Router("R2", s, PooledByteBufAllocator.DEFAULT, 2);
        r1.setAddress("GigabitEthernet0/0", Ipv4Address.parse("10.0.0.1"), 24);
        r1.setAddress("GigabitEthernet0/1", Ipv4Address.parse("10.0.1.1"), 24);
        r2.setAddress("GigabitEthernet0/0", Ipv4Address.parse("10.0.1.2"), 24);
        r2.setAddress("GigabitEthernet0/1", Ipv4Address.parse("10.0.3.1"), 24);
        for (Router r : List.of(r1, r2)) {
            r.setAdminUp("GigabitEthernet0/0", true);
            r.setAdminUp("GigabitEthernet0/1", true);
        }
        r1.addStaticRoute(StaticRoute.via("10.0.3.0/24", "10.0.1.2"));
        r2.addStaticRoute(StaticRoute.via("10.0.0.0/24", "10.0.1.1"));
        InMemoryLink.cable(r1, "GigabitEthernet0/1", r2, "GigabitEthernet0/0");
        r1.connect("GigabitEthernet0/0", new Sink());
        Sink sink = new Sink();
        r2.connect("GigabitEthernet0/1", sink);
        if (ts != null) {
            CryptoCompiler.install(r1, load(site("10.0.1.1", "10.0.1.2", ts, "10.0.0.0", "10.0.3.0", "GigabitEthernet0/1", 2)),
                    RandomSource.seeded(1));
            CryptoCompiler.install(r2, load(site("10.0.1.2", "10.0.1.1", ts, "10.0.3.0", "10.0.0.0", "GigabitEthernet0/0", 2)),
                    RandomSource.seeded(2));
        }
        UdpSocket sock = r1.udpBind(Ipv4Address.parse("10.0.0.1"), 1234, d -> { });
        Ipv4Address dst = Ipv4Address.parse("10.0.3.9");
        ByteBuffer payload = ByteBuffer.allocate(size - 28);
        // Trigger IKE and ARP, let them finish, warm up the JIT.
        for (int i = 0; i < 3; i++) {
            sock.send(dst, 9, payload.clear());
            s.advance(Duration.ofSeconds(2));
        }
        long deadline = System.nanoTime() + (long) (seconds * 0.3e9);
        while (System.nanoTime() < deadline) burst(sock, dst, payload, s);
        long before = sink.frames;
        long tid = Thread.currentThread().threadId();
        long cpu0 = MX.getThreadCpuTime(tid);
        long alloc0 = MX.getThreadAllocatedBytes(tid);
        long start = System.nanoTime();
        deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) burst(sock, dst, payload, s);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long n = Math.max(1, sink.frames - before);
        return new Path(n / elapsed, new double[] {(MX.getThreadCpuTime(tid) - cpu0) / (double) n},
                new double[] {(MX.getThreadAllocatedBytes(tid) - alloc0) / (double) n});
    }

    /** Measured slices per UDP-link path, alternating with the clear path it is compared with. */
    static final int SLICES = 8;

    /**
     * The same R1 -> R2 path with R1 and R2 on their own netty event loops, joined by a UDP link
     * on 127.0.0.1 (one Ethernet frame per datagram); the sink behind R2 counts. Set up once and
     * idle between {@link #slice}s, so a clear path and an ESP path are measured side by side in
     * alternating slices: load from elsewhere on a shared machine then falls on both alike.
     */
    static final class UdpPath implements AutoCloseable {
        private final io.netty.channel.EventLoopGroup group = org.ikelab.link.NettyTransport.newGroup(2);
        private final io.netty.channel.EventLoop l1 = group.next();
        private final io.netty.channel.EventLoop l2 = group.next();
        private final org.ikelab.link.UdpLink a;
        private final org.ikelab.link.UdpLink b;
        private final AtomicSink sink = new AtomicSink();
        private final UdpSocket[] sock = new UdpSocket[1];
        private final long[] tid = new long[2];
        private final Ipv4Address dst = Ipv4Address.parse("10.0.3.9");
        private final ByteBuffer payload;
        private final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean(true);
        private final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
        private final Runnable blast;
        private long got;
        private long sentCounted;
        private long nanos;
        private final long[] cpu = new long[2];
        private final long[] alloc = new long[2];

        UdpPath(String ts, int size, boolean helpers) throws InterruptedException {
            org.ikelab.common.RealScheduler s1 = new org.ikelab.common.RealScheduler(l1);
            org.ikelab.common.RealScheduler s2 = new org.ikelab.common.RealScheduler(l2);
            java.net.InetSocketAddress any = new java.net.InetSocketAddress("127.0.0.1", 0);
            a = org.ikelab.link.UdpLink.bind(l1, any);
            b = org.ikelab.link.UdpLink.bind(l2, any);
            a.connectTo(b.localAddress());
            b.connectTo(a.localAddress());
            on(s1, () -> {
                Router r = new Router("R1", s1, PooledByteBufAllocator.DEFAULT, 2);
                r.setAddress("GigabitEthernet0/0", Ipv4Address.parse("10.0.0.1"), 24);
                r.setAddress("GigabitEthernet0/1", Ipv4Address.parse("10.0.1.1"), 24);
                r.setAdminUp("GigabitEthernet0/0", true);
                r.setAdminUp("GigabitEthernet0/1", true);
                r.addStaticRoute(StaticRoute.via("10.0.3.0/24", "10.0.1.2"));
                r.connect("GigabitEthernet0/1", a);
                if (helpers) r.setCryptoHelper(l2);
                if (ts != null) {
                    CryptoCompiler.install(r, load(site("10.0.1.1", "10.0.1.2", ts, "10.0.0.0", "10.0.3.0", "GigabitEthernet0/1", 2)),
                            RandomSource.seeded(1));
                }
                sock[0] = r.udpBind(Ipv4Address.parse("10.0.0.1"), 1234, d -> { });
                tid[0] = Thread.currentThread().threadId();
            });
            on(s2, () -> {
                Router r = new Router("R2", s2, PooledByteBufAllocator.DEFAULT, 2);
                r.setAddress("GigabitEthernet0/0", Ipv4Address.parse("10.0.1.2"), 24);
                r.setAddress("GigabitEthernet0/1", Ipv4Address.parse("10.0.3.1"), 24);
                r.setAdminUp("GigabitEthernet0/0", true);
                r.setAdminUp("GigabitEthernet0/1", true);
                r.addStaticRoute(StaticRoute.via("10.0.0.0/24", "10.0.1.1"));
                r.connect("GigabitEthernet0/0", b);
                r.connect("GigabitEthernet0/1", sink);
                if (helpers) r.setCryptoHelper(l1);
                if (ts != null) {
                    CryptoCompiler.install(r, load(site("10.0.1.2", "10.0.1.1", ts, "10.0.3.0", "10.0.0.0", "GigabitEthernet0/0", 2)),
                            RandomSource.seeded(2));
                }
                tid[1] = Thread.currentThread().threadId();
            });
            payload = ByteBuffer.allocate(size - 28);
            // ARP, and IKE on the ESP path, before anything is measured.
            for (int i = 0; i < 20; i++) {
                on(s1, () -> sock[0].send(dst, 9, payload.clear()));
                pause(100);
            }
            blast = new Runnable() {
                @Override
                public void run() {
                    if (stop.get()) return;
                    for (int i = 0; i < 32; i++) sock[0].send(dst, 9, payload.clear());
                    sent.lazySet(sent.get() + 32);
                    l1.execute(this);
                }
            };
        }

        /**
         * Sends as fast as R1 can for {@code seconds} (added to the figures when {@code counted}),
         * then stops and waits (at most 2 s) until the sink has seen the last datagram, so the next
         * slice, of either path, starts from the same state.
         */
        void slice(double seconds, boolean counted) {
            stop.set(false);
            l1.execute(blast);
            pause(20);
            long got0 = sink.frames.get();
            long sent0 = sent.get();
            long[] cpu0 = {MX.getThreadCpuTime(tid[0]), MX.getThreadCpuTime(tid[1])};
            long[] alloc0 = {MX.getThreadAllocatedBytes(tid[0]), MX.getThreadAllocatedBytes(tid[1])};
            long t0 = System.nanoTime();
            pause((long) (seconds * 1000));
            long t1 = System.nanoTime();
            if (counted) {
                got += sink.frames.get() - got0;
                sentCounted += sent.get() - sent0;
                nanos += t1 - t0;
                for (int t = 0; t < 2; t++) {
                    cpu[t] += MX.getThreadCpuTime(tid[t]) - cpu0[t];
                    alloc[t] += MX.getThreadAllocatedBytes(tid[t]) - alloc0[t];
                }
            }
            stop.set(true);
            long last = -1;
            for (int i = 0; i < 100 && sink.frames.get() != last; i++) {
                last = sink.frames.get();
                pause(20);
            }
        }

        /** The counted slices: delivered datagrams per second; R1's CPU and garbage per datagram sent, R2's per datagram delivered. */
        Path path() {
            long[] count = {Math.max(1, sentCounted), Math.max(1, got)};
            double[] c = new double[2];
            double[] g = new double[2];
            for (int t = 0; t < 2; t++) {
                c[t] = cpu[t] / (double) count[t];
                g[t] = alloc[t] / (double) count[t];
            }
            return new Path(nanos == 0 ? 0 : got / (nanos / 1e9), c, g);
        }

        @Override
        public void close() {
            stop.set(true);
            pause(100);
            a.close();
            b.close();
            group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    /**
     * The clear path, the ESP path {@code ts} with all crypto on the router threads, and the same
     * with each router sealing large packets on the other's loop (as a lab sets it up), measured
     * side by side in rotating slices.
     */
    static Path[] udpLinkPaths(String ts, int size, double seconds) {
        try (UdpPath clear = new UdpPath(null, size, true); UdpPath inline = new UdpPath(ts, size, false);
                UdpPath helped = new UdpPath(ts, size, true)) {
            UdpPath[] all = {clear, inline, helped};
            for (UdpPath p : all) p.slice(Math.max(0.3, seconds / 4), false);
            for (int k = 0; k < SLICES; k++) {
                for (int j = 0; j < all.length; j++) all[(j + k) % all.length].slice(seconds / SLICES, true);
            }
            return new Path[] {clear.path(), inline.path(), helped.path()};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Path none = new Path(0, new double[2], new double[2]);
            return new Path[] {none, none, none};
        }
    }

    private static void on(org.ikelab.common.RealScheduler s, Runnable r) {
        java.util.concurrent.CompletableFuture<Void> f = new java.util.concurrent.CompletableFuture<>();
        s.execute(() -> {
            r.run();
            f.complete(null);
        });
        f.orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@link Sink} for a router on its own thread, read from the main thread. */
    static final class AtomicSink implements L2Port {
        final java.util.concurrent.atomic.AtomicLong frames = new java.util.concurrent.atomic.AtomicLong();
        private final Sink inner = new Sink();

        @Override
        public void transmit(ByteBuf f) {
            long before = inner.frames;
            inner.transmit(f);
            if (inner.frames != before) frames.incrementAndGet();
        }

        @Override public void attach(L2Handler h) { inner.attach(h); }
        @Override public void detach() { inner.detach(); }
        @Override public boolean carrier() { return true; }
    }

    private static void burst(UdpSocket sock, Ipv4Address dst, ByteBuffer payload, VirtualScheduler s) {
        for (int i = 0; i < 64; i++) sock.send(dst, 9, payload.clear());
        s.runDue();
    }

    /**
     * Setups per second: {@code n} spokes each trigger main + quick mode with one hub (dynamic map),
     * all on one virtual-time thread; see {@link org.ikelab.ike.v1.IkelabHubRate}, which
     * {@code ./ikelab bench ikerate} also measures beside strongSwan.
     */
    static double setups(int group, int n) {
        org.ikelab.ike.v1.IkelabHubRate.Result r = org.ikelab.ike.v1.IkelabHubRate.measure(group, n, 0);
        if (r.up() < n) System.out.printf(Locale.ROOT, "  (only %d of %d spokes came up)%n", r.up(), n);
        return r.rate();
    }

    /** A host that answers ARP for any address and counts the rest. */
    static final class Sink implements L2Port {
        long frames;
        L2Handler handler;

        @Override
        public void transmit(ByteBuf f) {
            if (f.getShort(f.readerIndex() + 12) == EthernetFrame.TYPE_ARP) {
                ByteBuffer in = f.nioBuffer(f.readerIndex(), f.readableBytes());
                ArpPacket a = ArpPacket.parse(in, 14, in.remaining() - 14).value();
                if (a.operation() == ArpPacket.REQUEST) {
                    ByteBuf r = PooledByteBufAllocator.DEFAULT.buffer(42);
                    r.writerIndex(42);
                    ByteBuffer o = r.nioBuffer(0, 42);
                    EthernetFrame.emit(o, 0, a.senderMac(), SINK_MAC, EthernetFrame.TYPE_ARP);
                    new ArpPacket(ArpPacket.REPLY, SINK_MAC, a.targetIp(), a.senderMac(), a.senderIp()).emit(o, 14);
                    handler.frameReceived(r);
                }
            } else {
                frames++;
            }
            f.release();
        }

        @Override public void attach(L2Handler h) { handler = h; }
        @Override public void detach() { handler = null; }
        @Override public boolean carrier() { return true; }
    }
}
