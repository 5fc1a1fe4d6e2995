package org.ikelab.router.show;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ikelab.router.RouteEntry;
import org.ikelab.router.RouteSource;
import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.Ipv4Prefix;

/**
 * {@code show ip route} (reference §4.14, IOS 15.4+ legend): routes grouped under their classful
 * network when it is subnetted, parent lines indented 6, children's prefix at column 9,
 * unparented routes at column 6.
 */
public final class IpRoute {
    public static final List<String> LEGEND = List.of(
            "Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP",
            "       D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area ",
            "       N1 - OSPF NSSA external type 1, N2 - OSPF NSSA external type 2",
            "       E1 - OSPF external type 1, E2 - OSPF external type 2",
            "       i - IS-IS, su - IS-IS summary, L1 - IS-IS level-1, L2 - IS-IS level-2",
            "       ia - IS-IS inter area, * - candidate default, U - per-user static route",
            "       o - ODR, P - periodic downloaded static route, H - NHRP, l - LISP",
            "       a - application route",
            "       + - replicated route, % - next hop override, p - overrides from PfR");

    private IpRoute() {
    }

    public static String format(List<RouteEntry> routes) {
        return Text.lines(lines(routes));
    }

    public static List<String> lines(List<RouteEntry> routes) {
        return lines(routes, r -> true);
    }

    /** {@code show ip route static|connected}: the legend and gateway line, then only the routes {@code show} accepts. */
    public static List<String> lines(List<RouteEntry> routes, java.util.function.Predicate<RouteEntry> show) {
        List<String> out = new ArrayList<>(LEGEND);
        out.add("");
        out.add(gatewayLine(routes));
        out.add("");
        out.addAll(body(routes.stream().filter(show).toList()));
        return out;
    }

    public static final String NOT_IN_TABLE = "% Network not in table";

    /**
     * {@code show ip route ADDRESS} for the route found (reference §4.14, captured for a static
     * route; the connected form is recalled IOS 15 wording).
     */
    public static List<String> entry(RouteEntry r) {
        return entry(List.of(r));
    }

    /**
     * The single-route form for a prefix with one or more paths (equal-cost static routes): one
     * descriptor block per path, the first marked {@code *} as IOS marks the path in use.
     */
    public static List<String> entry(List<RouteEntry> paths) {
        RouteEntry r = paths.get(0);
        List<String> out = new ArrayList<>();
        out.add("Routing entry for " + r.prefix());
        String via = switch (r.source()) {
            case STATIC -> "static";
            case CONNECTED, LOCAL -> "connected";
        };
        String suffix = r.source() == RouteSource.STATIC ? "" : " (connected, via interface)";
        out.add("  Known via \"" + via + "\", distance " + r.distance() + ", metric " + r.metric() + suffix);
        out.add("  Routing Descriptor Blocks:");
        for (RouteEntry p : paths) {
            String mark = p == r ? "  * " : "    ";
            if (p.nextHop() != null) {
                out.add(mark + p.nextHop() + (p.interfaceName() != null ? ", via " + p.interfaceName() : ""));
            } else {
                out.add(mark + "directly connected, via " + p.interfaceName());
            }
            out.add("      Route metric is " + p.metric() + ", traffic share count is 1");
        }
        return out;
    }

    static String gatewayLine(List<RouteEntry> routes) {
        for (RouteEntry r : routes) {
            if (r.prefix().length() == 0 && r.nextHop() != null) {
                return "Gateway of last resort is " + r.nextHop() + " to network 0.0.0.0";
            }
        }
        return "Gateway of last resort is not set";
    }

    /** The route lines without legend and gateway line (for {@code show ip route static} and the like). */
    public static List<String> body(List<RouteEntry> routes) {
        Map<Ipv4Prefix, List<RouteEntry>> byClass = new LinkedHashMap<>();
        List<RouteEntry> sorted = new ArrayList<>(routes);
        sorted.sort((a, b) -> a.prefix().compareTo(b.prefix()));
        for (RouteEntry r : sorted) byClass.computeIfAbsent(classful(r.prefix()), k -> new ArrayList<>()).add(r);
        List<String> out = new ArrayList<>();
        for (Map.Entry<Ipv4Prefix, List<RouteEntry>> e : byClass.entrySet()) {
            Ipv4Prefix cls = e.getKey();
            List<RouteEntry> rs = e.getValue();
            boolean subnetted = rs.stream().anyMatch(r -> r.prefix().length() > cls.length());
            if (!subnetted) {
                RouteEntry prev = null;
                for (RouteEntry r : rs) {
                    String head = Text.pad(code(r), 6) + r.prefix() + " ";
                    out.add(samePrefix(prev, r) ? " ".repeat(head.length()) + tail(r) : head + tail(r));
                    prev = r;
                }
                continue;
            }
            TreeSet<Integer> masks = new TreeSet<>();
            TreeSet<Ipv4Prefix> subnets = new TreeSet<>();
            for (RouteEntry r : rs) {
                masks.add(r.prefix().length());
                subnets.add(r.prefix());
            }
            boolean variable = masks.size() > 1;
            if (variable) {
                out.add("      " + cls + " is variably subnetted, " + subnets.size() + " subnets, " + masks.size() + " masks");
            } else {
                out.add("      " + Ipv4Address.format(cls.network()) + "/" + masks.first() + " is subnetted, " + subnets.size() + " subnets");
            }
            RouteEntry prev = null;
            for (RouteEntry r : rs) {
                String p = variable ? r.prefix().toString() : Ipv4Address.format(r.prefix().network());
                String head = Text.pad(code(r), 9) + p + " ";
                // An equal-cost path continues the prefix's line, its "[" under the first one's.
                out.add(samePrefix(prev, r) ? " ".repeat(head.length()) + tail(r) : head + tail(r));
                prev = r;
            }
        }
        return out;
    }

    private static boolean samePrefix(RouteEntry prev, RouteEntry r) {
        return prev != null && prev.prefix().equals(r.prefix()) && prev.source() == r.source();
    }

    private static String code(RouteEntry r) {
        String c = r.source().code();
        return r.prefix().length() == 0 ? c + "*" : c;
    }

    private static String tail(RouteEntry r) {
        if (r.source() != RouteSource.STATIC || r.nextHop() == null) {
            return "is directly connected, " + r.interfaceName();
        }
        String s = "[" + r.distance() + "/" + r.metric() + "] via " + r.nextHop();
        return r.interfaceName() != null ? s + ", " + r.interfaceName() : s;
    }

    /** The classful network of a prefix; supernets and the default route stand alone. */
    static Ipv4Prefix classful(Ipv4Prefix p) {
        int first = p.network() >>> 24;
        int len = first < 128 ? 8 : first < 192 ? 16 : first < 224 ? 24 : 32;
        if (p.length() < len) return p;
        return new Ipv4Prefix(p.network(), len);
    }
}
