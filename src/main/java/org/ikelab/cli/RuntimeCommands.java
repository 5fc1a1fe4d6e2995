package org.ikelab.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ikelab.lab.RouterNode;
import org.ikelab.parse.CommandEnv;
import org.ikelab.parse.CommandRegistry;
import org.ikelab.parse.Ctx;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.*;
import org.ikelab.router.AclRuntime;
import org.ikelab.router.RouteEntry;
import org.ikelab.router.RouteSource;
import org.ikelab.router.Router;
import org.ikelab.router.RouterInterface;
import org.ikelab.router.show.AccessLists;
import org.ikelab.router.show.Arp;
import org.ikelab.router.show.Interfaces;
import org.ikelab.router.show.IpInterfaceBrief;
import org.ikelab.router.show.IpRoute;
import org.ikelab.wire.Ipv4Address;

/**
 * The EXEC commands that read or act on the running router (reference §4.13-4.18): show ip
 * interface brief / ip route / interfaces / arp / access-lists, clear counters / arp-cache /
 * access-list counters. Ping and traceroute are in {@link PingCommands}. On a console without a
 * router (the stand-alone {@code ikelab router}) the shows print nothing.
 */
final class RuntimeCommands {
    private RuntimeCommands() {}

    static void register(CommandRegistry r, CliSession s) {
        s.onShow(IosParser.RULE_show_ip_what, (ctx, session) -> showIp(session, (Show_ip_whatContext) ctx));
        s.onShow(IosParser.RULE_show_interfaces_what, (ctx, session) -> showInterfaces(session, (Show_interfaces_whatContext) ctx));
        s.onShow(IosParser.RULE_show_arp_what, (ctx, session) -> arp(session));
        s.onShow(IosParser.RULE_show_access_lists_what, (ctx, session) -> {
            Show_access_lists_whatContext c = (Show_access_lists_whatContext) ctx;
            return acls(session, c.show_acl_name() == null ? null : c.show_acl_name().getText());
        });
        r.on(IosParser.RULE_clear_counters_cmd, Clear_counters_cmdContext.class, (c, env) -> clearCounters(s, c, env));
        r.on(IosParser.RULE_clear_arp_cmd, Clear_arp_cmdContext.class, (c, env) -> {
            if (s.node() != null) s.node().router().clearArp();
        });
        r.on(IosParser.RULE_clear_acl_counters_cmd, Clear_acl_counters_cmdContext.class, (c, env) -> {
            if (s.node() == null) return;
            String name = c.show_acl_name() == null ? null : c.show_acl_name().getText();
            for (AclRuntime a : s.node().acls().values()) if (name == null || a.name().equals(name)) a.clearCounters();
        });
        PingCommands.register(r, s);
    }

    private static List<String> showIp(CliSession s, Show_ip_whatContext c) {
        RouterNode node = s.node();
        if (node == null) return new ArrayList<>();
        Router router = node.router();
        if (Ctx.has(c, "interface")) {
            if (c.interface_name() != null) {
                RouterInterface i = router.findInterface(Ctx.ifName(c.interface_name()).toString());
                if (i == null) return new ArrayList<>();
                return ipInterface(i);
            }
            return new ArrayList<>(IpInterfaceBrief.lines(router.interfaces()));
        }
        if (Ctx.has(c, "route")) {
            List<RouteEntry> routes = router.routes();
            if (c.show_route_address() != null) {
                RouteEntry r = router.lookup(Ipv4Address.parse(c.show_route_address().getText()));
                if (r == null) return new ArrayList<>(List.of(IpRoute.NOT_IN_TABLE));
                return new ArrayList<>(IpRoute.entry(r));
            }
            if (Ctx.has(c, "static")) return new ArrayList<>(IpRoute.lines(routes, r -> r.source() == RouteSource.STATIC));
            if (Ctx.has(c, "connected")) {
                return new ArrayList<>(IpRoute.lines(routes, r -> r.source() == RouteSource.CONNECTED || r.source() == RouteSource.LOCAL));
            }
            return new ArrayList<>(IpRoute.lines(routes));
        }
        if (Ctx.has(c, "arp")) return arp(s);
        return acls(s, c.show_acl_name() == null ? null : c.show_acl_name().getText());
    }

    /** {@code show ip interface NAME}: the first lines of the IOS layout (status, address, MTU, ACLs). */
    private static List<String> ipInterface(RouterInterface i) {
        List<String> out = new ArrayList<>();
        out.add(i.name() + " is " + i.statusText() + ", line protocol is " + (i.lineProtocolUp() ? "up" : "down"));
        if (i.hasAddress()) {
            out.add("  Internet address is " + i.address() + "/" + i.prefixLength());
            out.add("  Broadcast address is 255.255.255.255");
            out.add("  MTU is " + i.mtu() + " bytes");
            out.add("  Helper address is not set");
            out.add("  Directed broadcast forwarding is disabled");
            AclRuntime out1 = i.accessGroup(org.ikelab.router.Direction.OUT);
            AclRuntime in = i.accessGroup(org.ikelab.router.Direction.IN);
            out.add("  Outgoing access list is " + (out1 == null ? "not set" : out1.name()));
            out.add("  Inbound  access list is " + (in == null ? "not set" : in.name()));
            out.add("  Proxy ARP is " + (i.proxyArp() ? "enabled" : "disabled"));
        } else {
            out.add("  Internet protocol processing disabled");
        }
        return out;
    }

    private static List<String> showInterfaces(CliSession s, Show_interfaces_whatContext c) {
        RouterNode node = s.node();
        if (node == null) return new ArrayList<>();
        Router router = node.router();
        long now = node.scheduler().nanoTime();
        List<String> out = new ArrayList<>();
        if (c.interface_name() != null) {
            RouterInterface i = router.findInterface(Ctx.ifName(c.interface_name()).toString());
            if (i != null) out.addAll(Interfaces.lines(i, now, List.of()));
            return out;
        }
        for (RouterInterface i : router.interfaces()) out.addAll(Interfaces.lines(i, now, List.of()));
        return out;
    }

    private static List<String> arp(CliSession s) {
        if (s.node() == null) return new ArrayList<>();
        return split(Arp.format(s.node().router().arpTable()));
    }

    private static List<String> acls(CliSession s, String name) {
        List<String> out = new ArrayList<>();
        if (s.node() == null) return out;
        for (AclRuntime a : s.node().acls().values()) if (name == null || a.name().equals(name)) out.addAll(AccessLists.lines(a));
        return out;
    }

    private static void clearCounters(CliSession s, Clear_counters_cmdContext c, CommandEnv env) {
        String what = c.interface_name() == null ? "" : " on " + Ctx.ifName(c.interface_name());
        s.ask("Clear \"show interface\" counters" + (what.isEmpty() ? " on all interfaces" : what) + " [confirm]", ans -> {
            if (!ans.isBlank() && !ans.strip().toLowerCase().startsWith("y")) return;
            if (s.node() != null) s.node().router().clearCounters();
        });
    }

    static List<String> split(String text) {
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (t.isEmpty()) return new ArrayList<>();
        return new ArrayList<>(Arrays.asList(t.split("\n", -1)));
    }

}
