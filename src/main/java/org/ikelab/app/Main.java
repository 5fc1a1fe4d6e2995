package org.ikelab.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ikelab} command. Each subcommand is its own class in this package; this class only
 * wires them together. The launcher script {@code ./ikelab} also knows {@code test}, which runs
 * the whole test suite with Maven and never reaches this class.
 */
@Command(name = "ikelab",
        mixinStandardHelpOptions = true,
        version = "ikelab 0.1.0",
        description = "A Cisco-IOS-style router emulator with a real IKE and IPsec stack.",
        footer = {"", "Launcher-only:", "  test    Run the whole test suite (Maven, JDK 25 found automatically)."},
        subcommands = {CommandLine.HelpCommand.class, RouterCommand.class, RunCommand.class, LabCommand.class, CheckCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (used by tests, which must not exit the JVM). */
    public static int run(String... args) {
        org.ikelab.cli.crypto.CryptoNodeFeature.install();
        org.ikelab.crypto.cipher.GcmProvider.prepareInBackground();
        CommandLine cl = new CommandLine(new Main());
        // A lab that cannot start (a port in use, a file that cannot be read) is a message, not a stack trace.
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("% " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            cmd.getErr().flush();
            return 2;
        });
        return cl.execute(args);
    }

    /**
     * No arguments: start the first lab under {@code labs/} (sorted by folder name), else print
     * usage. {@code labs/} is looked for in the current folder, then in the project the launcher
     * came from ({@code IKELAB_HOME}), so {@code ikelab} works from any folder.
     */
    @Override
    public void run() {
        java.nio.file.Path labs = java.nio.file.Path.of("labs");
        String home = System.getenv("IKELAB_HOME");
        if (!java.nio.file.Files.isDirectory(labs) && home != null) labs = java.nio.file.Path.of(home, "labs");
        if (java.nio.file.Files.isDirectory(labs)) {
            try (var s = java.nio.file.Files.list(labs)) {
                var first = s.filter(p -> java.nio.file.Files.isRegularFile(p.resolve("topology.yaml"))).sorted().findFirst();
                if (first.isPresent()) {
                    LabCommand.start(first.get(), LabCommand.defaultWork(first.get()), null);
                    return;
                }
            } catch (Exception e) {
                System.err.println("% " + e.getMessage());
                return;
            }
        }
        spec.commandLine().usage(System.out);
    }
}
