package org.ikelab.config.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ikelab.config.Acl;
import org.ikelab.config.IfName;
import org.ikelab.config.IfType;
import org.ikelab.config.InterfaceConfig;
import org.ikelab.config.Ipv4;
import org.ikelab.config.RouterConfig;
import org.ikelab.router.AclRuntime;
import org.ikelab.router.Direction;
import org.ikelab.router.Router;
import org.ikelab.router.StaticRoute;

/**
 * Brings a {@link Router} in line with a {@link RouterConfig}. It remembers what it applied, so
 * each call only touches what changed: an unchanged interface record, route list or access list
 * costs one {@code equals}. Runs on the router's thread, like every router call.
 */
public final class ConfigApplier {
    private final Router router;
    private final Map<IfName, InterfaceConfig> applied = new HashMap<>();
    private final Map<String, Acl> appliedAcls = new HashMap<>();
    private final TreeMap<String, AclRuntime> acls = new TreeMap<>(ConfigApplier::aclOrder);
    private List<org.ikelab.config.StaticRoute> appliedRoutes = List.of();
    private List<StaticRoute> installedRoutes = List.of();

    public ConfigApplier(Router router) {
        this.router = router;
    }

    /** The compiled access lists by name, in {@code show access-lists} order (numbered first, by number). */
    public Map<String, AclRuntime> acls() {
        return acls;
    }

    /**
     * Applies the whole non-crypto configuration. {@code method} is what {@code show ip interface
     * brief} shows for addresses set now ({@code NVRAM} for a startup-config, {@code manual} for
     * typed commands).
     */
    public void apply(RouterConfig cfg, String method) {
        router.batch(() -> applyAll(cfg, method));
    }

    private void applyAll(RouterConfig cfg, String method) {
        if (!cfg.hostname().equals(router.hostname())) router.setHostname(cfg.hostname());
        boolean aclsChanged = applyAcls(cfg);
        for (InterfaceConfig ic : cfg.interfaces().values()) {
            InterfaceConfig before = applied.get(ic.name());
            if (ic.equals(before) && !aclsChanged) continue;
            applyInterface(before, ic, method);
            applied.put(ic.name(), ic);
        }
        // Interfaces gone from the config (no interface Loopback0).
        for (IfName n : new ArrayList<>(applied.keySet())) {
            if (cfg.interfaces().containsKey(n)) continue;
            applied.remove(n);
            if (n.type() == IfType.LOOPBACK || n.type() == IfType.TUNNEL) router.removeInterface(n.toString());
        }
        if (!cfg.routes().equals(appliedRoutes)) applyRoutes(cfg.routes());
    }

    private boolean applyAcls(RouterConfig cfg) {
        boolean changed = false;
        for (Acl a : cfg.acls().values()) {
            if (a.equals(appliedAcls.get(a.name()))) continue;
            appliedAcls.put(a.name(), a);
            acls.put(a.name(), AclCompiler.compile(a));
            changed = true;
        }
        for (String name : new ArrayList<>(appliedAcls.keySet())) {
            if (cfg.acls().containsKey(name)) continue;
            appliedAcls.remove(name);
            acls.remove(name);
            changed = true;
        }
        return changed;
    }

    private void applyInterface(InterfaceConfig before, InterfaceConfig ic, String method) {
        IfType t = ic.name().type();
        if (t == IfType.VIRTUAL_TEMPLATE) return;  // templates are instantiated by the crypto feature
        String name = ic.name().toString();
        if (before == null && (t == IfType.LOOPBACK || t == IfType.TUNNEL)) router.addInterface(name);
        if (before == null || !Objects.equals(before.description(), ic.description())) router.setDescription(name, ic.description());
        if (before == null || before.mtu() != ic.mtu()) {
            int mtu = ic.mtu() != 0 ? ic.mtu() : switch (t) {
                case LOOPBACK -> org.ikelab.router.RouterInterface.LOOPBACK_MTU;
                case TUNNEL -> org.ikelab.router.RouterInterface.TUNNEL_MTU;
                default -> org.ikelab.router.RouterInterface.DEFAULT_ETHERNET_MTU;
            };
            router.setMtu(name, mtu);
        }
        if (before == null || !Objects.equals(before.address(), ic.address()) || !Objects.equals(before.mask(), ic.mask())) {
            if (ic.address() == null) {
                if (before != null && before.address() != null) router.clearAddress(name);
            } else {
                router.setAddress(name, ic.address(), Ipv4.prefixLength(Ipv4.parse(ic.mask())));
                router.setAddressMethod(name, method);
            }
        }
        if (before == null || !before.icmp().equals(ic.icmp())) {
            router.setProxyArp(name, ic.icmp().proxyArp());
            router.setIcmpRedirects(name, ic.icmp().redirects());
            router.setIcmpUnreachables(name, ic.icmp().unreachables());
        }
        router.setAccessGroup(name, Direction.IN, ic.aclIn() == null ? null : acls.get(ic.aclIn()));
        router.setAccessGroup(name, Direction.OUT, ic.aclOut() == null ? null : acls.get(ic.aclOut()));
        if (before == null || before.shutdown() != ic.shutdown()) router.setAdminUp(name, !ic.shutdown());
    }

    private void applyRoutes(List<org.ikelab.config.StaticRoute> routes) {
        for (StaticRoute r : installedRoutes) router.removeStaticRoute(r);
        List<StaticRoute> now = new ArrayList<>();
        for (org.ikelab.config.StaticRoute c : routes) {
            int len = Ipv4.prefixLength(Ipv4.parse(c.mask()));
            StaticRoute r = StaticRoute.of(c.prefix(), len, c.nextHop(), c.iface() == null ? null : c.iface().toString(),
                    c.distance() <= 0 ? 1 : c.distance());
            if (router.addStaticRoute(r)) now.add(r);
        }
        installedRoutes = now;
        appliedRoutes = List.copyOf(routes);
    }

    private static int aclOrder(String a, String b) {
        boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (na && nb) return Long.compare(Long.parseLong(a), Long.parseLong(b));
        if (na != nb) return na ? -1 : 1;
        return a.compareTo(b);
    }
}
