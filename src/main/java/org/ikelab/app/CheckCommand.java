package org.ikelab.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ikelab.lab.Lab;
import org.ikelab.lab.topology.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ikelab check labs/NAME [--solution]}: runs the lab's {@code check} script on virtual time
 * and grades it task by task. With {@code --solution} the routers start from {@code solution/}
 * (proving the lab solvable); without, from the learner's working copy.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Grade a lab's tasks (virtual time, no terminal).")
public final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LAB", description = "The lab folder (labs/NAME).")
    Path folder;

    @Option(names = "--solution", description = "Start every router from the lab's solution/ configs.")
    boolean solution;

    @Option(names = "--seed", description = "Seed of the simulation (default 1).")
    long seed = 1;

    @Option(names = "--work", paramLabel = "DIR", description = "The learner's working copy (default ~/.ikelab/work/NAME).")
    Path work;

    @Option(names = "--transcript", description = "Print the check's transcript too.")
    boolean transcript;

    @Override
    public Integer call() throws Exception {
        return check(folder, solution, seed, work == null ? LabCommand.defaultWork(folder) : work, transcript, System.out, System.err);
    }

    static int check(Path folder, boolean solution, long seed, Path work, boolean showTranscript, PrintStream out, PrintStream err)
            throws Exception {
        Topology t = LabLauncher.topology(folder.resolve("topology.yaml"), err);
        if (t == null) return 2;
        Path script = folder.resolve("check");
        if (!Files.isRegularFile(script)) {
            err.println(script + ":0: no check script");
            return 2;
        }
        Lab.Options o = Lab.Options.virtual(seed, LabLauncher.memoryFrom(n -> {
            if (solution) {
                Path s = folder.resolve("solution").resolve(n.name() + ".cfg");
                return Files.isRegularFile(s) ? s : n.config();
            }
            Path w = work.resolve(n.name() + ".cfg");
            return Files.isRegularFile(w) ? w : n.config();
        }));
        PrintStream sink = showTranscript ? out : new PrintStream(PrintStream.nullOutputStream());
        return LabLauncher.runGraded(t, o, script, sink, true, out, err);
    }
}
