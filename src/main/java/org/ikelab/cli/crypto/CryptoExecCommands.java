package org.ikelab.cli.crypto;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ikelab.cli.show.crypto.CryptoDebugMessages;
import org.ikelab.cli.show.crypto.ShowCryptoEngineConnections;
import org.ikelab.cli.show.crypto.ShowCryptoIpsecSa;
import org.ikelab.cli.show.crypto.ShowCryptoIsakmpPeers;
import org.ikelab.cli.show.crypto.ShowCryptoIsakmpSa;
import org.ikelab.cli.show.crypto.ShowCryptoMap;
import org.ikelab.cli.show.crypto.ShowCryptoSession;
import org.ikelab.cli.show.crypto.ShowCryptoSessionBrief;
import org.ikelab.parse.CommandEnv;
import org.ikelab.parse.CommandRegistry;
import org.ikelab.parse.Ctx;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.Clear_crypto_cmdContext;
import org.ikelab.parse.gen.IosParser.Debug_crypto_cmdContext;
import org.ikelab.parse.gen.IosParser.Output_modifierContext;
import org.ikelab.parse.gen.IosParser.Show_crypto_state_cmdContext;
import org.ikelab.parse.gen.IosParser.Undebug_cmdContext;
import org.ikelab.router.crypto.CryptoEngine;
import org.ikelab.router.crypto.CryptoSessionBriefs;
import org.ikelab.router.crypto.CryptoStatus;

/** Handlers of the {@code Ios_crypto_exec} rules, on one router's engine. */
public final class CryptoExecCommands {
    private CryptoExecCommands() {
    }

    /**
     * The registration point of a console session on a lab node: makes sure the node runs its
     * crypto feature and registers the crypto EXEC commands on it.
     */
    public static void register(CommandRegistry r, org.ikelab.lab.RouterNode node) {
        CryptoNodeFeature f = CryptoNodeFeature.of(node);
        register(r, f::engine, f.debug());
    }

    /**
     * Registers the crypto EXEC commands for the router whose engine {@code engine} supplies
     * (read when a command runs, so the engine may be created later; null means no crypto yet).
     */
    public static void register(CommandRegistry r, Supplier<CryptoEngine> engine, CryptoDebug debug) {
        r.on(IosParser.RULE_show_crypto_state_cmd, Show_crypto_state_cmdContext.class, (c, env) -> show(engine.get(), debug, c, env));
        r.on(IosParser.RULE_clear_crypto_cmd, Clear_crypto_cmdContext.class, (c, env) -> clear(engine.get(), c, env));
        r.on(IosParser.RULE_debug_crypto_cmd, Debug_crypto_cmdContext.class, (c, env) -> {
            CryptoDebugMessages.Flag f = Ctx.has(c, "isakmp") ? CryptoDebugMessages.Flag.ISAKMP : CryptoDebugMessages.Flag.IPSEC;
            debug.set(f, true);
            print(env, CryptoDebugMessages.toggled(f, true), null);
        });
        r.on(IosParser.RULE_undebug_cmd, Undebug_cmdContext.class, (c, env) -> {
            if (Ctx.has(c, "all")) {
                debug.allOff();
                print(env, CryptoDebugMessages.allOff(), null);
                return;
            }
            CryptoDebugMessages.Flag f = Ctx.has(c, "isakmp") ? CryptoDebugMessages.Flag.ISAKMP : CryptoDebugMessages.Flag.IPSEC;
            debug.set(f, false);
            print(env, CryptoDebugMessages.toggled(f, false), null);
        });
    }

    private static void show(CryptoEngine engine, CryptoDebug debug, Show_crypto_state_cmdContext c, CommandEnv env) {
        Output_modifierContext pipe = c.output_modifier();
        if (Ctx.has(c, "debug") || Ctx.has(c, "debugging")) {
            print(env, CryptoDebugMessages.showDebug(debug.flags()), pipe);
            return;
        }
        CryptoStatus s = engine == null ? null : new CryptoStatus(engine);
        String out;
        if (Ctx.has(c, "isakmp")) {
            if (Ctx.has(c, "peers")) {
                print(env, ShowCryptoIsakmpPeers.format(s == null ? List.of() : s.isakmpPeers()), pipe);
                return;
            }
            boolean detail = Ctx.has(c.show_isakmp_sa(), "detail");
            var sas = s == null ? List.<org.ikelab.ike.status.IkeSaStatus>of() : s.isakmpSas();
            out = detail ? ShowCryptoIsakmpSa.formatDetail(sas) : ShowCryptoIsakmpSa.format(sas);
        } else if (Ctx.has(c, "ipsec")) {
            var groups = s == null ? List.<org.ikelab.ipsec.status.CryptoMapSaGroup>of() : s.ipsecSas();
            var sa = c.show_ipsec_sa();
            if (Ctx.has(sa, "detail")) out = ShowCryptoIpsecSa.formatDetail(groups);
            else if (Ctx.has(sa, "peer")) out = ShowCryptoIpsecSa.formatPeer(groups, address(sa.crypto_exec_address().getText()));
            else if (Ctx.has(sa, "interface")) out = ShowCryptoIpsecSa.formatInterface(groups, interfaceName(engine, sa.interface_name().getText()));
            else if (Ctx.has(sa, "address")) out = ShowCryptoIpsecSa.formatAddress(groups);
            else if (Ctx.has(sa, "identity")) out = ShowCryptoIpsecSa.formatIdentity(groups);
            else out = ShowCryptoIpsecSa.format(groups);
        } else if (Ctx.has(c, "session") && Ctx.has(c, "brief")) {
            out = ShowCryptoSessionBrief.format(engine == null ? List.of() : CryptoSessionBriefs.rows(engine));
        } else if (Ctx.has(c, "session")) {
            var sessions = s == null ? List.<org.ikelab.ike.status.CryptoSessionStatus>of() : s.cryptoSessions();
            out = Ctx.has(c, "detail") ? ShowCryptoSession.formatDetail(sessions) : ShowCryptoSession.format(sessions);
        } else if (Ctx.has(c, "map")) {
            out = ShowCryptoMap.format(s == null ? List.of() : s.cryptoMaps());
        } else {
            out = ShowCryptoEngineConnections.format(s == null ? List.of() : s.engineConnections());
        }
        print(env, out, pipe);
    }

    /** {@code clear crypto ...} prints nothing (ios-crypto-reference §4.19, §7.12). */
    private static void clear(CryptoEngine engine, Clear_crypto_cmdContext c, CommandEnv env) {
        if (engine == null) return;
        InetAddress peer = c.crypto_exec_address() == null ? null : address(c.crypto_exec_address().getText());
        if (Ctx.has(c, "sa") && Ctx.has(c, "counters")) {
            engine.clearSaCounters();
        } else if (Ctx.has(c, "sa") && c.crypto_map_name() != null) {
            engine.clearSaMap(c.crypto_map_name().getText());
        } else if (Ctx.has(c, "sa")) {
            engine.clearSa(peer);
        } else if (Ctx.has(c, "isakmp")) {
            engine.clearIsakmp(c.crypto_exec_conn_id() == null ? 0 : Integer.parseInt(c.crypto_exec_conn_id().getText()));
        } else {
            engine.clearSession(peer);
        }
    }

    private static String interfaceName(CryptoEngine engine, String typed) {
        if (engine == null) return typed;
        var i = engine.router().findInterface(typed);
        return i == null ? typed : i.name();
    }

    private static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Prints the formatter's text line by line, through {@code | include/exclude/begin/section}. */
    static void print(CommandEnv env, String text, Output_modifierContext pipe) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        if (pipe != null) lines = filter(pipe.getChild(1).getText(), pipe.pipe_regex().getText().strip(), lines);
        lines.forEach(env::print);
    }

    static List<String> filter(String kind, String regex, List<String> lines) {
        Pattern p;
        try {
            p = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            p = Pattern.compile(Pattern.quote(regex));
        }
        List<String> out = new ArrayList<>();
        boolean begun = false;
        boolean inSection = false;
        for (String l : lines) {
            boolean m = p.matcher(l).find();
            switch (kind) {
                case "include" -> { if (m) out.add(l); }
                case "exclude" -> { if (!m) out.add(l); }
                case "begin" -> {
                    begun |= m;
                    if (begun) out.add(l);
                }
                default -> {
                    if (!l.startsWith(" ") && !l.startsWith("\t")) inSection = m;
                    if (inSection) out.add(l);
                }
            }
        }
        return out;
    }
}
