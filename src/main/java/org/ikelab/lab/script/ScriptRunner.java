package org.ikelab.lab.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a parsed script against a lab. Expectations match the output of the previous typed line;
 * {@code @wait} re-runs that line once a second until it matches or its time is up. Failures
 * are collected (the script goes on, so one run reports every broken check).
 */
public final class ScriptRunner {
    private static final Duration POLL = Duration.ofSeconds(1);

    private final ScriptTarget target;

    public ScriptRunner(ScriptTarget target) {
        this.target = target;
    }

    public ScriptResult run(List<ScriptLine> script) {
        StringBuilder transcript = new StringBuilder();
        List<ScriptResult.Failure> failures = new ArrayList<>();
        List<ScriptResult.TaskGrade> tasks = new ArrayList<>();
        String router = target.firstRouter();
        String lastRouter = null;
        String lastCommand = null;
        String lastOutput = "";
        String task = null;
        int failuresAtTaskStart = 0;
        int failuresBeforeCheck = 0;
        for (ScriptLine l : script) {
            switch (l) {
                case ScriptLine.Switch s -> {
                    if (!target.hasRouter(s.router())) {
                        failures.add(new ScriptResult.Failure(s.line(), "no router named " + s.router()));
                    } else {
                        router = s.router();
                    }
                }
                case ScriptLine.Type t -> {
                    ScriptTarget.Typed typed = target.type(router, t.text());
                    transcript.append(typed.screen());
                    lastRouter = router;
                    lastCommand = t.text();
                    lastOutput = typed.output();
                }
                case ScriptLine.Expect e -> {
                    failuresBeforeCheck = failures.size();
                    if (!e.regex().matcher(lastOutput).find()) {
                        failures.add(new ScriptResult.Failure(e.line(), "expected /" + e.regex().pattern() + "/ in the output of '" + lastCommand.strip() + "'"));
                    }
                }
                case ScriptLine.Wait w -> {
                    failuresBeforeCheck = failures.size();
                    long deadline = target.nanoTime() + w.limit().toNanos();
                    boolean matched = w.regex().matcher(lastOutput).find();
                    // Bounded: each round costs at least POLL of (real or virtual) time.
                    while (!matched && lastCommand != null && target.nanoTime() < deadline) {
                        long left = deadline - target.nanoTime();
                        target.sleep(Duration.ofNanos(Math.min(POLL.toNanos(), left)));
                        ScriptTarget.Typed typed = target.type(lastRouter, lastCommand);
                        lastOutput = typed.output();
                        matched = w.regex().matcher(lastOutput).find();
                        if (matched || target.nanoTime() >= deadline) transcript.append(typed.screen());
                    }
                    if (!matched) {
                        failures.add(new ScriptResult.Failure(w.line(), "waited " + w.limit().toSeconds() + " s for /" + w.regex().pattern() + "/ in the output of '" + lastCommand.strip() + "'"));
                    }
                }
                case ScriptLine.Hint h -> {
                    // The parser puts a hint right after its check: the last failure is that check's.
                    if (!failures.isEmpty() && failures.size() > failuresBeforeCheck) {
                        ScriptResult.Failure f = failures.remove(failures.size() - 1);
                        failures.add(new ScriptResult.Failure(f.line(), f.message() + " (hint: " + h.text() + ")"));
                    }
                }
                case ScriptLine.Sleep s -> target.sleep(s.duration());
                case ScriptLine.Task t -> {
                    if (task != null) tasks.add(new ScriptResult.TaskGrade(task, failures.size() == failuresAtTaskStart));
                    task = t.title();
                    failuresAtTaskStart = failures.size();
                }
            }
        }
        if (task != null) tasks.add(new ScriptResult.TaskGrade(task, failures.size() == failuresAtTaskStart));
        return new ScriptResult(transcript.toString(), List.copyOf(failures), List.copyOf(tasks));
    }
}
