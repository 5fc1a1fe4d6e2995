package org.ikelab.app;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ikelab.cli.CliSession;
import org.ikelab.cli.JlineConsole;
import org.ikelab.cli.StreamConsole;
import org.ikelab.common.Clock;
import org.ikelab.common.RandomSource;
import org.ikelab.config.StartupStore;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ikelab router [NAME] [--config FILE]}: one router's console on this terminal. */
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
        StartupStore store = config == null ? StartupStore.memory() : StartupStore.file(config);
        List<String> report = new ArrayList<>();
        CliSession s = CliSession.boot(name, store, Clock.SYSTEM, RandomSource.secure(), report);
        for (String r : report) System.out.println(r);
        if (System.console() != null && System.console().isTerminal()) {
            try (Terminal t = TerminalBuilder.builder().system(true).build()) {
                new JlineConsole(s, t).run();
            }
        } else {
            new StreamConsole(s, new InputStreamReader(System.in, StandardCharsets.UTF_8), System.out).run();
        }
        return 0;
    }
}
