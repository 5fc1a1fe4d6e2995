package org.ikelab.parse;

import org.antlr.v4.runtime.Token;
import org.ikelab.common.Clock;
import org.ikelab.common.RandomSource;
import org.ikelab.config.RouterConfig;

/** What a command handler may see and do while it runs one parsed line. */
public interface CommandEnv {
    RouterConfig config();

    /** The line began with {@code no}. */
    boolean negated();

    /** The line began with {@code default}. */
    boolean defaulted();

    /** The mode the line runs in and its target object. */
    ModeFrame frame();

    /** Enters a configuration sub-mode (leaving any current sub-mode), or a nested one from a sub-mode. */
    void enter(Mode mode, Object target);

    /** {@code exit}: one level up. */
    void exitMode();

    /** {@code end} / Ctrl-Z: straight back to privileged EXEC. */
    void endConfig();

    /** Appends one line of output. */
    void print(String line);

    /** Prints an IOS error message (one line per argument): the line counts as rejected. */
    void fail(String... lines);

    /** Prints the caret error under a token of the line ({@code % Invalid input detected at '^' marker.}). */
    void invalid(Token at);

    /** Records that the running configuration changed (for "Last configuration change"). */
    void changed();

    /**
     * Makes the following lines the text of a multi-line command (a banner) until one holds the
     * delimiter; {@code done} gets the text between the delimiters.
     */
    void collectUntil(String delimiter, String firstText, java.util.function.Consumer<String> done);

    /**
     * Asks the user a question ({@code [yes/no]}, a modulus, a password): the prompt is shown and
     * the next typed line goes to {@code answer}, with a printer for the lines that follow it.
     * {@code hidden} input is not echoed. Without a user (a file being loaded) the answer is the
     * empty line, at once.
     */
    void ask(String prompt, boolean hidden, Answer answer);

    /** What a command does with the answer to its question. */
    interface Answer {
        void take(String line, java.util.function.Consumer<String> print);
    }

    Clock clock();

    RandomSource random();
}
