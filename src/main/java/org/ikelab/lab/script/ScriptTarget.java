package org.ikelab.lab.script;

import java.time.Duration;

/** What a script runs against: the consoles of a running lab, on real or virtual time. */
public interface ScriptTarget {
    boolean hasRouter(String name);

    /** The router lines go to before the first {@code [NAME]}. */
    String firstRouter();

    /** Types {@code line} at the router's console as a user would, and waits for its answer. */
    Typed type(String router, String line);

    /** Lets {@code d} pass: real sleeping in a live lab, advancing the clock in a simulation. */
    void sleep(Duration d);

    /** Monotonic time of the lab, in nanoseconds. */
    long nanoTime();

    /**
     * The answer to one typed line: {@code screen} is what the console showed (prompt, the line,
     * its output); {@code output} only the command's output, which expectations match against.
     */
    record Typed(String screen, String output) { }
}
