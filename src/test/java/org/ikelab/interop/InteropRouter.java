package org.ikelab.interop;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.ikelab.cli.show.crypto.ShowCryptoIpsecSa;
import org.ikelab.cli.show.crypto.ShowCryptoIsakmpSa;
import org.ikelab.common.RandomSource;
import org.ikelab.common.RealScheduler;
import org.ikelab.config.RouterConfig;
import org.ikelab.config.crypto.apply.CryptoCompiler;
import org.ikelab.link.PcapCapture;
import org.ikelab.link.TunTapBridge;
import org.ikelab.parse.CommandRegistry;
import org.ikelab.parse.ConfigCommands;
import org.ikelab.parse.ConfigLoader;
import org.ikelab.parse.CryptoCommands;
import org.ikelab.router.PingRequest;
import org.ikelab.router.PingResult;
import org.ikelab.router.Router;
import org.ikelab.router.StaticRoute;
import org.ikelab.router.crypto.CryptoEngine;
import org.ikelab.router.crypto.CryptoStatus;
import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.pcap.PcapWriter;

/**
 * A whole ikelab router "R1" on its own real-time event loop for the strongSwan interop tests:
 * Gi0/0 ({@code ours}/24) bridged to the TUN device of a {@link StrongSwanPeer#withTun} namespace,
 * Loopback0 192.168.1.1/24 the protected network, a static route to charon's 192.168.2.0/24, and
 * the crypto part from an IOS configuration. Our key log is collected for tshark. As in a lab on
 * two cores, R1 seals its outbound ESP packets of 512 bytes and more on a helper thread, so
 * charon checks those too.
 */
public final class InteropRouter implements AutoCloseable {
    private final RealScheduler loop;
    /** A second thread, where R1 seals its large ESP packets as a lab router does on a sibling loop. */
    private final RealScheduler helper = RealScheduler.newThread("R1-interop-crypto");
    private final TunTapBridge tun;
    private final List<String> espSa = new CopyOnWriteArrayList<>();
    private final List<String> ikeKeys = new CopyOnWriteArrayList<>();
    private Router router;
    private CryptoEngine engine;
    private boolean closed;

    private InteropRouter(RealScheduler loop, TunTapBridge tun) {
        this.loop = loop;
        this.tun = tun;
    }

    /**
     * The IOS configuration of the classic crypto-map lab toward charon at {@code theirs}: ISAKMP
     * policy 10 from {@code policyLines} (e.g. {@code " encryption aes\n group 2\n"}; pre-share is
     * added), key cisco123, transform-set TS {@code transformSet}, map CM 10 with {@code mapExtra}
     * lines, {@code globalExtra} global lines, the map on Gi0/0 at {@code ours}.
     */
    public static String config(String theirs, String ours, String policyLines, String transformSet, String mapExtra,
            String globalExtra) {
        return """
                crypto isakmp policy 10
                %6$s authentication pre-share
                crypto isakmp key cisco123 address %1$s
                %4$s
                crypto ipsec transform-set TS %2$s
                access-list 100 permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255
                crypto map CM 10 ipsec-isakmp
                 set peer %1$s
                 set transform-set TS
                 match address 100
                %3$s
                interface GigabitEthernet0/0
                 ip address %5$s 255.255.255.0
                 crypto map CM
                """.formatted(theirs, transformSet, mapExtra, globalExtra, ours, policyLines);
    }

    /** Starts the router on {@code dev} in namespace {@code ns} with {@code iosConfig}; {@code capture} may be null. */
    public static InteropRouter start(String ns, String dev, String ours, String theirs, String iosConfig, PcapWriter capture)
            throws Exception {
        RealScheduler loop = RealScheduler.newThread("R1-interop");
        TunTapBridge tun;
        try {
            tun = TunTapBridge.open(dev, TunTapBridge.Mode.TUN, ns);
        } catch (Exception | Error e) {
            loop.executor().shutdownNow();
            throw e;
        }
        InteropRouter r = new InteropRouter(loop, tun);
        try {
            r.onLoop(() -> {
                r.router = new Router("R1", loop);
                r.router.setCryptoHelper(r.helper.executor());
                r.router.setAddress("GigabitEthernet0/0", Ipv4Address.parse(ours), 24);
                r.router.setAdminUp("GigabitEthernet0/0", true);
                r.router.addInterface("Loopback0");
                r.router.setAddress("Loopback0", Ipv4Address.parse("192.168.1.1"), 24);
                r.router.addStaticRoute(StaticRoute.via("192.168.2.0/24", theirs));
                r.router.connect("GigabitEthernet0/0", capture == null ? tun : new PcapCapture(tun, capture));
                RouterConfig c = new RouterConfig();
                CommandRegistry reg = new CommandRegistry();
                ConfigCommands.register(reg);
                CryptoCommands.register(reg);
                List<ConfigLoader.Problem> p = ConfigLoader.load(iosConfig, c, reg, loop.clock(), RandomSource.seeded(1));
                if (!p.isEmpty()) throw new AssertionError(p.toString());
                r.engine = CryptoCompiler.install(r.router, c, RandomSource.secure());
                r.engine.keyLog(r.espSa::add, r.ikeKeys::add);
                return null;
            });
        } catch (Exception | Error e) {
            r.close();
            throw e;
        }
        return r;
    }

    /** Runs {@code task} on the router's event loop and waits (bounded) for its result. */
    public <T> T onLoop(Callable<T> task) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                f.complete(task.call());
            } catch (Exception | AssertionError e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(20, TimeUnit.SECONDS);
    }

    public RealScheduler loop() {
        return loop;
    }

    public CryptoEngine engine() {
        return engine;
    }

    /** Our {@code esp_sa} lines for Wireshark, one per SA installed so far. */
    public List<String> espSa() {
        return espSa;
    }

    /** Our {@code ikev1_decryption_table} lines for Wireshark. */
    public List<String> ikeKeys() {
        return ikeKeys;
    }

    /** {@code ping 192.168.2.2 source 192.168.1.1 repeat N timeout T}: the IOS result string ("!!.!!"). */
    public String ping(int repeat, int timeoutSeconds) throws Exception {
        CompletableFuture<PingResult> f = new CompletableFuture<>();
        loop.execute(() -> router.ping(PingRequest.to("192.168.2.2").withRepeat(repeat).withTimeout(timeoutSeconds)
                .withSource(Ipv4Address.parse("192.168.1.1")), f::complete));
        return f.get(repeat * (long) timeoutSeconds + 20, TimeUnit.SECONDS).results();
    }

    /** {@code ping 192.168.2.2 source 192.168.1.1 repeat N size S} (S the IP datagram size, as on IOS), 2 s timeout. */
    public String pingSized(int repeat, int size) throws Exception {
        CompletableFuture<PingResult> f = new CompletableFuture<>();
        loop.execute(() -> router.ping(PingRequest.to("192.168.2.2").withRepeat(repeat).withTimeout(2).withSize(size)
                .withSource(Ipv4Address.parse("192.168.1.1")), f::complete));
        return f.get(repeat * 2L + 20, TimeUnit.SECONDS).results();
    }

    /**
     * Lets our router initiate: single echoes (1 s timeout) until one comes back through the
     * tunnel, at most 10. The first is lost while IKE runs, as on IOS ({@code .!!!!}).
     */
    public boolean bringUp() throws Exception {
        for (int i = 0; i < 10; i++) {
            if (ping(1, 1).equals("!")) return true;
        }
        return false;
    }

    /** {@code show crypto ipsec sa}, as the CLI prints it. */
    public String showIpsecSa() throws Exception {
        return onLoop(() -> ShowCryptoIpsecSa.format(new CryptoStatus(engine).ipsecSas()));
    }

    /** {@code show crypto isakmp sa}, as the CLI prints it. */
    public String showIsakmpSa() throws Exception {
        return onLoop(() -> ShowCryptoIsakmpSa.format(new CryptoStatus(engine).isakmpSas()));
    }

    /** {@code show crypto isakmp sa detail}, as the CLI prints it. */
    public String showIsakmpSaDetail() throws Exception {
        return onLoop(() -> ShowCryptoIsakmpSa.formatDetail(new CryptoStatus(engine).isakmpSas()));
    }

    /** Stops the loop and closes the TUN device (charon's side of it stays in its namespace); once. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        tun.close();
        loop.executor().shutdownNow();
        helper.executor().shutdownNow();
    }
}
