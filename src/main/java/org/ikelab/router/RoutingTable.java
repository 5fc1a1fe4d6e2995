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
 * <p>
 * Static routes to one prefix with the same distance are all installed (equal-cost paths, up to
 * {@link #MAX_PATHS}, as IOS does); a flow picks one path by a hash of its source and destination,
 * so one conversation stays on one path (CEF's per-destination load sharing).
 */
final class RoutingTable {
    /** A forwarding entry: send out {@code iface}, to {@code gateway} (0: to the destination itself). */
    static final class Fib {
        final RouteEntry route;
        final RouterInterface iface;
        final int gateway;
        final boolean local;
        /** Every forwarding path of the prefix, this one first; length 1 without equal-cost paths. */
        Fib[] paths;
        /** The routes {@code show ip route} lists for the prefix: one per configured equal-cost static route. */
        List<RouteEntry> shown;
        /** For a recursive static route: the route its next hop resolved through. */
        Fib via;

        Fib(RouteEntry route, RouterInterface iface, int gateway, boolean local) {
            this.route = route;
            this.iface = iface;
            this.gateway = gateway;
            this.local = local;
            this.paths = new Fib[] {this};
            this.shown = List.of(route);
        }

        /** The path a flow from {@code src} to {@code dst} takes. */
        Fib pick(int src, int dst) {
            Fib[] p = paths;
            if (p.length == 1) return this;
            // murmur3's finaliser: every address bit moves the pick, so neighbouring hosts spread.
            int h = src ^ Integer.rotateLeft(dst, 16);
            h ^= h >>> 16;
            h *= 0x85EBCA6B;
            h ^= h >>> 13;
            h *= 0xC2B2AE35;
            h ^= h >>> 16;
            return p[(h & 0x7fff_ffff) % p.length];
        }
    }

    /** IOS installs at most 16 equal-cost static paths to one prefix. */
    static final int MAX_PATHS = 16;

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

    /** Installed routes, sorted by prefix then source (the order {@code show ip route} groups them); equal-cost paths one entry each. */
    List<RouteEntry> entries() {
        List<RouteEntry> out = new ArrayList<>();
        for (Fib f : fibs) out.addAll(f.shown);
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
        // Equal-cost static paths per prefix, in the order they resolved.
        Map<Ipv4Prefix, List<Fib>> equal = new LinkedHashMap<>();
        for (int pass = 0; pass < MAX_PASSES && !pending.isEmpty(); pass++) {
            boolean changed = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                StaticRoute s = it.next();
                Fib existing = fib.get(s.prefix());
                if (existing != null && existing.route.distance() < s.distance()) continue;
                boolean sameCost = existing != null && existing.route.distance() == s.distance()
                        && existing.route.source() == RouteSource.STATIC;
                if (existing != null && existing.route.distance() == s.distance() && !sameCost) continue;
                List<Fib> group = sameCost ? equal.get(s.prefix()) : null;
                if (group != null && group.size() >= MAX_PATHS) continue;
                Fib resolved = resolve(s, fib, byName);
                if (resolved != null) {
                    if (group != null) {
                        group.add(resolved);
                    } else {
                        fib.put(s.prefix(), resolved);
                        equal.put(s.prefix(), new ArrayList<>(List.of(resolved)));
                    }
                    it.remove();
                    changed = true;
                }
            }
            if (!changed) break;
        }
        for (List<Fib> group : equal.values()) {
            if (group.size() < 2) continue;
            List<RouteEntry> shown = new ArrayList<>();
            for (Fib g : group) shown.add(g.route);
            // IOS lists the newest path first [recalled]: a later route in the configuration comes first.
            java.util.Collections.reverse(shown);
            group.get(0).shown = List.copyOf(shown);
        }
        spreadPaths(equal);
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
        Fib f = new Fib(e, via.iface, gateway, false);
        f.via = via;
        return f;
    }

    /**
     * Gives every prefix its forwarding paths: an equal-cost group gets the paths of all its
     * members, and a recursive route inherits the paths of the route its next hop resolved
     * through (so it shares out over them too). Dependencies can chain, so this repeats until
     * nothing changes (bounded like the resolution itself).
     */
    private static void spreadPaths(Map<Ipv4Prefix, List<Fib>> equal) {
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean changed = false;
            for (List<Fib> group : equal.values()) {
                List<Fib> paths = new ArrayList<>();
                for (Fib g : group) {
                    if (g.via == null) {
                        paths.add(g);
                    } else {
                        int nh = g.route.nextHop().bits();
                        for (Fib v : g.via.paths) {
                            paths.add(v == g.via ? g : new Fib(g.route, v.iface, v.gateway != 0 ? v.gateway : nh, false));
                        }
                    }
                    if (paths.size() >= MAX_PATHS) break;
                }
                Fib first = group.get(0);
                if (paths.size() != first.paths.length) {
                    first.paths = paths.subList(0, Math.min(paths.size(), MAX_PATHS)).toArray(Fib[]::new);
                    changed = true;
                }
            }
            if (!changed) return;
        }
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
