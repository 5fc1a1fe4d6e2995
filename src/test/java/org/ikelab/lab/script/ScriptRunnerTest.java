package org.ikelab.lab.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptRunnerTest {
    /** A fake lab: R1 answers "show clock" with the virtual time; "show sa" says ACTIVE after 5 s. */
    static final class FakeLab implements ScriptTarget {
        long now;
        final List<String> typed = new ArrayList<>();

        @Override public boolean hasRouter(String name) { return name.equals("R1") || name.equals("R2"); }
        @Override public String firstRouter() { return "R1"; }
        @Override public void sleep(Duration d) { now += d.toNanos(); }
        @Override public long nanoTime() { return now; }

        @Override
        public Typed type(String router, String line) {
            typed.add(router + ":" + line);
            String out = switch (line) {
                case "show sa" -> now >= 5_000_000_000L ? "ACTIVE\n" : "DOWN\n";
                case "show clock" -> (now / 1_000_000_000L) + "s\n";
                default -> "";
            };
            return new Typed(router + "#" + line + "\n" + out, out);
        }
    }

    @Test
    void parseErrorsCarryLineNumbers() {
        ScriptParser.Parsed p = ScriptParser.parse("@expect x\n[R1]\n@sleep soon\n@bogus\n@wait 3\nshow x\n@expect (\n");
        assertEquals(List.of(
                "line 1: @expect needs a command before it",
                "line 3: 'soon' is not a number of seconds (0 to 604800)",
                "line 4: unknown directive @bogus (known: @expect, @wait, @hint, @sleep, @task)",
                "line 5: @wait needs a command before it",
                "line 5: @wait SECONDS REGEX needs a regex",
                "line 7: bad regex: Unclosed group"), p.errors());
    }

    @Test
    void waitRerunsUntilMatchAndSleepCostsNoWallTime() {
        FakeLab lab = new FakeLab();
        ScriptParser.Parsed p = ScriptParser.parse("""
                # comment
                @task SA comes up
                show sa
                @wait 30 ACTIVE
                @task clock
                @sleep 3600
                [R2]
                show clock
                @expect ^3605s
                @expect nope
                """);
        assertTrue(p.ok(), p.errors().toString());
        ScriptResult r = new ScriptRunner(lab).run(p.lines());
        assertEquals(List.of(new ScriptResult.Failure(10, "expected /nope/ in the output of 'show clock'")), r.failures());
        assertEquals(List.of(new ScriptResult.TaskGrade("SA comes up", true), new ScriptResult.TaskGrade("clock", false)), r.tasks());
        assertEquals(6, lab.typed.stream().filter(s -> s.equals("R1:show sa")).count());
        assertEquals("R1#show sa\nDOWN\nR1#show sa\nACTIVE\nR2#show clock\n3605s\n", r.transcript());
    }

    @Test
    void waitThatNeverMatchesFailsAfterItsLimit() {
        FakeLab lab = new FakeLab();
        ScriptResult r = new ScriptRunner(lab).run(ScriptParser.parse("show clock\n@wait 3 ^99s\n").lines());
        assertFalse(r.passed());
        assertEquals(3_000_000_000L, lab.now);
        assertEquals("line 2: waited 3 s for /^99s/ in the output of 'show clock'", r.failures().get(0).toString());
    }

    /** A hint is said only when the check just before it fails, after that check's own message. */
    @Test
    void hintFollowsTheFailedCheckOnly() {
        FakeLab lab = new FakeLab();
        ScriptParser.Parsed p = ScriptParser.parse("""
                show clock
                @expect ^0s
                @hint not said: this check passes
                @expect ^1s
                @hint the clock has not moved yet
                """);
        assertTrue(p.ok(), p.errors().toString());
        ScriptResult r = new ScriptRunner(lab).run(p.lines());
        assertEquals(List.of(new ScriptResult.Failure(4,
                "expected /^1s/ in the output of 'show clock' (hint: the clock has not moved yet)")), r.failures());
        assertEquals(List.of("line 1: @hint must follow an @expect or @wait"), ScriptParser.parse("@hint x\n").errors());
    }
}
