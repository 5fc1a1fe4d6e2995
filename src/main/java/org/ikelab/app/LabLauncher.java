package org.ikelab.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.ikelab.cli.LabConsoles;
import org.ikelab.config.StartupStore;
import org.ikelab.lab.InterfaceNames;
import org.ikelab.lab.Lab;
import org.ikelab.lab.script.ScriptParser;
import org.ikelab.lab.script.ScriptResult;
import org.ikelab.lab.script.ScriptRunner;
import org.ikelab.lab.topology.NodeSpec;
import org.ikelab.lab.topology.Topology;
import org.ikelab.lab.topology.TopologyError;
import org.ikelab.lab.topology.TopologyParser;

/** What {@code run}, {@code lab} and {@code check} share: reading a topology, NVRAM choices, scripted runs. */
final class LabLauncher {
    private LabLauncher() {}

    /** The topology, or null after printing every error as {@code file:line: message}. */
    static Topology topology(Path file, PrintStream err) {
        if (!Files.isRegularFile(file)) {
            err.println(file + ":0: no such topology file");
            return null;
        }
        TopologyParser.Result r = new TopologyParser(InterfaceNames::canonical).parse(file);
        if (r instanceof TopologyParser.Result.Failed f) {
            for (TopologyError e : f.errors()) err.println(e);
            return null;
        }
        return ((TopologyParser.Result.Ok) r).topology();
    }

    /** NVRAM in memory, loaded from {@code source(node)} (a script run never writes files). */
    static Function<NodeSpec, StartupStore> memoryFrom(Function<NodeSpec, Path> source) {
        return n -> {
            StartupStore s = StartupStore.memory();
            Path p = source.apply(n);
            if (p != null && Files.isRegularFile(p)) {
                try {
                    s.write(Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return s;
        };
    }

    /** NVRAM in {@code dir/NAME.cfg}, first filled from the node's start config (the lab's own file is never written). */
    static Function<NodeSpec, StartupStore> workingCopy(Path dir) {
        return n -> {
            Path mine = dir.resolve(n.name() + ".cfg");
            try {
                if (!Files.exists(mine) && n.config() != null && Files.isRegularFile(n.config())) {
                    Files.createDirectories(dir);
                    Files.copy(n.config(), mine);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return StartupStore.file(mine);
        };
    }

    static Lab.Progress quietProgress(PrintStream err) {
        return (node, done, total, report) -> {
            for (String line : report) err.println(node + ": " + line);
        };
    }

    /** Runs a script file against a started lab; prints the transcript and failures; returns the result. */
    static Optional<ScriptResult> runScript(Lab lab, Path script, PrintStream out, PrintStream err) throws IOException {
        ScriptParser.Parsed p = ScriptParser.parse(Files.readString(script));
        if (!p.ok()) {
            for (String e : p.errors()) err.println(script + ":" + e);
            return Optional.empty();
        }
        ScriptResult r;
        try (LabConsoles consoles = new LabConsoles(lab)) {
            r = new ScriptRunner(consoles).run(p.lines());
        }
        out.print(r.transcript());
        if (!r.transcript().endsWith("\n")) out.println();
        for (ScriptResult.Failure f : r.failures()) err.println(script + ":" + f.line() + ": " + f.message());
        return Optional.of(r);
    }

    /**
     * Starts the lab, runs the script (its transcript to {@code transcript}) and prints the task
     * grades to {@code out}: always with {@code alwaysGrade}, else only when the script has tasks.
     * Returns the exit code: 0 every expectation held, 1 some failed, 2 the script did not parse.
     */
    static int runGraded(Topology t, Lab.Options o, Path script, PrintStream transcript, boolean alwaysGrade,
                         PrintStream out, PrintStream err) throws Exception {
        try (Lab lab = Lab.start(t, o, quietProgress(err))) {
            Optional<ScriptResult> r = runScript(lab, script, transcript, err);
            if (r.isEmpty()) return 2;
            if (alwaysGrade || !r.get().tasks().isEmpty()) printGrades(r.get(), out);
            return r.get().passed() ? 0 : 1;
        }
    }

    /** One {@code [PASS]}/{@code [FAIL]} line per task, then the count. */
    static void printGrades(ScriptResult r, PrintStream out) {
        int n = 0;
        int passed = 0;
        for (ScriptResult.TaskGrade g : r.tasks()) {
            n++;
            if (g.passed()) passed++;
            out.println((g.passed() ? "[PASS] " : "[FAIL] ") + "Task " + n + ": " + g.title());
        }
        out.println(passed + " of " + n + " tasks done.");
    }
}
