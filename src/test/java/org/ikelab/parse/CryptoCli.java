package org.ikelab.parse;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.Clock;
import org.ikelab.common.RandomSource;
import org.ikelab.config.RouterConfig;

/**
 * A console on one router in global configuration mode with the crypto handlers registered:
 * typed lines go to the {@link Interpreter}, a line ending in {@code ?} to {@link ContextHelp}.
 * The screen shows prompt + typed text, then what the router printed, as on IOS.
 */
final class CryptoCli {
    static final Clock CLOCK = new Clock() {
        @Override public long nanoTime() { return 0; }
        @Override public long wallMillis() { return 1774603211123L; }
    };

    final RouterConfig config;
    final CommandRegistry registry = new CommandRegistry();
    final Interpreter interp;
    private final ContextHelp help = new ContextHelp(LineMatcher.get());
    private String questionPrompt;
    private boolean questionHidden;
    private CommandEnv.Answer question;

    CryptoCli(String hostname) {
        this(new RouterConfig(), hostname);
    }

    CryptoCli(RouterConfig config, String hostname) {
        this.config = config;
        config.hostname(hostname);
        ConfigCommands.register(registry);
        CryptoCommands.register(registry);
        interp = new Interpreter(config, registry, CLOCK, RandomSource.seeded(7), Modes.CONFIG);
        // A question (a passphrase, [yes/no]) takes the next typed line; hidden answers are not shown.
        interp.questions((p, hidden, a) -> {
            questionPrompt = p;
            questionHidden = hidden;
            question = a;
        });
    }

    String prompt() {
        return question != null ? questionPrompt : interp.mode().prompt(config.hostname());
    }

    /** Types each line of {@code input}; returns the screen text (ending with the last prompt). */
    String type(String input) {
        StringBuilder screen = new StringBuilder();
        for (String line : input.split("\n", -1)) {
            if (line.isEmpty()) continue;
            String prompt = prompt();
            List<String> out = new ArrayList<>();
            if (question != null) {
                CommandEnv.Answer a = question;
                question = null;
                screen.append(prompt).append(questionHidden ? "" : line).append('\n');
                a.take(line, out::add);
                for (String l : out) screen.append(l).append('\n');
                continue;
            }
            screen.append(prompt).append(line).append('\n');
            if (line.endsWith("?")) {
                helpLines(line.substring(0, line.length() - 1), out);
                for (String l : out) screen.append(l).append('\n');
                continue;
            }
            interp.execute(line, prompt.length(), out);
            for (String l : out) screen.append(l).append('\n');
        }
        return screen.append(prompt()).toString();
    }

    private void helpLines(String typed, List<String> out) {
        ContextHelp.Result r = help.help(typed, interp.mode().rule());
        if (typed.isBlank() && r instanceof ContextHelp.Result.Listing l) {
            out.add(interp.mode().helpHeader());
            out.addAll(ContextHelp.format(l));
            out.add("");
            return;
        }
        switch (r) {
            case ContextHelp.Result.Listing l -> {
                out.addAll(ContextHelp.format(l));
                out.add("");
            }
            case ContextHelp.Result.Completions c -> {
                out.addAll(ContextHelp.format(c, 80));
                out.add("");
            }
            default -> out.add("% " + r);
        }
    }
}
