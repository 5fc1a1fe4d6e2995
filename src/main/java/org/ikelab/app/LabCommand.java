package org.ikelab.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ikelab.lab.Lab;
import org.ikelab.lab.topology.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ikelab lab labs/NAME}: starts an exercise for a learner. The routers' NVRAM is a working
 * copy ({@code ~/.ikelab/work/NAME} by default), never the lab's own files; {@code check} in the
 * lab shell grades the live routers.
 */
@Command(name = "lab", mixinStandardHelpOptions = true, description = "Start a lab exercise (labs/NAME).")
public final class LabCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LAB", description = "The lab folder.")
    Path folder;

    @Option(names = "--work", paramLabel = "DIR", description = "Working copy of the router configs.")
    Path work;

    @Option(names = "--bind", paramLabel = "ADDR", description = "Address the telnet consoles listen on (default: the topology's bind:, else 127.0.0.1).")
    String bind;

    @Override
    public Integer call() throws Exception {
        return start(folder, work == null ? defaultWork(folder) : work, bind);
    }

    /** {@code bind}: the consoles' listen address, or null for the topology's {@code bind:}. */
    static int start(Path folder, Path work, String bind) throws Exception {
        Topology t = LabLauncher.topology(folder.resolve("topology.yaml"), System.err);
        if (t == null) return 2;
        Lab.Options o = Lab.Options.realTime(LabLauncher.workingCopy(work));
        System.out.println("Lab " + folder.getFileName() + ": the exercise is in " + folder.resolve("README.md"));
        System.out.println("Your configs are saved in " + work);
        return Interactive.run(t, o, bind == null ? t.bind() : bind, System.in, System.out, folder.resolve("check"));
    }

    static Path defaultWork(Path folder) {
        return Path.of(System.getProperty("user.home"), ".ikelab", "work", folder.toAbsolutePath().normalize().getFileName().toString());
    }
}
