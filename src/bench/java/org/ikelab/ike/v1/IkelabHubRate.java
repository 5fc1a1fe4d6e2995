package org.ikelab.ike.v1;

import io.netty.buffer.PooledByteBufAllocator;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.Clock;
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
        List<Router> spokes = new ArrayList<>();
        List<UdpSocket> socks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String ifName = "GigabitEthernet0/" + i;
            String hubAddr = "10." + (1 + i / 250) + "." + (i % 250) + ".1";
            String spokeAddr = "10." + (1 + i / 250) + "." + (i % 250) + ".2";
            String lan = "172." + (16 + i / 256) + "." + (i % 256);
            hub.setAddress(ifName, Ipv4Address.parse(hubAddr), 24);
            hub.setAdminUp(ifName, true);
            Router sp = new Router("S" + i, s, PooledByteBufAllocator.DEFAULT, 1);
            sp.setAddress("GigabitEthernet0/0", Ipv4Address.parse(spokeAddr), 24);
            sp.setAdminUp("GigabitEthernet0/0", true);
            sp.addInterface("Loopback0");
            sp.setAddress("Loopback0", Ipv4Address.parse(lan + ".1"), 24);
            sp.addStaticRoute(StaticRoute.via("192.168.0.0/24", hubAddr));
            InMemoryLink.cable(hub, ifName, sp, "GigabitEthernet0/0");
            CryptoCompiler.install(sp, load(spoke(spokeAddr, hubAddr, lan + ".0", group)), RandomSource.seeded(seed + 100 + i));
            spokes.add(sp);
            socks.add(sp.udpBind(Ipv4Address.parse(lan + ".1"), 1234, d -> { }));
        }
        hub.addInterface("Loopback0");
        hub.setAddress("Loopback0", Ipv4Address.parse("192.168.0.1"), 24);
        // IOSv has four ports, so the parser stops at Gi0/3: the hub's many interfaces are added to the model directly.
        RouterConfig hc = load(hubCfg);
        for (int i = 0; i < n; i++) {
            String addr = "10." + (1 + i / 250) + "." + (i % 250) + ".1";
            hc.put(InterfaceConfig.fresh(IfName.gi("0/" + i)).with(b -> {
                b.address = addr;
                b.mask = "255.255.255.0";
                b.shutdown = false;
                b.cryptoMap = "CM";
            }));
        }
        CryptoEngine hubEngine = CryptoCompiler.install(hub, hc, RandomSource.seeded(seed + 7));
        s.advance(Duration.ofSeconds(1));
        // ARP between hub and spokes first, so the measured time is IKE.
        for (Router sp : spokes) sp.sourceAddressFor(Ipv4Address.parse("192.168.0.1"));
        s.advance(Duration.ofSeconds(1));
        long cpu0 = CpuTime.selfNanos();
        long start = System.nanoTime();
        for (UdpSocket u : socks) u.send(Ipv4Address.parse("192.168.0.1"), 9, ByteBuffer.allocate(8));
        int up = 0;
        // Bounded: at most 100 s of virtual time (IKE retransmits included).
        for (int step = 0; step < 10_000 && up < n; step++) {
            s.advance(Duration.ofMillis(10));
            up = 0;
            for (var sa : hubEngine.daemon().sas()) if (!sa.children().isEmpty()) up++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(up, n, seconds, (CpuTime.selfNanos() - cpu0) / 1e9);
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
