package org.ikelab.ike.v1;

import io.netty.buffer.PooledByteBufAllocator;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ikelab.common.Clock;
import org.ikelab.common.RealScheduler;
import org.ikelab.common.Scheduler;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.config.IfName;
import org.ikelab.config.InterfaceConfig;
import org.ikelab.config.RouterConfig;
import org.ikelab.config.crypto.apply.CryptoCompiler;
import org.ikelab.link.InMemoryLink;
import org.ikelab.parse.CommandRegistry;
import org.ikelab.parse.ConfigCommands;
import org.ikelab.parse.ConfigLoader;
import org.ikelab.parse.CryptoCommands;
import org.ikelab.router.Router;
import org.ikelab.router.StaticRoute;
import org.ikelab.router.UdpSocket;
import org.ikelab.router.crypto.CryptoEngine;
import org.ikelab.wire.Ipv4Address;

/**
 * ikelab's IKEv1 setup rate: {@code n} spoke routers, each with a static crypto map toward one hub
 * with a dynamic crypto map, IKEv1 main mode (pre-shared key, AES-128/SHA-1, the given DH group)
 * plus quick mode (ESP AES-128/SHA-1 tunnel, no PFS), each spoke protecting its own 172.16.i.0/24
 * toward the hub's 192.168.0.0/24. All routers run on ONE virtual-time thread (the calling
 * thread), so the figure is the CPU cost of both ends of every setup on one core. The clock starts
 * when the first packet is handed to the spokes and stops when the hub holds {@code n} ISAKMP SAs
 * with an installed IPsec SA pair, as the strongSwan measurement stops when its hub reports
 * {@code n} installed CHILD_SAs.
 */
public final class IkelabHubRate {
    private IkelabHubRate() {
    }

    /** Result of one measurement: setups that completed and the wall time they took. */
    public record Result(int up, int n, double seconds, double cpuSeconds) {
        public double rate() { return up / seconds; }
        /** Setups per second of CPU time of the whole JVM (GC and compiler threads included). */
        public double cpuRate() { return up / cpuSeconds; }
    }


    /** Brings up {@code n} spokes against one hub with DH group {@code group}; seeds derive from {@code seed}. */
    public static Result measure(int group, int n, long seed) {
        VirtualScheduler s = new VirtualScheduler();
        Hub hub = hub(s, group, n, seed);
        List<Spoke> spokes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Spoke sp = spoke(s, i, group, seed);
            InMemoryLink link = new InMemoryLink();
            hub.router.connect("GigabitEthernet0/" + i, link.a());
            sp.router.connect("GigabitEthernet0/0", link.b());
            spokes.add(sp);
        }
        s.advance(Duration.ofSeconds(1));
        // ARP between hub and spokes first, so the measured time is IKE.
        for (Spoke sp : spokes) sp.router.sourceAddressFor(HUB_LAN);
        s.advance(Duration.ofSeconds(1));
        long cpu0 = CpuTime.selfNanos();
        long start = System.nanoTime();
        for (Spoke sp : spokes) sp.trigger();
        int up = 0;
        // Bounded: at most 100 s of virtual time (IKE retransmits included).
        for (int step = 0; step < 10_000 && up < n; step++) {
            s.advance(Duration.ofMillis(10));
            up = hub.up();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(up, n, seconds, (CpuTime.selfNanos() - cpu0) / 1e9);
    }

    /**
     * The same topology on two real threads, as ikelab runs routers (one event loop per core,
     * ARCHITECTURE decision 1): the hub on one, the {@code n} spokes on the other, in-memory links
     * between them. Time is real, so IKE's timers run on the wall clock.
     */
    public static Result measureThreaded(int group, int n, long seed) throws InterruptedException {
        RealScheduler hubThread = RealScheduler.newThread("bench-hub");
        RealScheduler spokeThread = RealScheduler.newThread("bench-spokes");
        try {
            Hub hub = on(hubThread, () -> hub(hubThread, group, n, seed));
            List<Spoke> spokes = on(spokeThread, () -> {
                List<Spoke> l = new ArrayList<>();
                for (int i = 0; i < n; i++) l.add(spoke(spokeThread, i, group, seed));
                return l;
            });
            List<InMemoryLink> links = new ArrayList<>();
            for (int i = 0; i < n; i++) links.add(new InMemoryLink());
            on(hubThread, () -> {
                for (int i = 0; i < n; i++) hub.router.connect("GigabitEthernet0/" + i, links.get(i).a());
                return null;
            });
            on(spokeThread, () -> {
                for (int i = 0; i < n; i++) spokes.get(i).router.connect("GigabitEthernet0/0", links.get(i).b());
                return null;
            });
            Thread.sleep(200);
            on(spokeThread, () -> {
                for (Spoke sp : spokes) sp.router.sourceAddressFor(HUB_LAN);
                return null;
            });
            Thread.sleep(300);
            long cpu0 = CpuTime.selfNanos();
            long start = System.nanoTime();
            on(spokeThread, () -> {
                for (Spoke sp : spokes) sp.trigger();
                return null;
            });
            int up = 0;
            long deadline = start + 30_000_000_000L;
            while (up < n && System.nanoTime() < deadline) {
                Thread.sleep(0, 200_000);
                up = on(hubThread, hub::up);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(up, n, seconds, (CpuTime.selfNanos() - cpu0) / 1e9);
        } finally {
            hubThread.executor().shutdownNow();
            spokeThread.executor().shutdownNow();
            hubThread.executor().awaitTermination(5, TimeUnit.SECONDS);
            spokeThread.executor().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static final Ipv4Address HUB_LAN = Ipv4Address.parse("192.168.0.1");

    private record Hub(Router router, CryptoEngine engine) {
        /** ISAKMP SAs at the hub with an installed IPsec SA pair. */
        int up() {
            int up = 0;
            for (var sa : engine.daemon().sas()) if (!sa.children().isEmpty()) up++;
            return up;
        }
    }

    private record Spoke(Router router, UdpSocket socket) {
        /** A datagram toward the hub's LAN: the crypto map ACL matches it and starts IKE. */
        void trigger() {
            socket.send(HUB_LAN, 9, ByteBuffer.allocate(8));
        }
    }

    private static <T> T on(RealScheduler s, java.util.concurrent.Callable<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        s.execute(() -> {
            try {
                f.complete(task.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.orTimeout(30, TimeUnit.SECONDS).join();
    }

    private static Hub hub(Scheduler s, int group, int n, long seed) {
        Router hub = new Router("HUB", s, PooledByteBufAllocator.DEFAULT, n);
        String hubCfg = """
                crypto isakmp policy 10
                 encr aes
                 authentication pre-share
                 group %d
                crypto isakmp key BENCH address 0.0.0.0
                crypto ipsec transform-set TS esp-aes esp-sha-hmac
                crypto dynamic-map DYN 10
                 set transform-set TS
                crypto map CM 65535 ipsec-isakmp dynamic DYN
                """.formatted(group);
        for (int i = 0; i < n; i++) {
            String ifName = "GigabitEthernet0/" + i;
            hub.setAddress(ifName, Ipv4Address.parse(hubAddr(i)), 24);
            hub.setAdminUp(ifName, true);
        }
        hub.addInterface("Loopback0");
        hub.setAddress("Loopback0", HUB_LAN, 24);
        // IOSv has four ports, so the parser stops at Gi0/3: the hub's many interfaces are added to the model directly.
        RouterConfig hc = load(hubCfg);
        for (int i = 0; i < n; i++) {
            String addr = hubAddr(i);
            hc.put(InterfaceConfig.fresh(IfName.gi("0/" + i)).with(b -> {
                b.address = addr;
                b.mask = "255.255.255.0";
                b.shutdown = false;
                b.cryptoMap = "CM";
            }));
        }
        return new Hub(hub, CryptoCompiler.install(hub, hc, RandomSource.seeded(seed + 7)));
    }

    private static String hubAddr(int i) {
        return "10." + (1 + i / 250) + "." + (i % 250) + ".1";
    }

    private static Spoke spoke(Scheduler s, int i, int group, long seed) {
        String hubAddr = hubAddr(i);
        String spokeAddr = "10." + (1 + i / 250) + "." + (i % 250) + ".2";
        String lan = "172." + (16 + i / 256) + "." + (i % 256);
        Router sp = new Router("S" + i, s, PooledByteBufAllocator.DEFAULT, 1);
        sp.setAddress("GigabitEthernet0/0", Ipv4Address.parse(spokeAddr), 24);
        sp.setAdminUp("GigabitEthernet0/0", true);
        sp.addInterface("Loopback0");
        sp.setAddress("Loopback0", Ipv4Address.parse(lan + ".1"), 24);
        sp.addStaticRoute(StaticRoute.via("192.168.0.0/24", hubAddr));
        CryptoCompiler.install(sp, load(spoke(spokeAddr, hubAddr, lan + ".0", group)), RandomSource.seeded(seed + 100 + i));
        return new Spoke(sp, sp.udpBind(Ipv4Address.parse(lan + ".1"), 1234, d -> { }));
    }

    private static String spoke(String self, String peer, String lan, int group) {
        return """
                crypto isakmp policy 10
                 encr aes
                 authentication pre-share
                 group %4$d
                crypto isakmp key BENCH address %2$s
                crypto ipsec transform-set TS esp-aes esp-sha-hmac
                access-list 100 permit ip %3$s 0.0.0.255 192.168.0.0 0.0.0.255
                crypto map CM 10 ipsec-isakmp
                 set peer %2$s
                 set transform-set TS
                 match address 100
                interface GigabitEthernet0/0
                 ip address %1$s 255.255.255.0
                 crypto map CM
                """.formatted(self, peer, lan, group);
    }

    private static RouterConfig load(String text) {
        CommandRegistry r = new CommandRegistry();
        ConfigCommands.register(r);
        CryptoCommands.register(r);
        RouterConfig c = new RouterConfig();
        List<ConfigLoader.Problem> p = ConfigLoader.load(text, c, r, Clock.SYSTEM, RandomSource.seeded(1));
        if (!p.isEmpty()) throw new IllegalStateException(p.toString());
        return c;
    }
}
