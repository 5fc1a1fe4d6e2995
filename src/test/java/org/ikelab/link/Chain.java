package org.ikelab.link;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.ikelab.common.Scheduler;
import org.ikelab.router.L2Port;
import org.ikelab.router.Router;
import org.ikelab.router.StaticRoute;
import org.ikelab.wire.Ipv4Address;

/**
 * Test topology: routers R1..Rn in a line. Ri Gi0/1 (10.0.i.1/24) is cabled to R(i+1) Gi0/0
 * (10.0.i.2/24); Ri has Loopback0 i.i.i.i/32. Static routes: every router reaches every other
 * link and loopback through its neighbour on that side.
 */
final class Chain {
    final List<Router> routers = new ArrayList<>();
    final List<String> log = new ArrayList<>();

    /** {@code cable} makes the two ports of the link between routers i and i+1 (0-based i). */
    Chain(int n, BiFunction<Integer, Integer, Scheduler> schedulerFor, CableFactory cable) {
        for (int i = 1; i <= n; i++) {
            Router r = new Router("R" + i, schedulerFor.apply(i, n));
            int k = i;
            r.setLogListener(line -> log.add("R" + k + " " + line));
            r.addInterface("Loopback0");
            r.setAddress("Loopback0", Ipv4Address.parse(i + "." + i + "." + i + "." + i), 32);
            if (i > 1) {
                r.setAddress("GigabitEthernet0/0", Ipv4Address.parse("10.0." + (i - 1) + ".2"), 24);
                r.setAdminUp("GigabitEthernet0/0", true);
            }
            if (i < n) {
                r.setAddress("GigabitEthernet0/1", Ipv4Address.parse("10.0." + i + ".1"), 24);
                r.setAdminUp("GigabitEthernet0/1", true);
            }
            routers.add(r);
        }
        for (int i = 0; i < n - 1; i++) {
            L2Port[] ends = cable.make(i);
            routers.get(i).connect("GigabitEthernet0/1", ends[0]);
            routers.get(i + 1).connect("GigabitEthernet0/0", ends[1]);
        }
        for (int i = 1; i <= n; i++) {
            Router r = routers.get(i - 1);
            for (int j = 1; j <= n; j++) {
                if (j == i) continue;
                String via = j < i ? "10.0." + (i - 1) + ".1" : "10.0." + i + ".2";
                r.addStaticRoute(StaticRoute.via(j + "." + j + "." + j + "." + j + "/32", via));
                if (j < n && j != i && j != i - 1) r.addStaticRoute(StaticRoute.via("10.0." + j + ".0/24", via));
            }
        }
    }

    Router r(int i) {
        return routers.get(i - 1);
    }

    @FunctionalInterface
    interface CableFactory {
        L2Port[] make(int index);
    }
}
