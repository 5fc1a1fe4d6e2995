package org.ikelab.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.ikelab.common.Clock;
import org.ikelab.common.RandomSource;
import org.ikelab.config.RouterConfig;

/**
 * Runs typed lines against one router's configuration: keeps the mode stack, matches each line
 * against the current mode's entry rule, falls back to the parent modes up to global
 * configuration (reference §1.2 "implicit fall-back"), and dispatches the parse tree to the
 * registered handler. Used by the interactive console and by whole-file loading alike. One
 * instance per session; not thread-safe (the router's thread owns it).
 */
public final class Interpreter {
    private final RouterConfig config;
    private final CommandRegistry registry;
    private final Clock clock;
    private final RandomSource random;
    private final LineMatcher matcher = LineMatcher.get();
    private final Deque<ModeFrame> frames = new ArrayDeque<>();
    private Collector collector;
    private Questions questions;

    /** How a console puts a command's question to its user (see {@link CommandEnv#ask}). */
    public interface Questions {
        void ask(String prompt, boolean hidden, CommandEnv.Answer answer);
    }

    /** Lets commands ask questions on this session's console; without it they take the empty answer. */
    public void questions(Questions q) {
        questions = q;
    }

    /** Lines a multi-line command (a banner) is still reading, until its delimiter. */
    private record Collector(String delimiter, StringBuilder text, Consumer<String> done) {}

    public Interpreter(RouterConfig config, CommandRegistry registry, Clock clock, RandomSource random, Mode start) {
        this.config = config;
        this.registry = registry;
        this.clock = clock;
        this.random = random;
        frames.push(new ModeFrame(start, null));
    }

    public RouterConfig config() {
        return config;
    }

    public Mode mode() {
        return frames.peek().mode();
    }

    public ModeFrame frame() {
        return frames.peek();
    }

    /** Replaces the whole mode stack with one EXEC mode (enable, disable, reload). */
    public void resetTo(Mode exec) {
        frames.clear();
        collector = null;
        frames.push(new ModeFrame(exec, null));
    }

    /** True while a multi-line command is reading its text (no prompt is shown). */
    public boolean collecting() {
        return collector != null;
    }

    /** What happened to one line. */
    public enum Status { OK, EMPTY, INVALID, INCOMPLETE, AMBIGUOUS, UNKNOWN_EXEC }

    /**
     * Runs one line. Output (including error messages) is appended to {@code out}, one element
     * per screen line. {@code column0} is the screen column of the line's first character (the
     * prompt length), for the caret.
     */
    public Status execute(String line, int column0, List<String> out) {
        if (collector != null) {
            collect(line);
            return Status.OK;
        }
        if (Tokenizer.split(line).isEmpty()) return Status.EMPTY;
        Mode mode = mode();
        MatchResult first = matcher.match(line, mode.rule());
        if (first instanceof MatchResult.Ok ok) return run(ok, mode, false, line, column0, out);
        MatchResult best = first;
        if (mode.isSubMode()) {
            // Walk up: try each enclosing mode up to global configuration.
            for (Mode m = mode.parent(); m != null && m.isConfig(); m = m.parent()) {
                MatchResult r = matcher.match(line, m.rule());
                if (r instanceof MatchResult.Ok ok) return run(ok, m, true, line, column0, out);
                if (progress(r) > progress(best)) best = r;
            }
        }
        return report(best, mode, line, column0, out);
    }

    private static int progress(MatchResult r) {
        return switch (r) {
            case MatchResult.Invalid i -> i.offset();
            case MatchResult.Ambiguous a -> a.offset();
            case MatchResult.Incomplete x -> Integer.MAX_VALUE;
            case MatchResult.Ok o -> Integer.MAX_VALUE;
        };
    }

    private Status report(MatchResult r, Mode mode, String line, int column0, List<String> out) {
        switch (r) {
            case MatchResult.Invalid inv -> {
                boolean privileged = mode == Modes.EXEC_USER
                        && !(matcher.match(line, Modes.EXEC.rule()) instanceof MatchResult.Invalid i2 && i2.offset() == inv.offset());
                if (!mode.isConfig() && !privileged && inv.offset() == Tokenizer.split(line).get(0).offset()) {
                    String w = Tokenizer.split(line).get(0).text();
                    out.add(config.domainLookup() ? "Translating \"" + w + "\"...domain server (255.255.255.255)"
                            : "Translating \"" + w + "\"");
                    out.add("% Unknown command or computer name, or unable to find computer address");
                    return Status.UNKNOWN_EXEC;
                }
                caret(column0 + inv.offset(), out);
                return Status.INVALID;
            }
            case MatchResult.Ambiguous a -> {
                out.add("% Ambiguous command:  \"" + LineMatcher.stripEnd(line.strip()) + "\"");
                return Status.AMBIGUOUS;
            }
            default -> {
                List<Word> words = Tokenizer.split(line);
                if (!mode.isConfig() && words.size() == 1 && words.get(0).text().length() >= 2
                        && "show".startsWith(words.get(0).text().toLowerCase(java.util.Locale.ROOT))) {
                    out.add("% Type \"show ?\" for a list of subcommands");
                    return Status.INCOMPLETE;
                }
                out.add("% Incomplete command.");
                out.add("");
                return Status.INCOMPLETE;
            }
        }
    }

    static void caret(int column, List<String> out) {
        out.add(" ".repeat(Math.max(0, column)) + "^");
        out.add("% Invalid input detected at '^' marker.");
        out.add("");
    }

    private Status run(MatchResult.Ok ok, Mode mode, boolean walkedUp, String line, int column0, List<String> out) {
        ParserRuleContext tree = LineParser.parse(ok.tokens(), mode);
        CommandRegistry.Found f = tree == null ? null : registry.find(tree);
        if (f == null) {
            // The grammar accepts the line but nothing here carries it out.
            caret(column0 + ok.tokens().get(0).getCharPositionInLine(), out);
            return Status.INVALID;
        }
        Deque<ModeFrame> saved = new ArrayDeque<>(frames);
        if (walkedUp && !f.keepsMode()) {
            while (frames.size() > 1 && frames.peek().mode() != mode) frames.pop();
        }
        Env env = new Env(f, column0, out, walkedUp && f.keepsMode() ? frames.peek() : frame());
        try {
            f.handler().run(f.ctx(), env);
        } catch (RuntimeException e) {
            // A handler bug must not end the session: report it the IOS way.
            out.add("% Command failed: " + e.getClass().getSimpleName());
            return Status.INVALID;
        }
        if (env.failed && walkedUp) {
            // A refused command changes nothing, not even the mode it walked up from.
            frames.clear();
            frames.addAll(saved);
        }
        return env.failed ? Status.INVALID : Status.OK;
    }

    private void collect(String line) {
        int at = line.indexOf(collector.delimiter());
        if (at < 0) {
            collector.text().append(line).append('\n');
            return;
        }
        collector.text().append(line, 0, at);
        Collector c = collector;
        collector = null;
        c.done().accept(c.text().toString());
    }

    /** The environment of one command. */
    private final class Env implements CommandEnv {
        private final CommandRegistry.Found found;
        private final int column0;
        private final List<String> out;
        private final ModeFrame frame;
        boolean failed;

        Env(CommandRegistry.Found found, int column0, List<String> out, ModeFrame frame) {
            this.found = found;
            this.column0 = column0;
            this.out = out;
            this.frame = frame;
        }

        @Override public RouterConfig config() { return config; }
        @Override public boolean negated() { return found.negated(); }
        @Override public boolean defaulted() { return found.defaulted(); }
        @Override public ModeFrame frame() { return frame; }
        @Override public Clock clock() { return clock; }
        @Override public RandomSource random() { return random; }

        @Override
        public void enter(Mode mode, Object target) {
            // A sub-mode entered from another sub-mode at the same level replaces it; a nested
            // one (keyring peer inside a keyring) stacks on its parent.
            while (frames.size() > 1 && frames.peek().mode() != mode.parent()) frames.pop();
            frames.push(new ModeFrame(mode, target));
        }

        @Override
        public void exitMode() {
            if (frames.size() > 1) frames.pop();
        }

        @Override
        public void endConfig() {
            while (frames.size() > 1 && frames.peek().mode().isConfig()) frames.pop();
        }

        @Override
        public void print(String line) {
            out.add(line);
        }

        @Override
        public void fail(String... lines) {
            failed = true;
            out.addAll(java.util.Arrays.asList(lines));
        }

        @Override
        public void invalid(Token at) {
            failed = true;
            caret(column0 + at.getCharPositionInLine(), out);
        }

        @Override
        public void changed() {
            config.lastChangeMillis(clock.wallMillis());
        }

        @Override
        public void ask(String prompt, boolean hidden, Answer answer) {
            if (questions != null) questions.ask(prompt, hidden, answer);
            else answer.take("", out::add);
        }

        @Override
        public void collectUntil(String delimiter, String firstText, Consumer<String> done) {
            collector = new Collector(delimiter, new StringBuilder(firstText), done);
        }
    }

    /** The lines printed so far by a helper that only wants the output of one command. */
    public List<String> run(String line) {
        List<String> out = new ArrayList<>();
        execute(line, mode().prompt(config.hostname()).length(), out);
        return out;
    }
}
