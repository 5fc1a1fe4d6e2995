package org.ikelab.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.lab.Lab;
import org.ikelab.lab.RouterNode;
import org.ikelab.lab.script.ScriptTarget;

/**
 * The consoles of a running lab as a {@link ScriptTarget}: one console session per router
 * (terminal length 0), typed lines run on the router's thread. On virtual time the simulator is
 * advanced until a ping or traceroute is done (bounded by {@link #COMMAND_LIMIT} of virtual time),
 * so scripted runs are deterministic; on real time the caller waits for the router's answer.
 */
public final class LabConsoles implements ScriptTarget, AutoCloseable {
    /** The longest a typed command may run (virtual or real time) before the script moves on. */
    public static final Duration COMMAND_LIMIT = Duration.ofMinutes(10);

    private final Lab lab;
    private final Map<String, Console> consoles = new LinkedHashMap<>();

    /** One session and what it printed asynchronously (job output, log lines). */
    private static final class Console {
        final CliSession session;
        final StringBuilder async = new StringBuilder();
        CompletableFuture<Void> idle;
        /** The last answer ended with a question, which stays on the screen (the next line answers it). */
        boolean questionShown;

        Console(CliSession session) {
            this.session = session;
        }
    }

    public LabConsoles(Lab lab) throws IOException {
        this.lab = lab;
        for (RouterNode n : lab.nodes().values()) {
            Console[] c = {null};
            lab.onNode(n, () -> {
                CliSession s = new CliSession(n, "console", false);
                s.length(0);
                Console con = new Console(s);
                s.screen(new CliSession.Screen() {
                    @Override
                    public void print(String text) {
                        con.async.append(text);
                        if (!s.busy() && con.idle != null) con.idle.complete(null);
                    }

                    @Override
                    public void log(String line) {
                        con.async.append(line).append('\n');
                    }
                });
                c[0] = con;
            });
            consoles.put(n.name(), c[0]);
        }
    }

    @Override
    public boolean hasRouter(String name) {
        return consoles.containsKey(name);
    }

    @Override
    public String firstRouter() {
        return consoles.keySet().iterator().next();
    }

    @Override
    public Typed type(String router, String line) {
        Console c = consoles.get(router);
        RouterNode n = lab.nodes().get(router);
        VirtualScheduler sim = lab.simulator();
        if (sim != null) {
            String before = drain(c);
            String prompt = c.session.prompt();
            String answer = c.session.enter(line);
            long deadline = sim.nanoTime() + COMMAND_LIMIT.toNanos();
            // Bounded: each step runs at least one task or moves the clock to the next one.
            while (c.session.busy() && sim.nanoTime() < deadline) {
                long next = sim.nextDueNanos();
                if (next < 0) break;
                sim.advanceTo(Math.min(next, deadline));
            }
            sim.runDue();
            return typed(c, before, prompt, line, answer + drain(c));
        }
        CompletableFuture<String[]> f = new CompletableFuture<>();
        n.scheduler().execute(() -> {
            String before = drain(c);
            String prompt = c.session.prompt();
            String answer = c.session.enter(line);
            if (c.session.busy()) c.idle = new CompletableFuture<>();
            f.complete(new String[] {before, prompt, answer});
        });
        try {
            String[] r = f.get(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS);
            CompletableFuture<Void> idle = c.idle;
            if (idle != null) idle.get(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS);
            CompletableFuture<String[]> rest = new CompletableFuture<>();
            n.scheduler().execute(() -> {
                c.idle = null;
                rest.complete(new String[] {drain(c)});
            });
            String[] tail = rest.get(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS);
            return typed(c, r[0], r[1], line, r[2] + tail[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Typed("", "");
        } catch (ExecutionException | TimeoutException e) {
            return new Typed(line + "\n% no answer from " + router + "\n", "");
        }
    }

    private static String drain(Console c) {
        String s = c.async.toString();
        c.async.setLength(0);
        return s;
    }

    /**
     * Screen: log lines that arrived since, the prompt, the typed line, the answer without its
     * final router prompt (a question such as {@code [confirm]} stays: the next line answers it).
     */
    private static Typed typed(Console c, String before, String prompt, String line, String answer) {
        String promptAfter = c.session.prompt();
        boolean question = c.session.asking();
        String out = !question && answer.endsWith(promptAfter) ? answer.substring(0, answer.length() - promptAfter.length()) : answer;
        String screen = before + (c.questionShown ? "" : prompt) + line + "\n" + out;
        c.questionShown = question;
        return new Typed(screen, out);
    }

    @Override
    public void sleep(Duration d) {
        VirtualScheduler sim = lab.simulator();
        if (sim != null) {
            sim.advance(d);
            return;
        }
        RouterNode any = lab.nodes().values().iterator().next();
        CompletableFuture<Void> f = new CompletableFuture<>();
        any.scheduler().schedule(d, () -> f.complete(null));
        try {
            f.get(d.toMillis() + 60_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The lab stopped under us; the script goes on and reports what it sees.
        }
    }

    @Override
    public long nanoTime() {
        return lab.simulator() != null ? lab.simulator().nanoTime() : lab.nodes().values().iterator().next().scheduler().nanoTime();
    }

    /** Ends the sessions (they stop receiving log lines). */
    @Override
    public void close() {
        for (Map.Entry<String, Console> e : consoles.entrySet()) {
            RouterNode n = lab.nodes().get(e.getKey());
            try {
                lab.onNode(n, e.getValue().session::close);
            } catch (IOException ex) {
                // The lab is stopping; its sessions go with it.
            }
        }
    }

    /** The session of one router's console (for the lab shell). */
    public CliSession session(String router) {
        return consoles.get(router).session;
    }
}
