package org.ikelab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.router.show.IpRoute;
import org.ikelab.wire.Ipv4Address;
import org.junit.jupiter.api.Test;

/**
 * Two static routes to one prefix with the same distance are both installed and share the
 * traffic per flow:
 * <pre>
 *   R0 Lo1..8 --10.0.1.0/24-- R1 --10.0.12.0/24-- R2 Lo0 9.9.9.9
 *                               \--10.0.13.0/24-- R3 Lo0 9.9.9.9
 * </pre>
 */
class EqualCostPathsTest {
    final VirtualScheduler sched = new VirtualScheduler();
    final TrackingAllocator alloc = new TrackingAllocator();
    final Router r0 = new Router("R0", sched, alloc, 1);
    final Router r1 = new Router("R1", sched, alloc, 3);
    final Router r2 = new Router("R2", sched, alloc, 1);
    final Router r3 = new Router("R3", sched, alloc, 1);
    final TestCable c01 = new TestCable();
    final TestCable c12 = new TestCable();
    final TestCable c13 = new TestCable();

    EqualCostPathsTest() {
        link(r0, "GigabitEthernet0/0", "10.0.1.2", r1, "GigabitEthernet0/0", "10.0.1.1", c01);
        link(r1, "GigabitEthernet0/1", "10.0.12.1", r2, "GigabitEthernet0/0", "10.0.12.2", c12);
        link(r1, "GigabitEthernet0/2", "10.0.13.1", r3, "GigabitEthernet0/0", "10.0.13.3", c13);
        for (int k = 1; k <= 8; k++) loopback(r0, "Loopback" + k, "172.16.0." + k);
        loopback(r2, "Loopback0", "9.9.9.9");
        loopback(r3, "Loopback0", "9.9.9.9");
        r0.addStaticRoute(StaticRoute.via("0.0.0.0/0", "10.0.1.1"));
        r1.addStaticRoute(StaticRoute.via("172.16.0.0/24", "10.0.1.2"));
        r1.addStaticRoute(StaticRoute.via("9.9.9.9/32", "10.0.12.2"));
        r1.addStaticRoute(StaticRoute.via("9.9.9.9/32", "10.0.13.3"));
        r2.addStaticRoute(StaticRoute.via("172.16.0.0/24", "10.0.12.1"));
        r3.addStaticRoute(StaticRoute.via("172.16.0.0/24", "10.0.13.1"));
        sched.runUntilIdle(1000);
    }

    private static void link(Router a, String ia, String addrA, Router b, String ib, String addrB, TestCable c) {
        a.setAddress(ia, Ipv4Address.parse(addrA), 24);
        a.setAdminUp(ia, true);
        b.setAddress(ib, Ipv4Address.parse(addrB), 24);
        b.setAdminUp(ib, true);
        a.connect(ia, c.a);
        b.connect(ib, c.b);
    }

    private static void loopback(Router r, String name, String addr) {
        r.addInterface(name);
        r.setAddress(name, Ipv4Address.parse(addr), 32);
    }

    private String ping(String source) {
        List<PingResult> out = new ArrayList<>();
        r0.ping(PingRequest.to("9.9.9.9").withRepeat(3).withSourceInterface(source), out::add);
        sched.advance(Duration.ofSeconds(30));
        return out.get(0).results();
    }

    /** Echo requests from {@code source} that R1 sent towards R2 (a) or R3 (b) on a cable. */
    private static long echoesFrom(TestCable c, String source) {
        int src = Ipv4Address.parse(source).bits();
        return c.seenAtoB.stream().filter(f -> f.length >= 34 && (f[12] & 0xff) == 0x08 && f[13] == 0 && f[23] == 1
                && java.nio.ByteBuffer.wrap(f, 26, 4).getInt() == src && (f[34] & 0xff) == 8).count();
    }

    @Test
    void showIpRouteListsBothPathsNewestFirst() {
        List<String> lines = IpRoute.body(r1.routes());
        int at = lines.indexOf("      9.0.0.0/32 is subnetted, 1 subnets");
        assertEquals("S        9.9.9.9 [1/0] via 10.0.13.3", lines.get(at + 1));
        assertEquals("                 [1/0] via 10.0.12.2", lines.get(at + 2));
        assertEquals(List.of(
                "Routing entry for 9.9.9.9/32",
                "  Known via \"static\", distance 1, metric 0",
                "  Routing Descriptor Blocks:",
                "  * 10.0.13.3",
                "      Route metric is 0, traffic share count is 1",
                "    10.0.12.2",
                "      Route metric is 0, traffic share count is 1"), IpRoute.entry(r1.lookupPaths(Ipv4Address.parse("9.9.9.9"))));
    }

    @Test
    void flowsShareThePathsAndEachFlowKeepsItsPath() {
        for (int k = 1; k <= 8; k++) assertEquals("!!!", ping("Loopback" + k), "from Loopback" + k);
        int viaR2 = 0;
        int viaR3 = 0;
        for (int k = 1; k <= 8; k++) {
            String src = "172.16.0." + k;
            long a = echoesFrom(c12, src);
            long b = echoesFrom(c13, src);
            assertTrue((a == 3 && b == 0) || (a == 0 && b == 3), src + " split its echoes: " + a + "/" + b);
            if (a == 3) viaR2++; else viaR3++;
        }
        assertTrue(viaR2 > 0 && viaR3 > 0, "8 flows all took one path: " + viaR2 + "/" + viaR3);
    }

    @Test
    void removingOnePathLeavesTheOther() {
        r1.removeStaticRoute(StaticRoute.via("9.9.9.9/32", "10.0.13.3"));
        assertEquals(1, r1.lookupPaths(Ipv4Address.parse("9.9.9.9")).size());
        for (int k = 1; k <= 4; k++) assertEquals("!!!", ping("Loopback" + k));
        for (int k = 1; k <= 4; k++) assertEquals(0, echoesFrom(c13, "172.16.0." + k));
    }

    @Test
    void aLowerDistanceRouteWinsOverTheEqualPair() {
        r1.addStaticRoute(new StaticRoute(org.ikelab.wire.Ipv4Prefix.parse("9.9.9.9/32"), Ipv4Address.parse("10.0.13.3"), null, 1));
        r1.addStaticRoute(new StaticRoute(org.ikelab.wire.Ipv4Prefix.parse("9.9.9.0/24"), Ipv4Address.parse("10.0.12.2"), null, 5));
        r1.addStaticRoute(new StaticRoute(org.ikelab.wire.Ipv4Prefix.parse("9.9.9.0/24"), Ipv4Address.parse("10.0.13.3"), null, 7));
        assertEquals(1, r1.lookupPaths(Ipv4Address.parse("9.9.9.1")).size());
        assertEquals(5, r1.lookupPaths(Ipv4Address.parse("9.9.9.1")).get(0).distance());
    }
}
