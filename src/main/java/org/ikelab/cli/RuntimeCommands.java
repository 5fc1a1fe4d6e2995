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
import org.ikelab.router.show.IpInterface;
import org.ikelab.router.show.TunnelLines;
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
        s.onShow(IosParser.RULE_show_hosts_what, (ctx, session) -> new ArrayList<>(ShowHosts.lines(session.config())));
        s.onShow(IosParser.RULE_show_access_lists_what, (ctx, session) -> {
            Show_access_lists_whatContext c = (Show_access_lists_whatContext) ctx;
            return acls(session, c.show_acl_name() == null ? null : c.show_acl_name().getText());
        });
        s.onShow(IosParser.RULE_show_logging_what, (ctx, session) -> session.node() == null ? new ArrayList<>()
                : new ArrayList<>(ShowLogging.lines(session.node().logBuffer(), session.node().syslogSent())));
        r.on(IosParser.RULE_clear_logging_cmd, Clear_logging_cmdContext.class, (c, env) -> s.ask("Clear logging buffer [confirm]", ans -> {
            if (!ans.isBlank() && !ans.strip().toLowerCase().startsWith("y")) return;
            if (s.node() != null) s.node().logBuffer().clear();
        }));
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
                return new ArrayList<>(IpInterface.lines(i));
            }
            return new ArrayList<>(IpInterfaceBrief.lines(router.interfaces()));
        }
        if (Ctx.has(c, "route")) {
            List<RouteEntry> routes = router.routes();
            if (c.show_route_address() != null) {
                List<RouteEntry> paths = router.lookupPaths(Ipv4Address.parse(c.show_route_address().getText()));
                if (paths.isEmpty()) return new ArrayList<>(List.of(IpRoute.NOT_IN_TABLE));
                return new ArrayList<>(IpRoute.entry(paths));
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

    private static List<String> showInterfaces(CliSession s, Show_interfaces_whatContext c) {
        RouterNode node = s.node();
        if (node == null) return new ArrayList<>();
        Router router = node.router();
        long now = node.scheduler().nanoTime();
        List<String> out = new ArrayList<>();
        if (c.interface_name() != null) {
            RouterInterface i = router.findInterface(Ctx.ifName(c.interface_name()).toString());
            if (i != null) out.addAll(Interfaces.lines(i, now, tunnelLines(node, i)));
            return out;
        }
        for (RouterInterface i : router.interfaces()) out.addAll(Interfaces.lines(i, now, tunnelLines(node, i)));
        return out;
    }

    /** The tunnel block of a Tunnel interface (reference §4.15) from its configuration; empty for other kinds. */
    private static List<String> tunnelLines(RouterNode node, RouterInterface i) {
        if (i.kind() != org.ikelab.router.InterfaceKind.TUNNEL) return List.of();
        org.ikelab.config.InterfaceConfig ic = node.config().interfaces().get(org.ikelab.config.IfName.parse(i.name()));
        if (ic == null) return List.of();
        String source = ic.tunnelSourceAddress();
        String sourceIf = null;
        int pathMtu = RouterInterface.DEFAULT_ETHERNET_MTU;
        if (ic.tunnelSourceInterface() != null) {
            sourceIf = ic.tunnelSourceInterface().toString();
            RouterInterface src = node.router().findInterface(sourceIf);
            if (src != null) {
                sourceIf = src.name();
                if (src.hasAddress()) source = src.address().toString();
                if (src.kind() == org.ikelab.router.InterfaceKind.ETHERNET) pathMtu = src.mtu();
            }
        }
        return TunnelLines.lines(new TunnelLines.Tunnel(source, sourceIf, ic.tunnelDestination(),
                ic.tunnelMode() == org.ikelab.config.TunnelMode.IPSEC_IPV4, ic.tunnelKey(), ic.tunnelProtectionProfile(),
                i.lineProtocolUp(), pathMtu));
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
