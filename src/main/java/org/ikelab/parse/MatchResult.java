package org.ikelab.parse;

import java.util.List;
import org.antlr.v4.runtime.Token;

/** The outcome of retyping a line's words against a mode's entry rule. */
public sealed interface MatchResult {
    /** Every word fits and the entry rule can end: the tokens (ending with EOF) go to the parser. */
    record Ok(List<Token> tokens) implements MatchResult {}

    /** The word at this column (in the line as typed) fits nothing: the caret goes under it. */
    record Invalid(int offset) implements MatchResult {}

    /** A word is a prefix of several keywords expected there. */
    record Ambiguous(int offset) implements MatchResult {}

    /** The words run out before the command is complete. */
    record Incomplete() implements MatchResult {}
}
