package org.ikelab.cli.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ikelab.cli.CliSession;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.config.StartupStore;
import org.ikelab.lab.RouterNode;
import org.ikelab.lab.script.ScriptParser;
import org.ikelab.lab.script.ScriptResult;
import org.ikelab.lab.script.ScriptRunner;
import org.ikelab.lab.script.ScriptTarget;
import org.ikelab.lab.topology.Endpoint;
import org.ikelab.lab.topology.LinkSpec;
import org.ikelab.lab.topology.NodeSpec;
import org.ikelab.lab.topology.Topology;
import org.ikelab.lab.topology.TopologyParser;
import org.ikelab.link.InMemoryLink;

/**
 * Runs a lab folder in memory on virtual time, as the lab runtime will: nodes booted from the
 * start configs (or {@code solution/}), links as in-memory cables, one console per node, and the
 * {@code check} script through {@link ScriptRunner}. Until the lab runtime's own runner takes
 * over, this is how the crypto labs prove themselves solvable.
 */
final class LabHarness implements ScriptTarget {
    private static final Pattern GI = Pattern.compile("(?i)g[a-z]*(\\d+/\\d+)");
    final VirtualScheduler sched = new VirtualScheduler();
    final Map<String, RouterNode> nodes = new LinkedHashMap<>();
    final Map<String, CliSession> consoles = new LinkedHashMap<>();
    private final StringBuilder screen = new StringBuilder();

    LabHarness(Path lab, boolean solution) throws Exception {
        TopologyParser.Result r = new TopologyParser(LabHarness::canonical).parse(lab.resolve("topology.yaml"));
        if (!(r instanceof TopologyParser.Result.Ok ok)) throw new AssertionError("topology: " + r);
        Topology t = ok.topology();
        for (NodeSpec n : t.nodes().values()) {
            Path cfg = solution ? lab.resolve("solution").resolve(n.config().getFileName()) : lab.resolve(n.config());
            StartupStore nv = StartupStore.memory();
            nv.write(Files.readString(cfg));
            RouterNode node = new RouterNode(n.name(), sched, nv, RandomSource.seeded(n.name().hashCode()));
            node.boot();
            nodes.put(n.name(), node);
            CliSession s = new CliSession(node, "console", false);
            s.screen(new CliSession.Screen() {
                @Override public void print(String text) { screen.append(text); }
                @Override public void log(String line) { }
            });
            s.open();
            consoles.put(n.name(), s);
        }
        for (LinkSpec l : t.links()) {
            Endpoint.RouterPort a = (Endpoint.RouterPort) l.a();
            Endpoint.RouterPort b = (Endpoint.RouterPort) l.b();
            InMemoryLink.cable(nodes.get(a.node()).router(), a.iface(), nodes.get(b.node()).router(), b.iface());
        }
        sched.advance(Duration.ofSeconds(2));
    }

    static Optional<String> canonical(String typed) {
        Matcher m = GI.matcher(typed);
        return m.matches() ? Optional.of("GigabitEthernet" + m.group(1)) : Optional.empty();
    }

    ScriptResult check(Path lab) throws Exception {
        ScriptParser.Parsed p = ScriptParser.parse(Files.readString(lab.resolve("check")));
        if (!p.ok()) throw new AssertionError("check script: " + p.errors());
        return new ScriptRunner(this).run(p.lines());
    }

    @Override
    public boolean hasRouter(String name) {
        return nodes.containsKey(name);
    }

    @Override
    public String firstRouter() {
        return nodes.keySet().iterator().next();
    }

    @Override
    public Typed type(String router, String line) {
        CliSession s = consoles.get(router);
        screen.setLength(0);
        screen.append(s.enter(line));
        for (int i = 0; i < 600 && s.busy(); i++) sched.advance(Duration.ofMillis(100));
        sched.runDue();
        return new Typed(s.prompt() + line + "\n" + screen, screen.toString());
    }

    @Override
    public void sleep(Duration d) {
        sched.advance(d);
    }

    @Override
    public long nanoTime() {
        return sched.nanoTime();
    }
}
