package org.ikelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.parse.CommandEnv;
import org.ikelab.parse.CommandRegistry;
import org.ikelab.parse.Ctx;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.*;
import org.ikelab.router.PingListener;
import org.ikelab.router.PingRequest;
import org.ikelab.router.PingResult;
import org.ikelab.router.TracerouteHop;
import org.ikelab.router.TracerouteListener;
import org.ikelab.router.TracerouteProbe;
import org.ikelab.router.TracerouteRequest;
import org.ikelab.router.show.Ping;
import org.ikelab.router.show.Traceroute;
import org.ikelab.wire.Ipv4Address;

/**
 * {@code ping} (one-line and extended) and {@code traceroute} (reference §4.17, §4.18). Both run
 * as a {@link CliSession.Job}: the header is printed at once, result characters and hop lines as
 * they arrive on the router's loop, and the prompt only when the command is done.
 */
final class PingCommands {
    private static final String UNKNOWN_HOST = "% Unrecognized host or address, or protocol not running.";

    private PingCommands() {}

    static void register(CommandRegistry r, CliSession s) {
        r.on(IosParser.RULE_ping_cmd, Ping_cmdContext.class, (c, env) -> {
            if (c.ping_target() == null) {
                // Extended ping is a privileged command; user EXEC needs the target.
                if (s.mode() == org.ikelab.parse.Modes.EXEC_USER) env.fail("% Incomplete command.", "");
                else extended(s);
                return;
            }
            if (s.node() == null) {
                env.print(UNKNOWN_HOST);
                return;
            }
            String target = resolve(s, c.ping_target().getText(), env::print);
            if (target == null) return;
            PingRequest req = PingRequest.to(target);
            for (Ping_optionContext o : c.ping_option()) {
                try {
                    if (o.ping_repeat() != null) req = req.withRepeat(Integer.parseInt(o.ping_repeat().getText()));
                    else if (o.ping_size() != null) req = req.withSize(Integer.parseInt(o.ping_size().getText()));
                    else if (o.ping_timeout() != null) req = req.withTimeout(Integer.parseInt(o.ping_timeout().getText()));
                    else if (o.ping_source_address() != null) req = req.withSource(Ipv4Address.parse(o.ping_source_address().getText()));
                    else if (o.interface_name() != null) req = req.withSourceInterface(Ctx.ifName(o.interface_name()).toString());
                    else req = req.withDfBit(true);
                } catch (IllegalArgumentException e) {
                    env.invalid(o.getStop());
                    return;
                }
            }
            start(s, req, env::print);
        });
        r.on(IosParser.RULE_traceroute_cmd, Traceroute_cmdContext.class, (c, env) -> traceroute(s, c, env));
    }

    /**
     * The address a typed target names: a dotted quad as is, else the first address of its
     * {@code ip host} entry (no lookup line, as on IOS). Otherwise IOS asks DNS, which this router
     * has none of: with {@code ip domain lookup} (the default) the broadcast query line, then the
     * error; null after printing.
     */
    static String resolve(CliSession s, String target, java.util.function.Consumer<String> print) {
        if (Ipv4Address.parseOrNull(target) != null) return target;
        java.util.Optional<String> host = s.config().resolveHost(target);
        if (host.isPresent()) return host.get();
        if (s.config().domainLookup()) print.accept("Translating \"" + target + "\"...domain server (255.255.255.255)");
        print.accept(UNKNOWN_HOST);
        return null;
    }

    /** Starts the ping; header lines go to {@code print}, the rest to the session's job. */
    static void start(CliSession s, PingRequest req, java.util.function.Consumer<String> print) {
        if (s.node() == null) {
            print.accept(UNKNOWN_HOST);
            return;
        }
        Ipv4Address explicit = req.source();
        if (req.sourceInterface() != null) {
            var i = s.node().router().findInterface(req.sourceInterface());
            if (i != null) explicit = i.address();
        }
        // The source is checked before anything is printed, as IOS does.
        if (req.sourceInterface() != null && explicit == null) {
            print.accept("% Invalid source interface - " + req.sourceInterface());
            return;
        }
        if (req.source() != null && !ownAddress(s, req.source())) {
            print.accept("% Invalid source address- use a local address");
            return;
        }
        Ping.header(req, explicit).forEach(print);
        CliSession.Job job = s.startJob();
        int[] count = {0};
        try {
            s.node().router().ping(req, new PingListener() {
                @Override
                public void probe(int index, char result) {
                    if (count[0] > 0 && count[0] % Ping.WRAP == 0) job.print("\n");
                    count[0]++;
                    job.print(String.valueOf(result));
                }

                @Override
                public void done(PingResult result) {
                    job.finish("\n" + Ping.summary(result) + "\n");
                }
            });
        } catch (IllegalArgumentException e) {
            job.finish(e.getMessage() + "\n");
        }
    }

    private static boolean ownAddress(CliSession s, Ipv4Address a) {
        for (var i : s.node().router().interfaces()) if (a.equals(i.address())) return true;
        return false;
    }

    /** Extended ping: IOS 15 questions (reference §4.17), Enter takes the bracketed default. */
    private static void extended(CliSession s) {
        PingRequest[] req = {null};
        s.ask("Protocol [ip]: ", proto -> {
            if (!proto.isBlank() && !"ip".startsWith(proto.strip().toLowerCase())) {
                s.printed("% Unknown protocol - \"" + proto.strip() + "\", type \"ping ?\" for help");
                return;
            }
            s.ask("Target IP address: ", target -> {
                String named = target.isBlank() || Ipv4Address.parseOrNull(target.strip()) != null ? target.strip()
                        : s.config().resolveHost(target.strip()).orElse(target.strip());
                Ipv4Address t = Ipv4Address.parseOrNull(named);
                if (t == null) {
                    s.printed(target.isBlank() ? "% Bad IP address" : UNKNOWN_HOST);
                    return;
                }
                req[0] = new PingRequest(t, 5, 100, null, null, 2, false);
                askNumber(s, "Repeat count [5]: ", 5, 1, Integer.MAX_VALUE, n -> {
                    req[0] = req[0].withRepeat(n);
                    askNumber(s, "Datagram size [100]: ", 100, PingRequest.MIN_SIZE, PingRequest.MAX_SIZE, size -> {
                        req[0] = req[0].withSize(size);
                        askNumber(s, "Timeout in seconds [2]: ", 2, 0, 3600, to -> {
                            req[0] = req[0].withTimeout(to);
                            s.ask("Extended commands [n]: ", ext -> {
                                if (ext.strip().toLowerCase().startsWith("y")) extendedCommands(s, req);
                                else sweep(s, req);
                            });
                        });
                    });
                });
            });
        });
    }

    private static void extendedCommands(CliSession s, PingRequest[] req) {
        s.ask("Ingress ping [n]: ", ingress -> s.ask("Source address or interface: ", src -> {
            String v = src.strip();
            if (!v.isEmpty()) {
                Ipv4Address a = Ipv4Address.parseOrNull(v);
                req[0] = a != null ? req[0].withSource(a) : req[0].withSourceInterface(v);
            }
            s.ask("Type of service [0]: ", tos -> s.ask("Set DF bit in IP header? [no]: ", df -> {
                if (df.strip().toLowerCase().startsWith("y")) req[0] = req[0].withDfBit(true);
                s.ask("Validate reply data? [no]: ", val -> s.ask("Data pattern [0x0000ABCD]: ", pat ->
                        s.ask("Loose, Strict, Record, Timestamp, Verbose[none]: ", opt -> sweep(s, req))));
            }));
        }));
    }

    private static void sweep(CliSession s, PingRequest[] req) {
        s.ask("Sweep range of sizes [n]: ", sw -> start(s, req[0], s::printed));
    }

    private static void askNumber(CliSession s, String prompt, int dflt, int min, int max, java.util.function.IntConsumer then) {
        s.ask(prompt, ans -> {
            int v;
            try {
                v = ans.isBlank() ? dflt : Integer.parseInt(ans.strip());
            } catch (NumberFormatException e) {
                v = -1;
            }
            if (v < min || v > max) {
                s.printed("% A decimal number between " + min + " and " + max + ".");
                askNumber(s, prompt, dflt, min, max, then);
                return;
            }
            then.accept(v);
        });
    }

    private static void traceroute(CliSession s, Traceroute_cmdContext c, CommandEnv env) {
        if (c.trace_target() == null) {
            env.fail("% Incomplete command.");
            return;
        }
        if (s.node() == null) {
            env.print(UNKNOWN_HOST);
            return;
        }
        String target = resolve(s, c.trace_target().getText(), env::print);
        if (target == null) return;
        TracerouteRequest req = TracerouteRequest.to(target);
        for (Trace_optionContext o : c.trace_option()) {
            if (o.trace_source_address() != null) req = req.withSource(Ipv4Address.parse(o.trace_source_address().getText()));
            else if (o.interface_name() != null) {
                var i = s.node().router().findInterface(Ctx.ifName(o.interface_name()).toString());
                if (i == null || !i.hasAddress()) {
                    env.print("% Invalid source interface - " + Ctx.ifName(o.interface_name()));
                    return;
                }
                req = req.withSource(i.address());
            } else if (o.trace_probe() != null) {
                req = new TracerouteRequest(req.target(), req.source(), Integer.parseInt(o.trace_probe().getText()),
                        req.timeoutSeconds(), req.minTtl(), req.maxTtl(), req.port());
            } else if (o.trace_timeout() != null) {
                req = new TracerouteRequest(req.target(), req.source(), req.probes(),
                        Integer.parseInt(o.trace_timeout().getText()), req.minTtl(), req.maxTtl(), req.port());
            } else if (o.trace_min_ttl() != null) {
                int min = Integer.parseInt(o.trace_min_ttl().getText());
                int max = Integer.parseInt(o.trace_max_ttl().getText());
                req = new TracerouteRequest(req.target(), req.source(), req.probes(), req.timeoutSeconds(), min, max, req.port());
            }
        }
        if (req.source() != null && !ownAddress(s, req.source())) {
            env.print("% Invalid source address- use a local address");
            return;
        }
        String typed = c.trace_target().getText();
        for (String line : Traceroute.header(req.target())) {
            // A name is shown with its address, as IOS does: "Tracing the route to R2 (10.0.0.2)".
            env.print(!typed.equals(target) && line.startsWith("Tracing the route to ")
                    ? "Tracing the route to " + typed + " (" + target + ")" : line);
        }
        CliSession.Job job = s.startJob();
        int probes = req.probes();
        List<TracerouteProbe> hop = new ArrayList<>();
        try {
            s.node().router().traceroute(req, new TracerouteListener() {
                @Override
                public void probe(int ttl, int index, TracerouteProbe probe) {
                    hop.add(probe);
                    if (hop.size() == probes) {
                        job.print(Traceroute.hopLine(new TracerouteHop(ttl, List.copyOf(hop))) + "\n");
                        hop.clear();
                    }
                }

                @Override
                public void done(List<TracerouteHop> hops, boolean reached) {
                    job.finish("");
                }
            });
        } catch (IllegalArgumentException e) {
            job.finish(e.getMessage() + "\n");
        }
    }
}
