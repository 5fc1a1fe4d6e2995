package org.ikelab.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ikelab.lab.Lab;
import org.ikelab.lab.topology.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ikelab run FILE [--script S] [--virtual-time] [--seed N] [--host A]}: starts a topology.
 * With a script, runs it without a terminal, prints the transcript and exits 0 only if every
 * expectation held; otherwise opens the consoles (telnet ports and the first router's console).
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a lab topology (consoles, or a script).")
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The topology file (YAML).")
    Path file;

    @Option(names = "--script", paramLabel = "S", description = "Run this script and exit (no terminal).")
    Path script;

    @Option(names = "--virtual-time", description = "Run every router on the virtual-time simulator (one thread).")
    boolean virtualTime;

    @Option(names = "--seed", description = "Seed for virtual time and impairments (default 1).")
    long seed = 1;

    @Option(names = "--host", paramLabel = "A", description = "Run only the nodes of lab host A (multi-host labs).")
    String host;

    @Option(names = "--no-console", description = "No console on this terminal: serve telnet consoles until stopped.")
    boolean noConsole;

    @Option(names = "--bind", paramLabel = "ADDR", description = "Address the telnet consoles listen on (default: the topology's bind:, else 127.0.0.1).")
    String bind;

    @Override
    public Integer call() throws Exception {
        Topology t = LabLauncher.topology(file, System.err);
        if (t == null) return 2;
        if (host != null && !t.hosts().containsKey(host)) {
            System.err.println(file + ":0: no host named " + host + " in the topology");
            return 2;
        }
        if (script != null) {
            Lab.Options o = virtualTime ? Lab.Options.virtual(seed, LabLauncher.memoryFrom(n -> n.config()))
                    : Lab.Options.realTime(LabLauncher.memoryFrom(n -> n.config()));
            if (host != null) o = o.onHost(host);
            return LabLauncher.runGraded(t, o, script, System.out, false, System.out, System.err);
        }
        if (virtualTime) {
            System.err.println("--virtual-time needs --script: nothing would move the simulated clock at a live console");
            return 2;
        }
        // A live console runs on real time (virtual time was refused above).
        Lab.Options o = Lab.Options.realTime(LabLauncher.workingCopy(Path.of(System.getProperty("user.home"), ".ikelab", "work", t.name())));
        if (host != null) o = o.onHost(host);
        return Interactive.run(t, o, bind == null ? t.bind() : bind, System.in, System.out, null, noConsole);
    }
}
