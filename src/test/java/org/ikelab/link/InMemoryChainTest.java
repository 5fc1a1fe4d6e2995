package org.ikelab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.router.DropReason;
import org.ikelab.router.PingListener;
import org.ikelab.router.PingRequest;
import org.ikelab.router.PingResult;
import org.ikelab.router.Router;
import org.ikelab.router.TracerouteHop;
import org.ikelab.router.TracerouteListener;
import org.ikelab.router.TracerouteRequest;
import org.ikelab.wire.Ipv4Address;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Five routers on in-memory links, all on one virtual-time scheduler: deterministic runs. */
class InMemoryChainTest {
    VirtualScheduler sched;
    Chain chain;

    @BeforeEach
    void setUp() {
        sched = new VirtualScheduler();
        chain = new Chain(5, (i, n) -> sched, i -> {
            InMemoryLink l = new InMemoryLink();
            return new org.ikelab.router.L2Port[] {l.a(), l.b()};
        });
        sched.runUntilIdle(10_000);
    }

    PingResult ping(Router r, PingRequest req) {
        PingResult[] out = new PingResult[1];
        r.ping(req, new PingListener() {
            @Override public void done(PingResult result) { out[0] = result; }
        });
        sched.advance(Duration.ofSeconds(req.repeat() * (req.timeoutSeconds() + 1L)));
        assertNotNull(out[0], "ping finished");
        return out[0];
    }

    List<TracerouteHop> trace(Router r, TracerouteRequest req) {
        List<List<TracerouteHop>> out = new ArrayList<>();
        r.traceroute(req, (TracerouteListener) (hops, reached) -> out.add(hops));
        sched.advance(Duration.ofSeconds(200));
        assertEquals(1, out.size(), "traceroute finished");
        return out.get(0);
    }

    @Test
    void interfacesComeUpWithIosLogMessages() {
        sched.advance(Duration.ofSeconds(2));
        assertTrue(chain.log.contains("R1 *Jan  1 00:00:00.000: %LINEPROTO-5-UPDOWN: Line protocol on Interface Loopback0, changed state to up"),
                () -> String.join("\n", chain.log));
        assertTrue(chain.log.contains("R2 *Jan  1 00:00:00.000: %LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to up"));
        // The line protocol message follows the link's one second later, as on IOS.
        assertTrue(chain.log.contains("R2 *Jan  1 00:00:01.000: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to up"),
                () -> String.join("\n", chain.log));
        assertTrue(chain.r(3).iface("GigabitEthernet0/1").lineProtocolUp());
    }

    @Test
    void pingAcrossFiveRoutersFromLoopback() {
        PingResult r = ping(chain.r(1), PingRequest.to("5.5.5.5").withSourceInterface("Loopback0"));
        assertEquals("!!!!!", r.results());
        assertEquals(100, r.successPercent());
        assertEquals(Ipv4Address.parse("1.1.1.1"), r.source());
        assertEquals(0, chain.r(3).drops().total(), () -> chain.r(3).drops().snapshot().toString());
    }

    @Test
    void pingWithoutRouteTimesOut() {
        PingResult r = ping(chain.r(1), PingRequest.to("192.0.2.1").withRepeat(3));
        // R1 has no route at all: nothing leaves, every echo times out.
        assertEquals("...", r.results());
        assertEquals(3, chain.r(1).drops().get(DropReason.NO_ROUTE));
    }

    @Test
    void unreachableFromTheMiddleIsU() {
        chain.r(1).addStaticRoute(org.ikelab.router.StaticRoute.via("198.51.100.0/24", "10.0.1.2"));
        PingResult r = ping(chain.r(1), PingRequest.to("198.51.100.1"));
        // R2 answers host unreachable, rate-limited to one per 500 ms: each U ends a probe at once,
        // so the next echo within 500 ms times out.
        assertEquals("U.U.U", r.results());
        assertEquals(5, chain.r(2).drops().get(DropReason.NO_ROUTE));
    }

    @Test
    void tracerouteListsEveryHopAndEndsAtTheLoopback() {
        List<TracerouteHop> hops = trace(chain.r(1), TracerouteRequest.to("5.5.5.5"));
        assertEquals(4, hops.size());
        assertEquals(Ipv4Address.parse("10.0.1.2"), hops.get(0).probes().get(0).from());
        assertEquals(Ipv4Address.parse("10.0.2.2"), hops.get(1).probes().get(0).from());
        assertEquals(Ipv4Address.parse("10.0.3.2"), hops.get(2).probes().get(0).from());
        TracerouteHop last = hops.get(3);
        assertEquals(Ipv4Address.parse("5.5.5.5"), last.probes().get(0).from());
        // The port unreachable of probe 2 falls inside the 500 ms rate limit: "*", as on IOS.
        assertTrue(last.probes().get(1).timedOut());
        assertEquals(Ipv4Address.parse("5.5.5.5"), last.probes().get(2).from());
    }

    @Test
    void ttlExpiryIsCountedWhereItHappens() {
        List<TracerouteHop> hops = trace(chain.r(1), TracerouteRequest.to("5.5.5.5").withMaxTtl(2));
        assertEquals(2, hops.size());
        assertEquals(3, chain.r(2).drops().get(DropReason.TTL_EXPIRED));
        assertEquals(3, chain.r(3).drops().get(DropReason.TTL_EXPIRED));
    }

    @Test
    void linkDownTakesTheRouteAway() {
        assertNotNull(chain.r(2).lookup(Ipv4Address.parse("5.5.5.5")));
        chain.r(2).setAdminUp("GigabitEthernet0/1", false);
        sched.runUntilIdle(1000);
        assertTrue(chain.log.stream().anyMatch(l -> l.endsWith("%LINK-5-CHANGED: Interface GigabitEthernet0/1, changed state to administratively down")));
        assertTrue(chain.log.stream().anyMatch(l -> l.startsWith("R3 ") && l.endsWith("%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down")));
        assertEquals(null, chain.r(2).lookup(Ipv4Address.parse("5.5.5.5")));
        PingResult r = ping(chain.r(1), PingRequest.to("5.5.5.5").withRepeat(2));
        assertEquals("U.", r.results());
    }

    /** 3000-byte echos leave R1 as 1500-byte fragments, which R3 cuts again for a 576-byte link. */
    @Test
    void fragmentsAreFragmentedAgainOnASmallMtuLink() {
        chain.r(3).setMtu("GigabitEthernet0/1", 576);
        chain.r(4).setMtu("GigabitEthernet0/0", 576);
        PingResult r = ping(chain.r(1), PingRequest.to("5.5.5.5").withSize(3000).withSourceInterface("Loopback0"));
        assertEquals("!!!!!", r.results());
        // Each way: 3 fragments at 1500 become 2 + 2 + 1... counted on R3's small link as frames out.
        assertTrue(chain.r(3).iface("GigabitEthernet0/1").counters().packetsOut() >= 5 * 6);
        PingResult df = ping(chain.r(1), PingRequest.to("5.5.5.5").withSize(1000).withDfBit(true).withRepeat(2));
        assertEquals("MM", df.results());
        assertEquals(2, chain.r(3).drops().get(DropReason.NEEDS_FRAGMENTATION));
    }
}
