package org.ikelab.router;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.wire.Ipv4Address;

/**
 * R1 Gi0/0 10.0.12.1/24 -- 10.0.12.2/24 Gi0/0 R2; R1 Lo0 1.1.1.1/32, R2 Lo0 2.2.2.2/32, a static
 * route each way; all on one virtual scheduler.
 */
class TwoRouters {
    final VirtualScheduler sched = new VirtualScheduler();
    final TrackingAllocator alloc = new TrackingAllocator();
    final Router r1 = new Router("R1", sched, alloc, 2);
    final Router r2 = new Router("R2", sched, alloc, 2);
    final TestCable cable = new TestCable();

    TwoRouters() {
        setUp(r1, "10.0.12.1", "1.1.1.1");
        setUp(r2, "10.0.12.2", "2.2.2.2");
        r1.connect("GigabitEthernet0/0", cable.a);
        r2.connect("GigabitEthernet0/0", cable.b);
        r1.addStaticRoute(StaticRoute.via("2.2.2.2/32", "10.0.12.2"));
        r2.addStaticRoute(StaticRoute.via("1.1.1.1/32", "10.0.12.1"));
        sched.runUntilIdle(1000);
    }

    private static void setUp(Router r, String addr, String loopback) {
        r.setAddress("GigabitEthernet0/0", Ipv4Address.parse(addr), 24);
        r.setAdminUp("GigabitEthernet0/0", true);
        r.addInterface("Loopback0");
        r.setAddress("Loopback0", Ipv4Address.parse(loopback), 32);
    }

    /** Runs out every timer (ARP retries, reassembly) and returns how many buffers are still unreleased. */
    long liveBuffersAfterIdle() {
        sched.advance(Duration.ofHours(5));
        return alloc.live();
    }

    PingResult ping(Router r, PingRequest req) {
        List<PingResult> out = new ArrayList<>();
        r.ping(req, out::add);
        sched.advance(Duration.ofSeconds(req.repeat() * (req.timeoutSeconds() + 1L)));
        if (out.size() != 1) throw new AssertionError("ping did not finish");
        return out.get(0);
    }
}
