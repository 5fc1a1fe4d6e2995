package org.ikelab.parse;

import java.util.List;
import org.ikelab.config.IfName;
import org.ikelab.config.IfType;
import org.ikelab.config.InterfaceConfig;
import org.ikelab.config.LineConfig;
import org.ikelab.config.Passwords;
import org.ikelab.config.LoggingConfig;
import org.ikelab.config.RouterConfig;
import org.ikelab.config.Secret;
import org.ikelab.config.Type7;
import org.ikelab.config.User;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.*;

/** Handlers of the global configuration commands that are not in a feature class. */
final class GlobalCommands {
    private GlobalCommands() {}

    static void register(CommandRegistry r) {
        r.on(IosParser.RULE_hostname_cmd, Hostname_cmdContext.class, (c, env) -> {
            String h = c.hostname_arg().getText();
            if (!h.matches("[A-Za-z0-9_-]{1,63}")) {
                env.fail("% Hostname contains one or more illegal characters.");
                return;
            }
            env.config().hostname(h);
            env.changed();
        });
        r.on(IosParser.RULE_no_hostname_cmd, No_hostname_cmdContext.class, (c, env) -> {
            env.config().hostname("Router");
            env.changed();
        });
        r.on(IosParser.RULE_end_cmd, End_cmdContext.class, (c, env) -> env.endConfig());
        r.on(IosParser.RULE_exit_config_cmd, Exit_config_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_boilerplate_cmd, Boilerplate_cmdContext.class, (c, env) -> {
            // Most of these lines are fixed in the rendered config; these three are settings.
            boolean on = !env.negated() && !env.defaulted();
            RouterConfig cfg = env.config();
            if (Ctx.has(c, "new-model") && cfg.aaaNewModel() != on) {
                cfg.aaaNewModel(on);
                env.changed();
            } else if (Ctx.has(c, "server") && cfg.httpServer() != on) {
                cfg.httpServer(on);
                env.changed();
            } else if (Ctx.has(c, "secure-server") && cfg.httpSecureServer() != on) {
                cfg.httpSecureServer(on);
                env.changed();
            }
        });
        r.on(IosParser.RULE_banner_cmd, Banner_cmdContext.class, GlobalCommands::banner);
        r.on(IosParser.RULE_no_banner_cmd, No_banner_cmdContext.class, (c, env) -> {
            env.config().bannerMotd(null);
            env.changed();
        });
        r.on(IosParser.RULE_enable_pw_cmd, Enable_pw_cmdContext.class, GlobalCommands::enable);
        r.on(IosParser.RULE_no_enable_pw_cmd, No_enable_pw_cmdContext.class, (c, env) -> {
            if (Ctx.has(c, "secret")) env.config().enableSecret(null);
            else env.config().enablePassword(null);
            env.changed();
        });
        r.on(IosParser.RULE_service_cmd, Service_cmdContext.class, (c, env) -> {
            boolean on = !env.negated() && !env.defaulted();
            if (on && !env.config().passwordEncryption()) encryptAll(env);
            env.config().passwordEncryption(on);
            env.changed();
        });
        r.on(IosParser.RULE_username_cmd, Username_cmdContext.class, GlobalCommands::username);
        r.on(IosParser.RULE_no_username_cmd, No_username_cmdContext.class, (c, env) -> {
            env.config().users().remove(c.username_arg().getText());
            env.changed();
        });
        r.on(IosParser.RULE_ip_domain_cmd, Ip_domain_cmdContext.class, (c, env) -> {
            boolean off = env.negated() || env.defaulted();
            if (Ctx.has(c, "domain-lookup") || Ctx.has(c, "lookup")) {
                env.config().domainLookup(!env.negated());
            } else {
                env.config().domainName(off ? null : c.domain_name_arg().getText());
            }
            env.changed();
        });
        r.on(IosParser.RULE_ip_host_cmd, Ip_host_cmdContext.class, (c, env) -> {
            if (env.negated() || env.defaulted()) {
                if (env.config().removeHost(c.ip_host_name().getText())) env.changed();
                return;
            }
            // IOS keeps at most eight addresses per name.
            List<String> addresses = c.ip_host_address().stream().map(a -> a.getText()).limit(8).toList();
            env.config().host(c.ip_host_name().getText(), addresses);
            env.changed();
        });
        r.on(IosParser.RULE_no_ip_host_cmd, No_ip_host_cmdContext.class, (c, env) -> {
            if (env.config().removeHost(c.ip_host_name().getText())) env.changed();
        });
        r.on(IosParser.RULE_interface_cmd, Interface_cmdContext.class, (c, env) -> {
            if (Ctx.has(c, "range")) {
                range(c, env);
                return;
            }
            IfName n = Ctx.ifName(c.interface_name());
            if (!exists(n)) {
                env.invalid(c.interface_name().getStart());
                return;
            }
            if (c.subif_number() != null) {
                // Only Ethernet interfaces have sub-interfaces.
                if (n.type() != IfType.GIGABIT_ETHERNET) {
                    env.invalid(Ctx.keyword(c, "."));
                    return;
                }
                n = new IfName(n.type(), n.number() + "." + c.subif_number().getText());
            }
            if (!env.config().interfaces().containsKey(n) && !env.config().subInterfaces().containsKey(n)) {
                env.config().interfaceOrCreate(n);
                env.changed();
            }
            env.enter(n.isSubInterface() ? Modes.SUBINTERFACE : Modes.INTERFACE, n);
        });
        r.on(IosParser.RULE_no_interface_cmd, No_interface_cmdContext.class, (c, env) -> {
            IfName n = Ctx.ifName(c.interface_name());
            if (c.subif_number() != null) {
                IfName sub = new IfName(n.type(), n.number() + "." + c.subif_number().getText());
                if (env.config().subInterfaces().remove(sub) == null) env.invalid(c.subif_number().getStart());
                else env.changed();
                return;
            }
            if (n.type() == IfType.GIGABIT_ETHERNET) {
                if (!exists(n)) env.invalid(c.interface_name().getStart());
                else env.fail("% Removal of physical interfaces is not permitted");
                return;
            }
            env.config().interfaces().remove(n);
            env.changed();
        });
        r.on(IosParser.RULE_logging_cmd, Logging_cmdContext.class, GlobalCommands::logging);
        r.on(IosParser.RULE_no_logging_cmd, No_logging_cmdContext.class, GlobalCommands::noLogging);
        r.on(IosParser.RULE_line_cmd, Line_cmdContext.class, GlobalCommands::line);
    }

    /** {@code logging [host] A.B.C.D}, {@code logging buffered [SIZE] [LEVEL]}, {@code logging trap [LEVEL]}. */
    private static void logging(Logging_cmdContext c, CommandEnv env) {
        RouterConfig cfg = env.config();
        LoggingConfig l = cfg.logging();
        if (c.logging_host() != null) {
            String h = c.logging_host().getText();
            if (!cfg.loggingHosts().contains(h)) cfg.loggingHosts().add(h);
        } else if (Ctx.has(c, "buffered")) {
            int size = LoggingConfig.DEFAULT_BUFFER_SIZE;
            int level = c.logging_level() == null ? LoggingConfig.DEBUGGING : level(c.logging_level());
            if (c.logging_buffer_size() != null) {
                long v = Ctx.number(c.logging_buffer_size());
                // The parser may read a lone level number as the size: the value decides.
                if (v <= LoggingConfig.DEBUGGING && c.logging_level() == null) level = (int) v;
                else size = (int) v;
            }
            if (size < LoggingConfig.MIN_BUFFER_SIZE || level < 0) {
                env.invalid(c.getStop());
                return;
            }
            cfg.logging(l.withBuffered(true, size, level));
        } else {
            cfg.logging(l.withTrap(c.logging_level() == null ? LoggingConfig.INFORMATIONAL : level(c.logging_level())));
        }
        env.changed();
    }

    private static void noLogging(No_logging_cmdContext c, CommandEnv env) {
        RouterConfig cfg = env.config();
        LoggingConfig l = cfg.logging();
        if (c.logging_host() != null) {
            if (cfg.loggingHosts().remove(c.logging_host().getText())) env.changed();
        } else if (Ctx.has(c, "buffered")) {
            // "no" turns the buffer off; "default" brings back IOS's 8192 bytes at debugging.
            cfg.logging(env.defaulted() ? l.withBuffered(true, LoggingConfig.DEFAULT_BUFFER_SIZE, LoggingConfig.DEBUGGING)
                    : l.withBuffered(false, l.bufferSize(), l.bufferLevel()));
            env.changed();
        } else {
            cfg.logging(l.withTrap(LoggingConfig.INFORMATIONAL));
            env.changed();
        }
    }

    private static int level(Logging_levelContext c) {
        if (c.logging_level_number() != null) return (int) Ctx.number(c.logging_level_number());
        return LoggingConfig.level(c.getText());
    }

    static boolean exists(IfName n) {
        return n.type() != IfType.GIGABIT_ETHERNET || RouterConfig.PHYSICAL.contains(n);
    }

    private static void banner(Banner_cmdContext c, CommandEnv env) {
        String text = c.banner_text().getText();
        String delim = text.startsWith("^C") ? "^C" : text.substring(0, 1);
        String rest = text.substring(delim.length());
        int end = rest.indexOf(delim);
        if (end >= 0) {
            env.config().bannerMotd(rest.substring(0, end));
            env.changed();
            return;
        }
        env.print("Enter TEXT message.  End with the character '" + delim + "'.");
        env.collectUntil(delim, rest + "\n", t -> {
            env.config().bannerMotd(t);
            env.changed();
        });
    }

    private static void enable(Enable_pw_cmdContext c, CommandEnv env) {
        if (Ctx.has(c, "secret")) {
            Secret s = secret(c.secret_type_kw(), c.secret_value(), env);
            if (s == null) return;
            env.config().enableSecret(s);
        } else {
            env.config().enablePassword(password(c.password_type_kw(), c.password_value().getText(), env));
        }
        env.changed();
    }

    /** A secret as typed: clear text is hashed (type 9); a hash must be well formed. */
    static Secret secret(Secret_type_kwContext type, Secret_valueContext value, CommandEnv env) {
        int t = type == null ? 0 : Integer.parseInt(type.getText());
        String v = value.getText();
        if (t == 0) return Passwords.hashSecret(v, env.random());
        if (!Passwords.wellFormed(t, v)) {
            env.fail("ERROR: The secret you entered is not a valid encrypted secret.",
                    "To enter an UNENCRYPTED secret, do not specify type " + t + " encryption.",
                    "When you properly enter an UNENCRYPTED secret, it will be encrypted.", "");
            return null;
        }
        return new Secret(t, v);
    }

    /** A password as typed: kept clear, or type 7 when password encryption is on. */
    static Secret password(Password_type_kwContext type, String value, CommandEnv env) {
        if (type != null && type.getText().equals("7")) return new Secret(7, value);
        return env.config().passwordEncryption() ? new Secret(7, Type7.encode(value, env.random().nextInt(16))) : new Secret(0, value);
    }

    private static void encryptAll(CommandEnv env) {
        RouterConfig cfg = env.config();
        if (cfg.enablePassword() != null && cfg.enablePassword().type() == 0) {
            cfg.enablePassword(new Secret(7, Type7.encode(cfg.enablePassword().value(), env.random().nextInt(16))));
        }
        cfg.lines().replaceAll((k, l) -> l.password() != null && l.password().type() == 0
                ? l.withPassword(new Secret(7, Type7.encode(l.password().value(), env.random().nextInt(16)))) : l);
        cfg.users().replaceAll((k, u) -> u.password() != null && u.password().type() == 0
                ? new User(u.name(), u.privilege(), new Secret(7, Type7.encode(u.password().value(), env.random().nextInt(16))), u.secret()) : u);
    }

    private static void username(Username_cmdContext c, CommandEnv env) {
        String name = c.username_arg().getText();
        int priv = c.privilege_level() == null ? -1 : (int) Ctx.number(c.privilege_level());
        User u;
        if (c.secret_value() != null) {
            Secret s = secret(c.secret_type_kw(), c.secret_value(), env);
            if (s == null) return;
            u = new User(name, priv, null, s);
        } else {
            u = new User(name, priv, password(c.password_type_kw(), c.password_value().getText(), env), null);
        }
        env.config().users().put(name, u);
        env.changed();
    }

    private static void line(Line_cmdContext c, CommandEnv env) {
        RouterConfig cfg = env.config();
        java.util.List<String> blocks = new java.util.ArrayList<>();
        if (Ctx.has(c, "console")) {
            blocks.add("con");
        } else if (Ctx.has(c, "aux")) {
            blocks.add("aux");
        } else {
            int first = (int) Ctx.number(c.line_vty_first());
            int last = c.line_vty_last() == null ? first : (int) Ctx.number(c.line_vty_last());
            if (last < first) {
                env.invalid(c.line_vty_last().getStart());
                return;
            }
            if (first <= 4) blocks.add("vty");
            if (last >= 5) {
                if (!cfg.lines().containsKey("vty5")) {
                    cfg.lines().put("vty5", LineConfig.fresh("vty", 5, 15));
                    env.changed();
                }
                blocks.add("vty5");
            }
        }
        env.enter(Modes.LINE, java.util.List.copyOf(blocks));
    }

    /** {@code interface range}: every interface of every item must exist (tunnels and loopbacks are created). */
    private static void range(Interface_cmdContext c, CommandEnv env) {
        java.util.List<IfName> names = new java.util.ArrayList<>();
        for (If_range_itemContext item : c.if_range_item()) {
            IfName first = Ctx.ifName(item.interface_name());
            String num = first.number();
            int slash = num.lastIndexOf('/');
            String prefix = num.substring(0, slash + 1);
            long from = Long.parseLong(num.substring(slash + 1));
            long to = item.if_range_end() == null ? from : Ctx.number(item.if_range_end());
            if (to < from || to - from > 100) {
                env.invalid(item.if_range_end() == null ? item.getStart() : item.if_range_end().getStart());
                return;
            }
            for (long k = from; k <= to; k++) {
                IfName n = new IfName(first.type(), prefix + k);
                if (!exists(n)) {
                    env.invalid(item.getStart());
                    return;
                }
                names.add(n);
            }
        }
        for (IfName n : names) {
            if (!env.config().interfaces().containsKey(n)) {
                env.config().interfaceOrCreate(n);
                env.changed();
            }
        }
        env.enter(Modes.INTERFACE_RANGE, java.util.List.copyOf(names));
    }

    /** The interfaces a (config-if) or (config-if-range) command acts on. */
    static java.util.List<IfName> targets(CommandEnv env) {
        Object t = env.frame().target();
        if (t instanceof IfName n) return java.util.List.of(n);
        java.util.List<IfName> out = new java.util.ArrayList<>();
        if (t instanceof java.util.List<?> l) for (Object o : l) out.add((IfName) o);
        return out;
    }

    /** The interface a sub-mode command acts on (the first of a range). */
    static InterfaceConfig current(CommandEnv env) {
        return env.config().interfaceOrCreate(targets(env).get(0));
    }
}
