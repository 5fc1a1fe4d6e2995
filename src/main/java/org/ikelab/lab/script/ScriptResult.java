package org.ikelab.lab.script;

import java.util.List;

/** The outcome of running a script: the transcript, every failed expectation, and task grades. */
public record ScriptResult(String transcript, List<Failure> failures, List<TaskGrade> tasks) {
    public record Failure(int line, String message) {
        @Override public String toString() { return "line " + line + ": " + message; }
    }

    /** A graded task: passed when none of its expectations failed. */
    public record TaskGrade(String title, boolean passed) { }

    public boolean passed() {
        return failures.isEmpty();
    }
}
