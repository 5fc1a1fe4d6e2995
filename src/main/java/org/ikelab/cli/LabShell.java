package org.ikelab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ikelab.config.RunningConfigRenderer;
import org.ikelab.lab.Lab;
import org.ikelab.lab.LabLink;
import org.ikelab.lab.RouterNode;
import org.ikelab.lab.script.ScriptParser;
import org.ikelab.lab.script.ScriptResult;
import org.ikelab.lab.script.ScriptRunner;

/**
 * The lab shell (Ctrl-] from any console): lists routers and links, switches console, starts
 * and stops captures, takes links down and up, saves every config, grades a lab, quits.
 * {@link #execute} returns the text to show; the console switch and quit are reported through
 * {@link #target()} and {@link #quit()}.
 */
public final class LabShell {
    public static final String PROMPT = "lab> ";
    public static final String HELP = String.join("\n",
            "Lab shell commands:",
            "  list                      routers, telnet ports and links",
            "  console NAME              switch the console to router NAME",
            "  resume                    back to the current console (also: empty line)",
            "  link down|up N            pull or plug link N (as numbered by 'list')",
            "  capture start N FILE      write link N's frames to FILE (pcap)",
            "  capture stop N            stop that capture",
            "  save                      write memory on every router",
            "  check                     grade the lab's tasks on the live routers",
            "  quit                      stop the lab and exit", "");

    private final Lab lab;
    private final Map<String, Integer> ports;
    private final Path checkScript;
    private String target;
    private boolean quit;

    public LabShell(Lab lab, Map<String, Integer> ports, Path checkScript, String firstRouter) {
        this.lab = lab;
        this.ports = ports;
        this.checkScript = checkScript;
        this.target = firstRouter;
    }

    public String target() { return target; }
    public boolean quit() { return quit; }

    /** The table printed at start and by {@code list}. */
    public String table(String bind) {
        StringBuilder sb = new StringBuilder(String.format("%-12s %-22s%n", "Router", "Console (telnet)"));
        for (RouterNode n : lab.nodes().values()) {
            Integer p = ports.get(n.name());
            sb.append(String.format("%-12s %-22s%n", n.name(), p == null ? "-" : bind + " " + p));
        }
        int i = 1;
        for (LabLink l : lab.links()) {
            sb.append(String.format("link %-3d %s%s%s%n", i++, l.label(), l.up() ? "" : "  (down)",
                    l.captureFile() == null ? "" : "  capture " + l.captureFile()));
        }
        return sb.toString();
    }

    public String execute(String line, String bind) {
        String[] w = line.strip().split("\\s+");
        if (w.length == 0 || w[0].isEmpty() || w[0].equals("resume")) return "";
        try {
            return switch (w[0]) {
                case "list", "ls" -> table(bind);
                case "console", "c" -> {
                    if (w.length < 2 || !lab.nodes().containsKey(w[1])) yield "% No router named " + (w.length < 2 ? "" : w[1]) + "\n";
                    target = w[1];
                    yield "";
                }
                case "link" -> link(w);
                case "capture" -> capture(w);
                case "save" -> save();
                case "check" -> check();
                case "quit", "exit" -> {
                    quit = true;
                    yield "";
                }
                default -> HELP;
            };
        } catch (IOException | RuntimeException e) {
            return "% " + e.getMessage() + "\n";
        }
    }

    private LabLink linkArg(String[] w, int i) {
        if (w.length <= i) throw new IllegalArgumentException("which link? (a number from 'list')");
        int n = Integer.parseInt(w[i]);
        if (n < 1 || n > lab.links().size()) throw new IllegalArgumentException("no link " + n);
        return lab.links().get(n - 1);
    }

    private String link(String[] w) {
        if (w.length < 3 || !(w[1].equals("down") || w[1].equals("up"))) return "% usage: link down|up N\n";
        LabLink l = linkArg(w, 2);
        l.setUp(w[1].equals("up"));
        // On virtual time the carrier change is an event like any other: let it happen now.
        if (lab.simulator() != null) lab.simulator().runDue();
        return "link " + w[2] + " " + l.label() + " is " + w[1] + "\n";
    }

    private String capture(String[] w) throws IOException {
        if (w.length < 3) return "% usage: capture start N FILE | capture stop N\n";
        LabLink l = linkArg(w, 2);
        RouterNode a = lab.nodes().get(l.spec().a().toString().split(":")[0]);
        if (a == null) return "% side A of that link is not a router here\n";
        if (w[1].equals("start")) {
            if (w.length < 4) return "% usage: capture start N FILE\n";
            Path f = Path.of(w[3]);
            lab.onNode(a, () -> {
                try {
                    l.startCapture(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            return "capturing " + l.label() + " to " + f + "\n";
        }
        lab.onNode(a, () -> {
            try {
                l.stopCapture();
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        return "capture stopped\n";
    }

    private String save() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (RouterNode n : lab.nodes().values()) {
            String[] result = {null};
            lab.onNode(n, () -> {
                try {
                    n.config().savedMillis(n.scheduler().clock().wallMillis());
                    n.startup().write(String.join("\n", RunningConfigRenderer.body(n.config())) + "\n");
                    result[0] = "[OK]";
                } catch (IOException e) {
                    result[0] = "%Error writing nvram:/startup-config (" + e.getMessage() + ")";
                }
            });
            sb.append(n.name()).append(": ").append(result[0]).append('\n');
        }
        return sb.toString();
    }

    private String check() throws IOException {
        if (checkScript == null || !Files.isRegularFile(checkScript)) return "% This lab has no check script\n";
        ScriptParser.Parsed p = ScriptParser.parse(Files.readString(checkScript));
        if (!p.ok()) return String.join("\n", p.errors()) + "\n";
        ScriptResult r;
        try (LabConsoles consoles = new LabConsoles(lab)) {
            r = new ScriptRunner(consoles).run(p.lines());
        }
        List<String> out = new ArrayList<>();
        int n = 0;
        int passed = 0;
        for (ScriptResult.TaskGrade g : r.tasks()) {
            n++;
            if (g.passed()) passed++;
            out.add((g.passed() ? "[PASS] " : "[FAIL] ") + "Task " + n + ": " + g.title());
        }
        out.add(passed + " of " + n + " tasks done.");
        return String.join("\n", out) + "\n";
    }
}
