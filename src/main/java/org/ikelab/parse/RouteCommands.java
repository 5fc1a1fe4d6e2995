package org.ikelab.parse;

import java.util.List;
import org.ikelab.config.IfName;
import org.ikelab.config.Ipv4;
import org.ikelab.config.RoutingProcess;
import org.ikelab.config.StaticRoute;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.*;

/** Handlers of {@code ip route}. */
final class RouteCommands {
    private RouteCommands() {}

    static void register(CommandRegistry r) {
        r.on(IosParser.RULE_ip_route_cmd, Ip_route_cmdContext.class, RouteCommands::add);
        r.on(IosParser.RULE_no_ip_route_cmd, No_ip_route_cmdContext.class, RouteCommands::remove);
        r.on(IosParser.RULE_router_cmd, Router_cmdContext.class, (c, env) -> {
            String proto = c.getChild(1).getText();
            int id = Integer.parseInt(c.getChild(2).getText());
            String key = proto + " " + id;
            if (!env.config().routing().containsKey(key)) {
                env.config().routing().put(key, new RoutingProcess(proto, id, List.of()));
                env.changed();
            }
            env.enter(Modes.ROUTER, key);
        });
        r.on(IosParser.RULE_no_router_cmd, No_router_cmdContext.class, (c, env) -> {
            if (env.config().routing().remove(c.getChild(1).getText() + " " + c.getChild(2).getText()) != null) env.changed();
        });
        r.on(IosParser.RULE_router_exit_cmd, Router_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_router_network_cmd, Router_network_cmdContext.class, (c, env) -> {
            String key = (String) env.frame().target();
            RoutingProcess p = env.config().routing().get(key);
            if (p == null) return;
            boolean ospf = p.protocol().equals("ospf");
            if (ospf && c.ospf_area() == null) {
                env.fail("% Incomplete command.", "");
                return;
            }
            if (!ospf && c.ospf_area() != null) {
                env.invalid(Ctx.keyword(c, "area"));
                return;
            }
            String text = c.network_address().getText() + (c.network_wildcard() == null ? "" : " " + c.network_wildcard().getText())
                    + (c.ospf_area() == null ? "" : " area " + c.ospf_area().getText());
            RoutingProcess after = p.withNetwork(text, !env.negated() && !env.defaulted());
            if (!after.equals(p)) {
                env.config().routing().put(key, after);
                env.changed();
            }
        });
    }

    private static boolean consistent(String prefix, String mask, CommandEnv env) {
        long m = Ipv4.parse(mask);
        if (!Ipv4.isMask(m) || (Ipv4.parse(prefix) & ~m & 0xFFFFFFFFL) != 0) {
            env.fail("%Inconsistent address and mask");
            return false;
        }
        return true;
    }

    private static StaticRoute route(String prefix, String mask, Route_targetContext t, Route_distanceContext d,
                                     String name, boolean permanent, CommandEnv env) {
        IfName iface = null;
        if (t.interface_name() != null) {
            iface = Ctx.ifName(t.interface_name());
            if (!GlobalCommands.exists(iface)) {
                env.invalid(t.interface_name().getStart());
                return null;
            }
        }
        String nh = t.route_next_hop() == null ? null : t.route_next_hop().getText();
        int dist = d == null ? 1 : (int) Ctx.number(d);
        return new StaticRoute(prefix, mask, iface, nh, dist, name, permanent);
    }

    private static void add(Ip_route_cmdContext c, CommandEnv env) {
        String prefix = c.route_prefix().getText();
        String mask = c.route_mask().getText();
        if (!consistent(prefix, mask, env)) return;
        StaticRoute r = route(prefix, mask, c.route_target(), c.route_distance(),
                c.route_name() == null ? null : c.route_name().getText(), Ctx.has(c, "permanent"), env);
        if (r == null) return;
        List<StaticRoute> routes = env.config().routes();
        routes.removeIf(x -> x.sameTarget(r));
        routes.add(r);
        env.changed();
    }

    private static void remove(No_ip_route_cmdContext c, CommandEnv env) {
        String prefix = c.route_prefix().getText();
        String mask = c.route_mask().getText();
        if (!consistent(prefix, mask, env)) return;
        StaticRoute target = c.route_target() == null ? null : route(prefix, mask, c.route_target(), null, null, false, env);
        if (c.route_target() != null && target == null) return;
        boolean removed = env.config().routes().removeIf(x -> x.prefix().equals(prefix) && x.mask().equals(mask)
                && (target == null || x.sameTarget(target)));
        if (!removed) env.fail("%No matching route to delete");
        else env.changed();
    }
}
