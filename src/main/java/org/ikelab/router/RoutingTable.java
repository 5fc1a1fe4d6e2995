package org.ikelab.router;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.Ipv4Prefix;

/**
 * The RIB (connected, local and static routes) and the FIB compiled from it. The FIB is
 * rebuilt whenever an interface, address or static route changes; lookups scan arrays sorted
 * by prefix length, longest first, which beats a trie for the few dozen routes of a lab.
 */
final class RoutingTable {
    /** A forwarding entry: send out {@code iface}, to {@code gateway} (0: to the destination itself). */
    static final class Fib {
        final RouteEntry route;
        final RouterInterface iface;
        final int gateway;
        final boolean local;

        Fib(RouteEntry route, RouterInterface iface, int gateway, boolean local) {
            this.route = route;
            this.iface = iface;
            this.gateway = gateway;
            this.local = local;
        }
    }

    /** Recursive next hops resolve through at most this many static routes (IOS has a similar limit). */
    private static final int MAX_PASSES = 16;

    private final List<StaticRoute> statics = new ArrayList<>();
    private int[] nets = new int[0];
    private int[] masks = new int[0];
    private Fib[] fibs = new Fib[0];

    boolean addStatic(StaticRoute r) {
        if (statics.contains(r)) return false;
        statics.add(r);
        return true;
    }

    boolean removeStatic(StaticRoute r) {
        return statics.remove(r);
    }

    List<StaticRoute> statics() {
        return List.copyOf(statics);
    }

    Fib lookup(int dst) {
        int[] n = nets;
        int[] m = masks;
        for (int i = 0; i < n.length; i++) {
            if ((dst & m[i]) == n[i]) return fibs[i];
        }
        return null;
    }

    /** Installed routes, sorted by prefix then source (the order {@code show ip route} groups them). */
    List<RouteEntry> entries() {
        List<RouteEntry> out = new ArrayList<>();
        for (Fib f : fibs) out.add(f.route);
        out.sort(Comparator.comparing(RouteEntry::prefix));
        return out;
    }

    void rebuild(List<RouterInterface> interfaces, Map<String, RouterInterface> byName) {
        Map<Ipv4Prefix, Fib> fib = new LinkedHashMap<>();
        for (RouterInterface i : interfaces) {
            if (!i.routable()) continue;
            Ipv4Prefix subnet = i.subnet();
            // A /32 address (a loopback, typically) is only its connected route, as IOS shows it,
            // but still a local address; other subnets get a separate "L" host route.
            boolean hostOnly = subnet.length() == 32;
            fib.putIfAbsent(subnet, new Fib(new RouteEntry(subnet, RouteSource.CONNECTED, 0, 0, null, i.name(), i.name(), null),
                    i, 0, hostOnly));
            if (!hostOnly) {
                Ipv4Prefix host = new Ipv4Prefix(i.addressBits(), 32);
                fib.put(host, new Fib(new RouteEntry(host, RouteSource.LOCAL, 0, 0, null, i.name(), i.name(), null), i, 0, true));
            }
        }
        List<StaticRoute> pending = new ArrayList<>(statics);
        pending.sort(Comparator.comparingInt(StaticRoute::distance));
        for (int pass = 0; pass < MAX_PASSES && !pending.isEmpty(); pass++) {
            boolean changed = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                StaticRoute s = it.next();
                Fib existing = fib.get(s.prefix());
                if (existing != null && existing.route.distance() <= s.distance()) continue;
                Fib resolved = resolve(s, fib, byName);
                if (resolved != null) {
                    fib.put(s.prefix(), resolved);
                    it.remove();
                    changed = true;
                }
            }
            if (!changed) break;
        }
        List<Fib> sorted = new ArrayList<>(fib.values());
        sorted.sort(Comparator.comparingInt((Fib f) -> -f.route.prefix().length()));
        int n = sorted.size();
        int[] newNets = new int[n];
        int[] newMasks = new int[n];
        Fib[] newFibs = new Fib[n];
        for (int k = 0; k < n; k++) {
            Fib f = sorted.get(k);
            newNets[k] = f.route.prefix().network();
            newMasks[k] = f.route.prefix().mask();
            newFibs[k] = f;
        }
        nets = newNets;
        masks = newMasks;
        fibs = newFibs;
    }

    private static Fib resolve(StaticRoute s, Map<Ipv4Prefix, Fib> fib, Map<String, RouterInterface> byName) {
        Ipv4Address nh = s.nextHop();
        if (s.interfaceName() != null) {
            RouterInterface out = byName.get(s.interfaceName());
            if (out == null || !out.lineUp) return null;
            RouteEntry e = new RouteEntry(s.prefix(), RouteSource.STATIC, s.distance(), 0, nh, s.interfaceName(), out.name(), nh);
            return new Fib(e, out, nh == null ? 0 : nh.bits(), false);
        }
        Fib via = longestMatch(fib, nh.bits(), s.prefix());
        if (via == null || via.local) return null;
        int gateway = via.gateway != 0 ? via.gateway : nh.bits();
        RouteEntry e = new RouteEntry(s.prefix(), RouteSource.STATIC, s.distance(), 0, nh, null, via.iface.name(),
                Ipv4Address.of(gateway));
        return new Fib(e, via.iface, gateway, false);
    }

    /** Longest match among the routes installed so far, never the route being resolved (no self-recursion). */
    private static Fib longestMatch(Map<Ipv4Prefix, Fib> fib, int addr, Ipv4Prefix self) {
        Fib best = null;
        for (Map.Entry<Ipv4Prefix, Fib> e : fib.entrySet()) {
            Ipv4Prefix p = e.getKey();
            if (p.equals(self) || !p.contains(addr)) continue;
            if (best == null || p.length() > best.route.prefix().length()) best = e.getValue();
        }
        return best;
    }
}
