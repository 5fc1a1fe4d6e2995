package org.ikelab.lab.script;

import java.time.Duration;
import java.util.regex.Pattern;

/** One line of a lab script (scripted runs and lab checks), with its line number for messages. */
public sealed interface ScriptLine {
    int line();

    /** {@code [R1]}: later lines go to router R1. */
    record Switch(int line, String router) implements ScriptLine { }

    /** Any other line: typed into the current router as at its console. */
    record Type(int line, String text) implements ScriptLine { }

    /** {@code @expect REGEX}: the previous command's output must contain a match. */
    record Expect(int line, Pattern regex) implements ScriptLine { }

    /** {@code @wait SECONDS REGEX}: re-run the previous command until its output matches or time is up. */
    record Wait(int line, Duration limit, Pattern regex) implements ScriptLine { }

    /** {@code @sleep SECONDS}: let time pass (virtual time in a simulation). */
    record Sleep(int line, Duration duration) implements ScriptLine { }

    /** {@code @hint TEXT}: what to look at when the {@code @expect} or {@code @wait} just before it fails. */
    record Hint(int line, String text) implements ScriptLine { }

    /** {@code @task TEXT}: starts a graded task; the expectations after it count for it. */
    record Task(int line, String title) implements ScriptLine { }
}
