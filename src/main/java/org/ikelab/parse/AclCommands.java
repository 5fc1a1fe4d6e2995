package org.ikelab.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.ikelab.config.Acl;
import org.ikelab.config.AclAddress;
import org.ikelab.config.AclEntry;
import org.ikelab.config.PortMatch;
import org.ikelab.config.Ports;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.*;

/** Handlers of numbered and named IPv4 access lists. */
final class AclCommands {
    private AclCommands() {}

    static void register(CommandRegistry r) {
        r.on(IosParser.RULE_access_list_cmd, Access_list_cmdContext.class, AclCommands::numbered);
        r.on(IosParser.RULE_no_access_list_cmd, No_access_list_cmdContext.class, (c, env) -> {
            if (env.config().acls().remove(Ctx.token(c, 1) == null ? c.getChild(1).getText() : Ctx.token(c, 1)) != null) env.changed();
        });
        r.on(IosParser.RULE_ip_acl_cmd, Ip_acl_cmdContext.class, AclCommands::named);
        r.on(IosParser.RULE_no_ip_acl_cmd, No_ip_acl_cmdContext.class, (c, env) -> {
            if (env.config().acls().remove(c.getChild(3).getText()) != null) env.changed();
        });
        r.on(IosParser.RULE_std_nacl_cmd, Std_nacl_cmdContext.class, (c, env) -> {
            if (c.std_nacl_exit_cmd() != null) env.exitMode();
            else sub(c, c.acl_seq(), c.std_ace() == null ? null : standard(c.std_ace()), c.acl_remark(), env);
        });
        r.on(IosParser.RULE_ext_nacl_cmd, Ext_nacl_cmdContext.class, (c, env) -> {
            if (c.ext_nacl_exit_cmd() != null) env.exitMode();
            else sub(c, c.acl_seq(), c.ext_ace() == null ? null : extended(c.ext_ace()), c.acl_remark(), env);
        });
    }

    static boolean isStandardNumber(long n) {
        return (n >= 1 && n <= 99) || (n >= 1300 && n <= 1999);
    }

    private static void numbered(Access_list_cmdContext c, CommandEnv env) {
        String num = c.getChild(1).getText();
        boolean std = isStandardNumber(Long.parseLong(num));
        Acl acl = env.config().acls().get(num);
        if (acl == null) acl = new Acl(num, std, java.util.List.of());
        AclEntry e;
        if (c.acl_remark() != null) {
            e = AclEntry.remark(acl.nextSeq(), c.acl_remark().acl_remark_text().getText());
        } else {
            e = c.std_ace() != null ? standard(c.std_ace()) : extended(c.ext_ace());
            if (acl.contains(e)) return;
            e = e.withSeq(acl.nextSeq());
        }
        env.config().acls().put(num, acl.with(e));
        env.changed();
    }

    private static void named(Ip_acl_cmdContext c, CommandEnv env) {
        boolean std = Ctx.has(c, "standard");
        ParserRuleContext nameCtx = std ? c.acl_std_name() : c.acl_ext_name();
        String name = nameCtx.getText();
        if (LineMatcher.allDigits(name)) {
            long n = Long.parseLong(name);
            boolean ok = name.length() < 6 && (std ? isStandardNumber(n) : ((n >= 100 && n <= 199) || (n >= 2000 && n <= 2699)));
            if (!ok) {
                env.invalid(nameCtx.getStart());
                return;
            }
        }
        Acl acl = env.config().acls().get(name);
        if (acl != null && acl.standard() != std) {
            env.fail("% A named " + (acl.standard() ? "standard" : "extended") + " IP access list with this name already exists");
            return;
        }
        if (acl == null) {
            env.config().acls().put(name, new Acl(name, std, java.util.List.of()));
            env.changed();
        }
        env.enter(std ? Modes.STD_NACL : Modes.EXT_NACL, name);
    }

    private static void sub(ParserRuleContext c, Acl_seqContext seqCtx, AclEntry entry, Acl_remarkContext remark, CommandEnv env) {
        String name = (String) env.frame().target();
        Acl acl = env.config().acls().get(name);
        if (acl == null) return;
        boolean no = Ctx.has(c, "no") || Ctx.has(c, "default");
        if (no) {
            Acl after = seqCtx != null ? acl.without((int) Ctx.number(seqCtx))
                    : remark != null ? acl.withoutSame(AclEntry.remark(0, remark.acl_remark_text().getText()))
                    : acl.withoutSame(entry);
            if (!after.equals(acl)) {
                env.config().acls().put(name, after);
                env.changed();
            }
            return;
        }
        int seq = seqCtx == null ? acl.nextSeq() : (int) Ctx.number(seqCtx);
        AclEntry e = remark != null ? AclEntry.remark(seq, remark.acl_remark_text().getText()) : entry.withSeq(seq);
        for (AclEntry x : acl.entries()) {
            if (x.seq() == seq) {
                env.fail("% Duplicate sequence number");
                return;
            }
        }
        if (remark == null && acl.contains(e)) return;
        env.config().acls().put(name, acl.with(e));
        env.changed();
    }

    private static boolean permit(Acl_actionContext a) {
        return a.getText().equals("permit");
    }

    static AclEntry standard(Std_aceContext c) {
        Std_addrContext a = c.std_addr();
        AclAddress src;
        if (Ctx.has(a, "any")) src = AclAddress.ANY;
        else if (a.acl_host() != null) src = AclAddress.host(a.acl_host().getText());
        else if (a.std_wildcard() == null) src = AclAddress.host(a.std_host_address().getText());
        else src = AclAddress.of(a.std_host_address().getText(), a.std_wildcard().getText());
        return AclEntry.standard(0, permit(c.acl_action()), src, Ctx.has(c, "log"));
    }

    static AclEntry extended(Ext_aceContext c) {
        String proto;
        if (c.ext_ip_proto() != null) {
            proto = c.ext_ip_proto().getText();
            if (c.ext_ip_proto().acl_proto_number() != null) proto = protocolName(Integer.parseInt(proto));
        } else {
            proto = c.getChild(1).getText();
        }
        PortMatch sp = null;
        PortMatch dp = null;
        if (proto.equals("tcp")) {
            sp = port(c.tcp_port_match(0), c.acl_src(), proto);
            dp = port(c.tcp_port_match(c.tcp_port_match().size() - 1), c.acl_dst(), proto);
        } else if (proto.equals("udp")) {
            sp = port(c.udp_port_match(0), c.acl_src(), proto);
            dp = port(c.udp_port_match(c.udp_port_match().size() - 1), c.acl_dst(), proto);
        }
        String icmp = c.icmp_type() == null ? null : c.icmp_type().getText();
        return new AclEntry(0, null, permit(c.acl_action()), proto, address(c.acl_src().getStart().getText(), c.acl_src()),
                sp, address(c.acl_dst().getStart().getText(), c.acl_dst()), dp, Ctx.has(c, "established"), icmp,
                c.ext_tail() != null && Ctx.has(c.ext_tail(), "log"));
    }

    /** A port match belongs to the address it follows (source or destination). */
    private static PortMatch port(ParserRuleContext m, ParserRuleContext addr, String proto) {
        if (m == null || m.getStart().getTokenIndex() != addr.getStop().getTokenIndex() + 1) return null;
        String op = m.getStart().getText();
        String lo = m.getChild(1).getText();
        String hi = op.equals("range") ? m.getChild(2).getText() : null;
        return new PortMatch(op, portNumber(proto, lo), hi == null ? 0 : portNumber(proto, hi));
    }

    private static int portNumber(String proto, String s) {
        return LineMatcher.allDigits(s) ? Integer.parseInt(s) : Ports.number(proto, s);
    }

    private static String protocolName(int n) {
        return switch (n) {
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            case 47 -> "gre";
            case 50 -> "esp";
            case 51 -> "ahp";
            default -> Integer.toString(n);
        };
    }

    private static AclAddress address(String first, ParserRuleContext c) {
        if (first.equals("any")) return AclAddress.ANY;
        if (first.equals("host")) return AclAddress.host(c.getStop().getText());
        return AclAddress.of(c.getStart().getText(), c.getStop().getText());
    }
}
