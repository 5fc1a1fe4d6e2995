package org.ikelab.lab.script;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Parses the lab script format:
 * <pre>
 * # comment
 * [R1]                      switch to router R1
 * show crypto isakmp sa     typed as at the console
 * &#64;expect QM_IDLE            the previous command's output matches this regex
 * &#64;wait 30 ACTIVE            re-run the previous command until it matches (30 s at most)
 * &#64;sleep 3600                let time pass
 * &#64;hint show crypto isakmp sa  (checks) said when the expectation just before fails
 * &#64;task Phase 1 is up        (checks) start a graded task
 * </pre>
 * Every problem is reported with its line number; a script with errors does not run.
 */
public final class ScriptParser {
    private static final Pattern SWITCH = Pattern.compile("\\[\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*]");
    private static final Pattern SECONDS = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final double MAX_SECONDS = 7 * 24 * 3600;

    /** A parsed script, or the errors that stop it from running. */
    public record Parsed(List<ScriptLine> lines, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private ScriptParser() {
    }

    public static Parsed parse(String text) {
        List<ScriptLine> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        boolean haveCommand = false;
        for (int i = 0; i < lines.length; i++) {
            int ln = i + 1;
            String raw = lines[i];
            String s = raw.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            Matcher sw = SWITCH.matcher(s);
            if (sw.matches()) {
                out.add(new ScriptLine.Switch(ln, sw.group(1)));
                continue;
            }
            if (!s.startsWith("@")) {
                // Typed lines keep their leading spaces: IOS ignores them, but a transcript shows them.
                out.add(new ScriptLine.Type(ln, stripTrailingNewline(raw)));
                haveCommand = true;
                continue;
            }
            String[] parts = s.split("\\s+", 2);
            String arg = parts.length > 1 ? parts[1] : "";
            switch (parts[0]) {
                case "@expect" -> {
                    if (!haveCommand) errors.add("line " + ln + ": @expect needs a command before it");
                    Pattern p = regex(arg, ln, errors);
                    if (p != null) out.add(new ScriptLine.Expect(ln, p));
                }
                case "@wait" -> {
                    if (!haveCommand) errors.add("line " + ln + ": @wait needs a command before it");
                    String[] w = arg.split("\\s+", 2);
                    Duration d = seconds(w[0], ln, errors);
                    if (w.length < 2) {
                        errors.add("line " + ln + ": @wait SECONDS REGEX needs a regex");
                    } else {
                        Pattern p = regex(w[1], ln, errors);
                        if (d != null && p != null) out.add(new ScriptLine.Wait(ln, d, p));
                    }
                }
                case "@sleep" -> {
                    Duration d = seconds(arg, ln, errors);
                    if (d != null) out.add(new ScriptLine.Sleep(ln, d));
                }
                case "@hint" -> {
                    boolean afterCheck = !out.isEmpty() && (out.get(out.size() - 1) instanceof ScriptLine.Expect
                            || out.get(out.size() - 1) instanceof ScriptLine.Wait);
                    if (!afterCheck) errors.add("line " + ln + ": @hint must follow an @expect or @wait");
                    else if (arg.isEmpty()) errors.add("line " + ln + ": @hint needs a text");
                    else out.add(new ScriptLine.Hint(ln, arg));
                }
                case "@task" -> {
                    if (arg.isEmpty()) errors.add("line " + ln + ": @task needs a title");
                    else out.add(new ScriptLine.Task(ln, arg));
                }
                default -> errors.add("line " + ln + ": unknown directive " + parts[0] + " (known: @expect, @wait, @hint, @sleep, @task)");
            }
        }
        return new Parsed(List.copyOf(out), List.copyOf(errors));
    }

    private static String stripTrailingNewline(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static Pattern regex(String s, int ln, List<String> errors) {
        if (s.isEmpty()) {
            errors.add("line " + ln + ": missing regex");
            return null;
        }
        try {
            return Pattern.compile(s, Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            errors.add("line " + ln + ": bad regex: " + e.getDescription());
            return null;
        }
    }

    private static Duration seconds(String s, int ln, List<String> errors) {
        if (!SECONDS.matcher(s).matches() || Double.parseDouble(s) > MAX_SECONDS) {
            errors.add("line " + ln + ": '" + s + "' is not a number of seconds (0 to " + (long) MAX_SECONDS + ")");
            return null;
        }
        return Duration.ofNanos((long) (Double.parseDouble(s) * 1e9));
    }
}
