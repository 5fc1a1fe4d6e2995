package org.ikelab.lab;

import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ikelab.common.RandomSource;
import org.ikelab.common.RealScheduler;
import org.ikelab.common.Scheduler;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.config.StartupStore;
import org.ikelab.lab.topology.Endpoint;
import org.ikelab.lab.topology.HostSpec;
import org.ikelab.lab.topology.ImpairSpec;
import org.ikelab.lab.topology.LinkSpec;
import org.ikelab.lab.topology.NodeSpec;
import org.ikelab.lab.topology.Topology;
import org.ikelab.link.ImpairedPort;
import org.ikelab.link.Impairment;
import org.ikelab.link.InMemoryLink;
import org.ikelab.link.NettyTransport;
import org.ikelab.link.UdpLink;
import org.ikelab.router.L2Port;

/**
 * A running lab: the routers of a topology (those of one host in a multi-host lab), cabled as the
 * topology says, on real time (routers spread over one event loop per core) or on virtual time
 * (every router on one {@link VirtualScheduler}, driven by the caller's thread).
 */
public final class Lab implements AutoCloseable {
    /** How to run: virtual time and its seed, the host whose nodes run here (null: all), where NVRAM lives. */
    public record Options(boolean virtualTime, long seed, String host, Function<NodeSpec, StartupStore> stores) {
        public static Options realTime(Function<NodeSpec, StartupStore> stores) {
            return new Options(false, 0, null, stores);
        }

        public static Options virtual(long seed, Function<NodeSpec, StartupStore> stores) {
            return new Options(true, seed, null, stores);
        }

        public Options onHost(String h) {
            return new Options(virtualTime, seed, h, stores);
        }
    }

    private static final long BOOT_TIMEOUT_SECONDS = 120;

    private final Topology topology;
    private final Options options;
    private final Map<String, RouterNode> nodes = new LinkedHashMap<>();
    private final List<LabLink> links = new ArrayList<>();
    private final VirtualScheduler sim;
    private final EventLoopGroup loops;
    private EventLoopGroup udpGroup;

    private Lab(Topology topology, Options options) {
        this.topology = topology;
        this.options = options;
        this.sim = options.virtualTime() ? new VirtualScheduler() : null;
        // Netty I/O loops (epoll where available), so a router's UDP links can live on the router's
        // own loop and its frames reach the socket without crossing threads.
        this.loops = options.virtualTime() ? null : NettyTransport.newGroup(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Builds the routers and links and boots every router from its startup-config; {@code progress}
     * gets the number of routers booted so far and the total, and each boot report line.
     */
    public static Lab start(Topology t, Options o, Progress progress) throws IOException {
        Lab lab = new Lab(t, o);
        try {
            lab.build();
            lab.boot(progress);
        } catch (IOException | RuntimeException e) {
            lab.close();
            throw e;
        }
        return lab;
    }

    /** Boot progress for the console. */
    public interface Progress {
        void booted(String node, int done, int total, List<String> report);
    }

    public Topology topology() { return topology; }
    public Map<String, RouterNode> nodes() { return nodes; }
    public List<LabLink> links() { return links; }
    public boolean virtualTime() { return sim != null; }
    /** The simulator of a virtual-time lab, or null. */
    public VirtualScheduler simulator() { return sim; }

    private void build() throws IOException {
        int index = 0;
        for (NodeSpec n : topology.nodes().values()) {
            index++;
            if (!local(n)) continue;
            io.netty.channel.EventLoop loop = sim != null ? null : loops.next();
            Scheduler s = sim != null ? sim : new RealScheduler(loop);
            RandomSource r = sim != null ? RandomSource.seeded(options.seed() * 1_000_003L + index) : RandomSource.secure();
            RouterNode node = new RouterNode(n.name(), s, options.stores().apply(n), r);
            nodes.put(n.name(), node);
            java.util.concurrent.Executor helper = loop == null ? null : siblingOf(loop);
            if (helper != null) onNode(node, () -> node.router().setCryptoHelper(helper));
        }
        int i = 0;
        for (LinkSpec l : topology.links()) {
            buildLink(l, i++);
        }
    }

    /**
     * The loop after {@code loop} in the group, where its routers seal large ESP packets (see
     * {@code Router#setCryptoHelper}), or null with a single loop: on one core a hand-over
     * would only add work.
     */
    private io.netty.channel.EventLoop siblingOf(io.netty.channel.EventLoop loop) {
        List<io.netty.channel.EventLoop> all = new ArrayList<>();
        for (io.netty.util.concurrent.EventExecutor e : loops) all.add((io.netty.channel.EventLoop) e);
        if (all.size() < 2) return null;
        return all.get((all.indexOf(loop) + 1) % all.size());
    }

    private boolean local(NodeSpec n) {
        return options.host() == null || options.host().equals(n.host());
    }

    private void buildLink(LinkSpec l, int index) throws IOException {
        RouterNode na = node(l.a());
        RouterNode nb = node(l.b());
        if (na == null && nb == null) return;  // both ends on other hosts
        Impairment imp = impairment(l.impair());
        long seed = l.impair().seed() != 0 ? l.impair().seed() : options.seed() * 7919 + index + 1;
        if (na != null && nb != null) {
            InMemoryLink cable = new InMemoryLink();
            ImpairedPort ia = imp == null ? null : new ImpairedPort(cable.a(), na.scheduler(), RandomSource.seeded(seed), imp);
            ImpairedPort ib = imp == null ? null : new ImpairedPort(cable.b(), nb.scheduler(), RandomSource.seeded(seed + 1), imp);
            L2Port pa = ia != null ? ia : cable.a();
            L2Port pb = ib != null ? ib : cable.b();
            String ifA = ((Endpoint.RouterPort) l.a()).iface();
            String ifB = ((Endpoint.RouterPort) l.b()).iface();
            LabLink link = new LabLink(l, cable, new ImpairedPort[] {ia, ib}, na, ifA, pa);
            links.add(link);
            onNode(na, () -> na.router().connect(ifA, pa));
            onNode(nb, () -> nb.router().connect(ifB, pb));
            if (l.capture() != null) onNode(na, () -> capture(link, l));
            return;
        }
        // One end here, the other on another host or outside the lab: a UDP link.
        if (sim != null) throw new IOException(topology.file() + ":" + l.line() + ": UDP links need real time (no --virtual-time)");
        boolean hereIsA = na != null;
        RouterNode here = hereIsA ? na : nb;
        Endpoint mine = hereIsA ? l.a() : l.b();
        Endpoint far = hereIsA ? l.b() : l.a();
        InetSocketAddress local;
        InetSocketAddress remote;
        if (far instanceof Endpoint.Udp u) {
            local = new InetSocketAddress(u.localHost(), u.localPort());
            remote = new InetSocketAddress(u.remoteHost(), u.remotePort());
        } else if (far instanceof Endpoint.RouterPort rp) {
            int port = topology.udpBase() + index;
            local = new InetSocketAddress(hostAddress(topology.nodes().get(((Endpoint.RouterPort) mine).node())), port);
            remote = new InetSocketAddress(hostAddress(topology.nodes().get(rp.node())), port);
        } else {
            throw new IOException(topology.file() + ":" + l.line() + ": " + far + " links are not supported by this runtime");
        }
        UdpLink udp;
        try {
            udp = UdpLink.open(udpLoopFor(here), local, remote);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while binding " + local);
        } catch (RuntimeException e) {
            throw new IOException(topology.file() + ":" + l.line() + ": cannot bind " + local + ": " + e.getMessage());
        }
        ImpairedPort ip = imp == null ? new ImpairedPort(udp, here.scheduler(), RandomSource.seeded(seed), Impairment.NONE)
                : new ImpairedPort(udp, here.scheduler(), RandomSource.seeded(seed), imp);
        String iface = ((Endpoint.RouterPort) mine).iface();
        LabLink link = new LabLink(l, null, new ImpairedPort[] {ip}, hereIsA ? here : null, iface, ip, udp);
        links.add(link);
        onNode(here, () -> here.router().connect(iface, ip));
        if (hereIsA && l.capture() != null) onNode(here, () -> capture(link, l));
    }

    /** The router's own loop when it runs on one; a shared I/O thread for virtual-time labs. */
    private EventLoopGroup udpLoopFor(RouterNode n) {
        if (n.scheduler() instanceof RealScheduler rs && rs.executor() instanceof io.netty.channel.EventLoop el) return el;
        if (udpGroup == null) udpGroup = NettyTransport.newGroup(1);
        return udpGroup;
    }

    private static void capture(LabLink link, LinkSpec l) {
        try {
            link.startCapture(l.capture());
        } catch (IOException e) {
            throw new IllegalStateException(l.capture() + ": " + e.getMessage(), e);
        }
    }

    private String hostAddress(NodeSpec n) {
        HostSpec h = n.host() == null ? null : topology.hosts().get(n.host());
        return h == null ? "127.0.0.1" : h.address();
    }

    private RouterNode node(Endpoint e) {
        return e instanceof Endpoint.RouterPort rp ? nodes.get(rp.node()) : null;
    }

    private static Impairment impairment(ImpairSpec s) {
        if (s == null || s.isNone()) return null;
        return new Impairment(s.loss(), s.delay(), s.jitter(), s.duplicate(), s.reorder());
    }

    private void boot(Progress progress) throws IOException {
        int total = nodes.size();
        int[] done = {0};
        if (sim != null) {
            for (RouterNode n : nodes.values()) {
                List<String> report = n.boot();
                progress.booted(n.name(), ++done[0], total, report);
            }
            sim.runDue();
            return;
        }
        List<CompletableFuture<List<String>>> futures = new ArrayList<>();
        for (RouterNode n : nodes.values()) futures.add(call(n, n::boot));
        int k = 0;
        for (RouterNode n : nodes.values()) {
            List<String> report = await(futures.get(k++));
            progress.booted(n.name(), ++done[0], total, report);
        }
    }

    // ------------------------------------------------------------ running work on a router's thread

    /** Runs {@code task} on the node's thread (directly in a virtual-time lab) and waits for it. */
    public void onNode(RouterNode n, Runnable task) throws IOException {
        await(call(n, () -> {
            task.run();
            return Boolean.TRUE;
        }));
    }

    /** Runs {@code task} on the node's thread and returns its result (virtual time: at once). */
    public <T> CompletableFuture<T> call(RouterNode n, Supplier<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Runnable r = () -> {
            try {
                f.complete(task.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        };
        if (sim != null) r.run();
        else n.scheduler().execute(r);
        return f;
    }

    private static <T> T await(CompletableFuture<T> f) throws IOException {
        try {
            return f.get(BOOT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("a router did not answer within " + BOOT_TIMEOUT_SECONDS + " s");
        }
    }

    /** Every router's running-config to its NVRAM, as {@code write memory} (the lab shell's "save"). */
    public void forEachNode(Consumer<RouterNode> c) {
        nodes.values().forEach(c);
    }

    @Override
    public void close() {
        for (RouterNode n : nodes.values()) {
            try {
                onNode(n, n::close);
            } catch (IOException | RuntimeException e) {
                // A router that cannot be reached while stopping has nothing left to release.
            }
        }
        for (LabLink l : links) l.close();
        if (udpGroup != null) udpGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        if (loops != null) loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
