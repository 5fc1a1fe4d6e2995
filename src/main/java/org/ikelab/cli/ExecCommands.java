package org.ikelab.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ikelab.config.RunningConfigRenderer;
import org.ikelab.config.Secret;
import org.ikelab.config.Passwords;
import org.ikelab.parse.CommandEnv;
import org.ikelab.parse.Ctx;
import org.ikelab.parse.CommandRegistry;
import org.ikelab.parse.Interpreter;
import org.ikelab.parse.Modes;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.*;

/** Handlers of the EXEC commands this layer serves from the configuration alone. */
final class ExecCommands {
    private ExecCommands() {}

    static void register(CommandRegistry r, CliSession s) {
        r.on(IosParser.RULE_enable_cmd, Enable_cmdContext.class, (c, env) -> enable(s));
        r.on(IosParser.RULE_disable_cmd, Disable_cmdContext.class, (c, env) -> s.interpreter().resetTo(Modes.EXEC_USER));
        r.on(IosParser.RULE_exit_exec_cmd, Exit_exec_cmdContext.class, (c, env) -> s.end());
        r.on(IosParser.RULE_logout_cmd, Logout_cmdContext.class, (c, env) -> s.end());
        r.on(IosParser.RULE_configure_cmd, Configure_cmdContext.class, (c, env) -> {
            if (Ctx.has(c, "terminal")) {
                configure(env);
                return;
            }
            if (Ctx.has(c, "memory")) {
                merge(s, env::print);
                return;
            }
            // Reference §1.2: the question, Enter takes the default; "network" (TFTP) is not offered.
            s.ask("Configuring from terminal, memory, or network [terminal]? ", ans -> {
                String a = ans.strip().toLowerCase(java.util.Locale.ROOT);
                if (a.isEmpty() || "terminal".startsWith(a)) {
                    s.printed("Enter configuration commands, one per line.  End with CNTL/Z.");
                    s.interpreter().resetTo(Modes.EXEC);
                    s.interpreter().execute("configure terminal", 0, new ArrayList<>());
                } else if ("memory".startsWith(a)) {
                    merge(s, s::printed);
                } else {
                    s.printed("?Must be \"terminal\", \"memory\" or \"network\"");
                }
            });
        });
        r.on(IosParser.RULE_terminal_cmd, Terminal_cmdContext.class, (c, env) -> {
            if (c.term_length() != null) s.length(Integer.parseInt(c.term_length().getText()));
            else if (c.term_width() != null) s.width(Integer.parseInt(c.term_width().getText()));
            else if (Ctx.has(c, "no")) s.monitor(false);
            // The console always shows log messages; only a vty needs "terminal monitor".
            else if (!s.isVty()) env.print("% Console already monitors");
            else s.monitor(true);
        });
        r.on(IosParser.RULE_show_cmd, Show_cmdContext.class, (c, env) -> {
            if (c.show_what().getChildCount() > 0 && c.show_what().getChild(0) instanceof org.antlr.v4.runtime.ParserRuleContext sub
                    && s.show(sub.getRuleIndex()) != null) {
                filter(env, new ArrayList<>(s.show(sub.getRuleIndex()).lines(sub, s)), c.output_modifier());
                return;
            }
            Interface_nameContext ifc = c.show_what().interface_name();
            if (ifc == null) {
                show(s, env, c.show_what().getText(), c.output_modifier());
                return;
            }
            var iface = s.config().interfaces().get(Ctx.ifName(ifc));
            if (iface == null) {
                env.invalid(ifc.getStart());
                return;
            }
            List<String> lines = lines(RunningConfigRenderer.renderInterface(iface));
            filter(env, lines, c.output_modifier());
        });
        r.on(IosParser.RULE_show_user_cmd, Show_user_cmdContext.class, (c, env) -> {
            if (c.show_user_what().getChildCount() > 0 && c.show_user_what().getChild(0) instanceof org.antlr.v4.runtime.ParserRuleContext sub
                    && s.show(sub.getRuleIndex()) != null) {
                filter(env, new ArrayList<>(s.show(sub.getRuleIndex()).lines(sub, s)), c.output_modifier());
                return;
            }
            show(s, env, c.show_user_what().getText(), c.output_modifier());
        });
        r.on(IosParser.RULE_write_cmd, Write_cmdContext.class, (c, env) -> {
            if (Ctx.has(c, "terminal")) show(s, env, "running-config", null);
            else if (Ctx.has(c, "erase")) erase(s);
            else save(s, env::print);
        });
        r.on(IosParser.RULE_copy_cmd, Copy_cmdContext.class, (c, env) -> {
            boolean toStartup = c.getChild(1).getText().equals("running-config");
            String dest = toStartup ? "startup-config" : "running-config";
            s.ask("Destination filename [" + dest + "]? ", ans -> {
                if (!ans.isBlank() && !ans.strip().equals(dest)) {
                    s.printed("%Error opening nvram:/" + ans.strip() + " (No such file or directory)");
                } else if (toStartup) {
                    save(s, s::printed);
                } else {
                    merge(s, s::printed);
                }
            });
        });
        r.on(IosParser.RULE_erase_cmd, Erase_cmdContext.class, (c, env) -> erase(s));
        r.on(IosParser.RULE_reload_cmd, Reload_cmdContext.class, (c, env) -> reload(s));
        r.on(IosParser.RULE_do_cmd, Do_cmdContext.class, (c, env) -> {
            Interpreter exec = new Interpreter(s.config(), s.registry(), s.clock(), s.random(), Modes.EXEC);
            List<String> out = new ArrayList<>();
            int column0 = s.prompt().length() + c.do_line().getStart().getCharPositionInLine();
            exec.execute(c.do_line().getText(), column0, out);
            out.forEach(env::print);
        });
        r.keepsMode(IosParser.RULE_do_cmd);
        s.onShow(IosParser.RULE_show_session_what, (ctx, session) -> ShowSession.lines((Show_session_whatContext) ctx, session));
    }

    private static void configure(CommandEnv env) {
        env.print("Enter configuration commands, one per line.  End with CNTL/Z.");
        env.enter(Modes.CONFIG, null);
    }

    private static void enable(CliSession s) {
        Secret secret = s.config().enableSecret();
        Secret password = s.config().enablePassword();
        if (secret == null && password == null) {
            if (s.configuredVty()) {
                // IOS refuses enable on a vty when no enable password is set.
                s.printed("% No password set");
                return;
            }
            s.interpreter().resetTo(Modes.EXEC);
            return;
        }
        askPassword(s, secret, password, 1);
    }

    /** IOS asks three times, then gives up with "% Bad secrets". */
    private static void askPassword(CliSession s, Secret secret, Secret password, int attempt) {
        s.askHidden("Password: ", ans -> {
            boolean ok = Passwords.matches(ans, secret != null ? secret : password);
            if (ok) {
                s.interpreter().resetTo(Modes.EXEC);
            } else if (attempt < 3) {
                askPassword(s, secret, password, attempt + 1);
            } else {
                s.printed("% Bad secrets");
                s.printed("");
            }
        });
    }

    static void show(CliSession s, CommandEnv env, String what, Output_modifierContext pipe) {
        List<String> lines = switch (what) {
            case "running-config" -> lines(RunningConfigRenderer.render(s.config()));
            case "startup-config" -> startup(s);
            case "version" -> ShowVersion.lines(s.config(), s.clock().wallMillis() - s.bootMillis());
            default -> new ArrayList<>();
        };
        filter(env, lines, pipe);
    }

    private static void filter(CommandEnv env, List<String> lines, Output_modifierContext pipe) {
        if (pipe != null) {
            List<String> f = OutputFilter.apply(pipe.getChild(1).getText(), pipe.pipe_regex().getText(), lines);
            if (f == null) {
                env.invalid(pipe.pipe_regex().getStart());
                return;
            }
            lines = f;
        }
        lines.forEach(env::print);
    }

    private static List<String> lines(String text) {
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return new ArrayList<>(Arrays.asList(t.split("\n", -1)));
    }

    private static List<String> startup(CliSession s) {
        try {
            var text = s.startup().read();
            if (text.isEmpty()) return new ArrayList<>(List.of("startup-config is not present"));
            List<String> l = new ArrayList<>();
            l.add("Using " + text.get().length() + " out of 262144 bytes");
            l.addAll(lines(text.get()));
            return l;
        } catch (IOException e) {
            return new ArrayList<>(List.of("%Error opening nvram:/startup-config (" + e.getMessage() + ")"));
        }
    }

    private static void save(CliSession s, java.util.function.Consumer<String> print) {
        print.accept("Building configuration...");
        try {
            s.config().savedMillis(s.clock().wallMillis());
            if (s.config().lastChangeMillis() < 0) s.config().lastChangeMillis(s.clock().wallMillis());
            s.startup().write(String.join("\n", RunningConfigRenderer.body(s.config())) + "\n");
            org.ikelab.config.crypto.RsaKeyStore.save(s.startup(), s.config().crypto());
            print.accept("[OK]");
        } catch (IOException e) {
            print.accept("%Error writing nvram:/startup-config (" + e.getMessage() + ")");
        }
    }

    /** {@code copy startup-config running-config}, {@code configure memory}: the startup-config merged into the running one. */
    private static void merge(CliSession s, java.util.function.Consumer<String> print) {
        try {
            var text = s.startup().read();
            if (text.isEmpty()) {
                print.accept("%Error opening nvram:/startup-config (No such file or directory)");
                return;
            }
            for (var p : org.ikelab.parse.ConfigLoader.load(text.get(), s.config(), s.registry(), s.clock(), s.random())) {
                print.accept(p.toString());
            }
            if (s.node() != null) s.node().configChanged();
            print.accept("[OK]");
        } catch (IOException e) {
            print.accept("%Error opening nvram:/startup-config (" + e.getMessage() + ")");
        }
    }

    private static void erase(CliSession s) {
        s.ask("Erasing the nvram filesystem will remove all configuration files! Continue? [confirm]", ans -> {
            if (!ans.isBlank() && !ans.strip().toLowerCase().startsWith("y")) return;
            try {
                s.startup().erase();
                s.printed("[OK]");
                s.printed("Erase of nvram: complete");
            } catch (IOException e) {
                s.printed("%Error erasing nvram: (" + e.getMessage() + ")");
            }
        });
    }

    private static void reload(CliSession s) {
        Runnable proceed = () -> s.ask("Proceed with reload? [confirm]", ans -> {
            if (!ans.isBlank() && !ans.strip().toLowerCase().startsWith("y")) return;
            List<String> report = new ArrayList<>();
            s.reload(report);
            report.forEach(s::printed);
            s.printed("");
            if (s.config().bannerMotd() != null) s.printed(s.config().bannerMotd());
        });
        if (s.config().lastChangeMillis() > s.config().savedMillis()) {
            s.ask("System configuration has been modified. Save? [yes/no]: ", ans -> {
                if (ans.strip().toLowerCase().startsWith("y")) save(s, s::printed);
                proceed.run();
            });
        } else {
            proceed.run();
        }
    }
}
