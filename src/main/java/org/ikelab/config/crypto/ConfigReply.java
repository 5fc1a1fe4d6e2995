package org.ikelab.config.crypto;

import java.util.List;

/**
 * What a crypto configuration command answers: the lines IOS prints (notes, warnings, errors) and
 * whether the command took effect. Errors that IOS reports with a caret name the argument it
 * points at ({@code caretArgument}, 0-based among the command's variable arguments, or -1), so the
 * parser can place the {@code ^} under the token the user typed.
 */
public record ConfigReply(boolean accepted, List<String> lines, int caretArgument) {
    public ConfigReply {
        lines = List.copyOf(lines);
    }

    private static final ConfigReply OK = new ConfigReply(true, List.of(), -1);

    public static ConfigReply ok() {
        return OK;
    }

    /** Accepted, printing the given lines (a NOTE or a warning). */
    public static ConfigReply ok(List<String> lines) {
        return new ConfigReply(true, lines, -1);
    }

    /** Refused with a message. */
    public static ConfigReply error(String... lines) {
        return new ConfigReply(false, List.of(lines), -1);
    }

    /** Refused with the caret error under argument {@code index}. */
    public static ConfigReply invalidAt(int index) {
        return new ConfigReply(false, List.of(), index);
    }

    public boolean hasCaret() {
        return caretArgument >= 0;
    }
}
