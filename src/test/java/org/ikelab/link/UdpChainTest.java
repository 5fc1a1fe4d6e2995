package org.ikelab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ikelab.common.RealScheduler;
import org.ikelab.router.L2Port;
import org.ikelab.router.PingRequest;
import org.ikelab.router.PingResult;
import org.ikelab.router.Router;
import org.ikelab.router.TracerouteHop;
import org.ikelab.router.TracerouteRequest;
import org.ikelab.wire.Ipv4Address;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The five-router chain on real threads, each link a pair of UDP sockets on 127.0.0.1. */
@Timeout(60)
class UdpChainTest {
    final EventLoopGroup group = NettyTransport.newGroup(1);
    final List<UdpLink> links = new ArrayList<>();
    final List<RealScheduler> schedulers = new ArrayList<>();

    @AfterEach
    void tearDown() {
        for (UdpLink l : links) l.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        for (RealScheduler s : schedulers) s.executor().shutdownNow();
    }

    Chain build() throws Exception {
        List<L2Port[]> ends = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UdpLink a = UdpLink.bind(group, new InetSocketAddress("127.0.0.1", 0));
            UdpLink b = UdpLink.bind(group, new InetSocketAddress("127.0.0.1", 0));
            a.connectTo(b.localAddress());
            b.connectTo(a.localAddress());
            links.add(a);
            links.add(b);
            ends.add(new L2Port[] {a, b});
        }
        return new Chain(5, (i, n) -> {
            RealScheduler s = RealScheduler.newThread("R" + i);
            schedulers.add(s);
            return s;
        }, ends::get);
    }

    static <T> T onRouter(Router r, java.util.function.Consumer<CompletableFuture<T>> task) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        r.scheduler().execute(() -> task.accept(f));
        return f.get(40, TimeUnit.SECONDS);
    }

    @Test
    void pingAndTracerouteOverUdpLinks() throws Exception {
        Chain c = build();
        Router r1 = c.r(1);
        PingResult p = onRouter(r1, f -> r1.ping(PingRequest.to("5.5.5.5").withSourceInterface("Loopback0").withRepeat(10), f::complete));
        assertEquals("!!!!!!!!!!", p.results());
        List<TracerouteHop> hops = onRouter(r1, f -> r1.traceroute(TracerouteRequest.to("5.5.5.5"), (h, reached) -> f.complete(h)));
        assertEquals(4, hops.size());
        assertEquals(Ipv4Address.parse("10.0.3.2"), hops.get(2).probes().get(0).from());
        assertEquals(Ipv4Address.parse("5.5.5.5"), hops.get(3).probes().get(0).from());
        PingResult big = onRouter(r1, f -> r1.ping(PingRequest.to("5.5.5.5").withSize(4000).withRepeat(3), f::complete));
        assertEquals("!!!", big.results());
    }
}
