package org.ikelab.app;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ikelab.cli.CliSession;
import org.ikelab.cli.StreamConsole;
import org.ikelab.config.StartupStore;
import org.ikelab.lab.Lab;
import org.ikelab.lab.RouterNode;
import org.ikelab.lab.topology.NodeSpec;
import org.ikelab.lab.topology.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ikelab router [NAME] [--config FILE]}: one live router (interfaces, ping, crypto) with
 * its console on this terminal, or driven line by line from piped stdin. It is a lab of one node,
 * so it behaves exactly like a router of a topology (also reachable by telnet on a terminal).
 */
@Command(name = "router", mixinStandardHelpOptions = true,
        description = "Run one router with its console on this terminal (or on piped stdin/stdout).")
public final class RouterCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", description = "Hostname (default Router).")
    String name;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Startup-config file: loaded at start, written by 'write memory'.")
    Path config;

    @Override
    public Integer call() throws Exception {
        String host = name == null ? "Router" : name;
        if (!host.matches("[A-Za-z][A-Za-z0-9_-]{0,62}")) {
            System.err.println("% Bad router name '" + host + "' (letters, digits, '-' and '_', starting with a letter)");
            return 2;
        }
        StartupStore store = config == null ? StartupStore.memory() : StartupStore.file(config);
        Topology one = new Topology(Path.of(host + ".yaml"), host,
                Map.of(host, new NodeSpec(host, "router", null, 0, null, 0)), List.of(), Map.of(),
                Topology.DEFAULT_CONSOLE_BASE, Topology.DEFAULT_UDP_BASE, Topology.DEFAULT_BIND);
        Lab.Options options = Lab.Options.realTime(spec -> store);
        if (System.console() != null && System.console().isTerminal()) {
            return Interactive.run(one, options, "127.0.0.1", System.in, System.out, null, false);
        }
        try (Lab lab = Lab.start(one, options, (node, done, total, report) -> report.forEach(System.out::println))) {
            RouterNode node = lab.nodes().get(host);
            CliSession session = lab.call(node, () -> new CliSession(node, "console", false)).get();
            new StreamConsole(session, new InputStreamReader(System.in, StandardCharsets.UTF_8), System.out,
                    node.scheduler()::execute).run();
            lab.call(node, () -> {
                session.close();
                return null;
            }).get();
        }
        return 0;
    }
}
