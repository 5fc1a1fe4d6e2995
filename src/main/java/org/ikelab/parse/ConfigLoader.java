package org.ikelab.parse;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.Clock;
import org.ikelab.common.RandomSource;
import org.ikelab.config.RouterConfig;

/**
 * Loads a whole configuration file the way IOS does: line by line through the same engine as
 * typed lines, in global configuration mode, indentation ignored (sub-modes follow from the
 * commands themselves). Comment lines ({@code !}) are skipped and {@code end} stops. A bad line
 * is reported with its line number and the good ones still apply.
 */
public final class ConfigLoader {
    private ConfigLoader() {}

    /** One rejected line: its number (1-based), its text and IOS's message. */
    public record Problem(int lineNumber, String line, List<String> message) {
        @Override
        public String toString() {
            return "line " + lineNumber + ": " + line.strip() + "\n" + String.join("\n", message);
        }
    }

    /** Loads with the configuration commands of {@link ConfigCommands} (no EXEC commands are needed). */
    public static List<Problem> load(String text, RouterConfig cfg, Clock clock, RandomSource rnd) {
        CommandRegistry r = new CommandRegistry();
        ConfigCommands.register(r);
        return load(text, cfg, r, clock, rnd);
    }

    public static List<Problem> load(String text, RouterConfig cfg, CommandRegistry registry, Clock clock, RandomSource rnd) {
        Interpreter in = new Interpreter(cfg, registry, clock, rnd, Modes.CONFIG);
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            if (in.collecting()) {
                in.execute(raw, 0, new ArrayList<>());
                continue;
            }
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("!")) continue;
            if (line.equals("end")) break;
            if (!in.mode().isConfig()) break;
            List<String> out = new ArrayList<>();
            Interpreter.Status s = in.execute(line, 0, out);
            if (s != Interpreter.Status.OK && s != Interpreter.Status.EMPTY) problems.add(new Problem(i + 1, line, out));
        }
        return problems;
    }
}
