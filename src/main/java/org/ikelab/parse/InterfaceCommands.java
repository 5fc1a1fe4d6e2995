package org.ikelab.parse;

import org.ikelab.config.IfName;
import org.ikelab.config.InterfaceConfig;
import org.ikelab.config.Ipv4;
import org.ikelab.config.TunnelMode;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.*;

/** Handlers of the (config-if) commands. */
final class InterfaceCommands {
    private InterfaceCommands() {}

    static void register(CommandRegistry r) {
        r.on(IosParser.RULE_if_exit_cmd, If_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_description_cmd, Description_cmdContext.class,
                (c, env) -> update(env, b -> b.description = c.description_text().getText()));
        r.on(IosParser.RULE_no_description_cmd, No_description_cmdContext.class, (c, env) -> update(env, b -> b.description = null));
        r.on(IosParser.RULE_shutdown_cmd, Shutdown_cmdContext.class, (c, env) -> {
            for (IfName n : GlobalCommands.targets(env)) {
                InterfaceConfig i = env.config().interfaceOrCreate(n);
                boolean shut = env.defaulted() ? i.isPhysical() : !env.negated();
                update(env, n, b -> b.shutdown = shut);
            }
        });
        r.on(IosParser.RULE_media_type_cmd, Media_type_cmdContext.class, (c, env) -> physicalOnly(c, env));
        r.on(IosParser.RULE_duplex_cmd, Duplex_cmdContext.class, (c, env) -> {
            if (!physicalOnly(c, env)) return;
            String v = env.negated() || env.defaulted() ? "auto" : Ctx.token(c, 1);
            update(env, b -> b.duplex = v);
        });
        r.on(IosParser.RULE_speed_cmd, Speed_cmdContext.class, (c, env) -> {
            if (!physicalOnly(c, env)) return;
            String v = env.negated() || env.defaulted() ? "auto" : Ctx.token(c, 1);
            update(env, b -> b.speed = v);
        });
        r.on(IosParser.RULE_if_crypto_map_cmd, If_crypto_map_cmdContext.class,
                (c, env) -> update(env, b -> b.cryptoMap = c.if_crypto_map_name().getText()));
        r.on(IosParser.RULE_no_if_crypto_map_cmd, No_if_crypto_map_cmdContext.class, (c, env) -> update(env, b -> b.cryptoMap = null));
        r.on(IosParser.RULE_ip_if_cmd, Ip_if_cmdContext.class, InterfaceCommands::ip);
        r.on(IosParser.RULE_no_ip_if_cmd, No_ip_if_cmdContext.class, InterfaceCommands::noIp);
        r.on(IosParser.RULE_encapsulation_cmd, Encapsulation_cmdContext.class, (c, env) -> {
            if (!subInterfacesOnly(c, env)) return;
            int vlan = Integer.parseInt(c.vlan_id().getText());
            update(env, b -> b.dot1q = vlan);
        });
        r.on(IosParser.RULE_no_encapsulation_cmd, No_encapsulation_cmdContext.class, (c, env) -> {
            if (subInterfacesOnly(c, env)) update(env, b -> b.dot1q = null);
        });
        r.on(IosParser.RULE_tunnel_cmd, Tunnel_cmdContext.class, InterfaceCommands::tunnel);
        r.on(IosParser.RULE_no_tunnel_cmd, No_tunnel_cmdContext.class, InterfaceCommands::noTunnel);
    }

    /** Applies an edit to every interface the mode acts on. */
    private static void update(CommandEnv env, java.util.function.Consumer<InterfaceConfig.Builder> edit) {
        for (IfName n : GlobalCommands.targets(env)) update(env, n, edit);
    }

    private static void update(CommandEnv env, IfName n, java.util.function.Consumer<InterfaceConfig.Builder> edit) {
        InterfaceConfig before = env.config().interfaceOrCreate(n);
        InterfaceConfig after = before.with(edit);
        if (!after.equals(before)) {
            env.config().put(after);
            env.changed();
        }
    }

    private static boolean subInterfacesOnly(org.antlr.v4.runtime.ParserRuleContext c, CommandEnv env) {
        for (IfName n : GlobalCommands.targets(env)) {
            if (!n.isSubInterface()) {
                env.invalid(c.getStart());
                return false;
            }
        }
        return true;
    }

    private static boolean physicalOnly(org.antlr.v4.runtime.ParserRuleContext c, CommandEnv env) {
        for (IfName n : GlobalCommands.targets(env)) {
            if (!env.config().interfaceOrCreate(n).isPhysical()) {
                env.invalid(c.getStart());
                return false;
            }
        }
        return true;
    }

    private static void ip(Ip_if_cmdContext c, CommandEnv env) {
        if (c.if_ip_address() != null) {
            String a = c.if_ip_address().getText();
            String m = c.if_ip_mask().getText();
            long av = Ipv4.parse(a);
            long mv = Ipv4.parse(m);
            if (!Ipv4.isMask(mv) || mv == 0) {
                env.fail(String.format("Bad mask 0x%X for address %s", mv, a));
                return;
            }
            int len = Ipv4.prefixLength(mv);
            long host = av & ~mv & 0xFFFFFFFFL;
            if (len < 31 && (host == 0 || host == (~mv & 0xFFFFFFFFL))) {
                env.fail("Bad mask /" + len + " for address " + a);
                return;
            }
            update(env, b -> {
                b.address = a;
                b.mask = m;
                b.unnumbered = null;
            });
        } else if (c.interface_name() != null) {
            IfName n = Ctx.ifName(c.interface_name());
            if (!GlobalCommands.exists(n)) {
                env.invalid(c.interface_name().getStart());
                return;
            }
            update(env, b -> {
                b.unnumbered = n;
                b.address = null;
                b.mask = null;
            });
        } else if (c.if_acl() != null) {
            String acl = c.if_acl().getText();
            boolean in = Ctx.has(c, "in");
            update(env, b -> {
                if (in) b.aclIn = acl;
                else b.aclOut = acl;
            });
        } else if (c.if_ip_mtu() != null) {
            int v = (int) Ctx.number(c.if_ip_mtu());
            update(env, b -> b.mtu = v);
        } else if (c.if_mss() != null) {
            int v = (int) Ctx.number(c.if_mss());
            update(env, b -> b.adjustMss = v);
        } else {
            icmpOption(c, env, true);
        }
    }

    /** {@code [no] ip redirects | unreachables | proxy-arp}. */
    private static boolean icmpOption(org.antlr.v4.runtime.ParserRuleContext c, CommandEnv env, boolean on) {
        if (Ctx.has(c, "redirects")) {
            update(env, b -> b.icmp = new InterfaceConfig.IcmpOptions(on, b.icmp.unreachables(), b.icmp.proxyArp()));
        } else if (Ctx.has(c, "unreachables")) {
            update(env, b -> b.icmp = new InterfaceConfig.IcmpOptions(b.icmp.redirects(), on, b.icmp.proxyArp()));
        } else if (Ctx.has(c, "proxy-arp")) {
            update(env, b -> b.icmp = new InterfaceConfig.IcmpOptions(b.icmp.redirects(), b.icmp.unreachables(), on));
        } else {
            return false;
        }
        return true;
    }

    private static void noIp(No_ip_if_cmdContext c, CommandEnv env) {
        if (Ctx.has(c, "address")) {
            update(env, b -> {
                b.address = null;
                b.mask = null;
            });
        } else if (Ctx.has(c, "unnumbered")) {
            update(env, b -> b.unnumbered = null);
        } else if (Ctx.has(c, "access-group")) {
            boolean in = Ctx.has(c, "in");
            update(env, b -> {
                if (in) b.aclIn = null;
                else b.aclOut = null;
            });
        } else if (Ctx.has(c, "mtu")) {
            update(env, b -> b.mtu = 0);
        } else if (!icmpOption(c, env, false)) {
            update(env, b -> b.adjustMss = 0);
        }
    }

    private static boolean tunnelOnly(org.antlr.v4.runtime.ParserRuleContext c, CommandEnv env) {
        for (IfName n : GlobalCommands.targets(env)) {
            if (!env.config().interfaceOrCreate(n).isTunnel()) {
                env.invalid(c.getStart());
                return false;
            }
        }
        return true;
    }

    private static void tunnel(Tunnel_cmdContext c, CommandEnv env) {
        if (!tunnelOnly(c, env)) return;
        if (Ctx.has(c, "source")) {
            if (c.interface_name() != null) {
                IfName n = Ctx.ifName(c.interface_name());
                if (!GlobalCommands.exists(n)) {
                    env.invalid(c.interface_name().getStart());
                    return;
                }
                update(env, b -> {
                    b.tunnelSourceInterface = n;
                    b.tunnelSourceAddress = null;
                });
            } else {
                String a = c.tunnel_src_address().getText();
                update(env, b -> {
                    b.tunnelSourceAddress = a;
                    b.tunnelSourceInterface = null;
                });
            }
        } else if (Ctx.has(c, "destination")) {
            String a = c.tunnel_dst_address().getText();
            update(env, b -> b.tunnelDestination = a);
        } else if (Ctx.has(c, "mode")) {
            TunnelMode m = mode(c.tunnel_mode());
            update(env, b -> b.tunnelMode = m);
        } else if (Ctx.has(c, "key")) {
            long k = Ctx.number(c.tunnel_key());
            update(env, b -> b.tunnelKey = k);
        } else {
            String p = c.tunnel_profile_name().getText();
            update(env, b -> b.tunnelProtectionProfile = p);
        }
    }

    private static TunnelMode mode(Tunnel_modeContext m) {
        if (Ctx.has(m, "ipsec")) return TunnelMode.IPSEC_IPV4;
        return Ctx.has(m, "multipoint") ? TunnelMode.GRE_MULTIPOINT : TunnelMode.GRE_IP;
    }

    private static void noTunnel(No_tunnel_cmdContext c, CommandEnv env) {
        if (!tunnelOnly(c, env)) return;
        if (Ctx.has(c, "source")) {
            update(env, b -> {
                b.tunnelSourceAddress = null;
                b.tunnelSourceInterface = null;
            });
        } else if (Ctx.has(c, "destination")) {
            update(env, b -> b.tunnelDestination = null);
        } else if (Ctx.has(c, "mode")) {
            update(env, b -> b.tunnelMode = TunnelMode.GRE_IP);
        } else if (Ctx.has(c, "key")) {
            update(env, b -> b.tunnelKey = null);
        } else {
            update(env, b -> b.tunnelProtectionProfile = null);
        }
    }
}
