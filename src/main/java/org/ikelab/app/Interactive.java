package org.ikelab.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ikelab.cli.LabShell;
import org.ikelab.cli.telnet.TelnetServer;
import org.ikelab.cli.telnet.VtyConnection;
import org.ikelab.lab.Lab;
import org.ikelab.lab.RouterNode;
import org.ikelab.lab.topology.NodeSpec;
import org.ikelab.lab.topology.Topology;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A lab with people at it: boots with a progress line, serves telnet consoles, prints the table,
 * then shows the first router's console on this terminal. Ctrl-] opens the lab shell.
 */
final class Interactive {
    private static final int ESCAPE = 0x1d;  // Ctrl-]

    private Interactive() {}

    static int run(Topology t, Lab.Options o, String bind, InputStream in, PrintStream out, Path checkScript) throws Exception {
        return run(t, o, bind, in, out, checkScript, false);
    }

    /** {@code telnetOnly}: no local console; the lab runs until the process is stopped (Ctrl-C). */
    static int run(Topology t, Lab.Options o, String bind, InputStream in, PrintStream out, Path checkScript, boolean telnetOnly)
            throws Exception {
        Lab lab = Lab.start(t, o, (node, done, total, report) -> {
            out.print("\rBooting routers: " + done + "/" + total + " (" + node + ")   ");
            for (String r : report) out.print("\n" + node + ": " + r + "\n");
            out.flush();
        });
        out.println();
        try (lab; TelnetServer telnet = new TelnetServer()) {
            Map<String, Integer> ports = new LinkedHashMap<>();
            int next = t.consoleBase();
            for (RouterNode n : lab.nodes().values()) {
                NodeSpec spec = t.nodes().get(n.name());
                int want = spec.console() != 0 ? spec.console() : next++;
                if (lab.virtualTime()) continue;
                try {
                    ports.put(n.name(), telnet.listen(n, bind, want));
                } catch (Exception e) {
                    System.err.println("% cannot listen on " + bind + ":" + want + " for " + n.name() + " (" + e.getMessage() + ")");
                    return 2;
                }
            }
            LabShell shell = new LabShell(lab, ports, checkScript, lab.nodes().keySet().iterator().next());
            out.print(shell.table(bind));
            if (telnetOnly) {
                out.println("Consoles by telnet only; stop the lab with Ctrl-C.");
                out.flush();
                java.util.concurrent.CountDownLatch stop = new java.util.concurrent.CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
                return 0;
            }
            // Started from a terminal: Ctrl-] opens the lab shell on telnet sessions too.
            telnet.escapeTo(() -> new LabShell(lab, ports, checkScript, shell.target()), bind);
            out.println("Console of " + shell.target() + " follows. Ctrl-] opens the lab shell (also over telnet).");
            out.flush();
            Terminal term = System.console() != null && System.console().isTerminal()
                    ? TerminalBuilder.builder().system(true).build() : null;
            Attributes saved = term == null ? null : term.enterRawMode();
            try {
                consoleLoop(lab, shell, bind, term == null ? in : term.input(), out);
            } finally {
                if (term != null) {
                    term.setAttributes(saved);
                    term.close();
                }
            }
        }
        return 0;
    }

    private static void consoleLoop(Lab lab, LabShell shell, String bind, InputStream in, PrintStream out) throws IOException {
        Object lock = new Object();
        java.util.function.Consumer<String> screen = text -> {
            synchronized (lock) {
                out.print(text.replace("\n", "\r\n"));
                out.flush();
            }
        };
        Map<String, VtyConnection> consoles = new LinkedHashMap<>();
        VtyConnection current = open(lab, shell.target(), consoles, screen);
        boolean inShell = false;
        StringBuilder shellLine = new StringBuilder();
        int b;
        while (!shell.quit() && (b = in.read()) >= 0) {
            if (!inShell && b == ESCAPE) {
                inShell = true;
                screen.accept("\n" + LabShell.PROMPT);
                continue;
            }
            if (inShell) {
                if (b == '\r' || b == '\n') {
                    screen.accept("\n");
                    String text = shell.execute(shellLine.toString(), bind);
                    String cmd = shellLine.toString().strip();
                    shellLine.setLength(0);
                    screen.accept(text);
                    if (shell.quit()) break;
                    if (cmd.isEmpty() || cmd.equals("resume") || cmd.startsWith("console") || cmd.startsWith("c ")) {
                        inShell = false;
                        current = open(lab, shell.target(), consoles, screen);
                        continue;
                    }
                    screen.accept(LabShell.PROMPT);
                } else if (b == 127 || b == 8) {
                    if (shellLine.length() > 0) {
                        shellLine.setLength(shellLine.length() - 1);
                        screen.accept("\b \b");
                    }
                } else if (b >= 32) {
                    shellLine.append((char) b);
                    screen.accept(String.valueOf((char) b));
                }
                continue;
            }
            VtyConnection c = current;
            byte key = (byte) (b == '\n' ? '\r' : b);
            lab.nodes().get(shell.target()).scheduler().execute(() -> c.receive(key));
        }
        screen.accept("\nStopping the lab.\n");
    }

    private static VtyConnection open(Lab lab, String name, Map<String, VtyConnection> consoles,
                                      java.util.function.Consumer<String> screen) throws IOException {
        VtyConnection existing = consoles.get(name);
        RouterNode n = lab.nodes().get(name);
        if (existing != null && !existing.session().ended()) {
            lab.onNode(n, () -> screen.accept("\n" + existing.session().prompt()));
            return existing;
        }
        VtyConnection[] c = {null};
        lab.onNode(n, () -> {
            c[0] = new VtyConnection(n, "console", false, screen, () -> { });
            c[0].open();
        });
        consoles.put(name, c[0]);
        return c[0];
    }
}
