package org.ikelab.parse;

import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.ikelab.parse.gen.IosParser;

/**
 * Runs the generated parser over tokens the {@link LineMatcher} has already retyped, to get a
 * typed parse tree for the handlers. The matcher has checked that the line is in the language,
 * so the parser normally succeeds; fast SLL prediction first, full LL if SLL gives up.
 */
public final class LineParser {
    private LineParser() {}

    /** The parse tree of the line for a mode's entry rule, or null if the parser rejects it. */
    public static ParserRuleContext parse(List<Token> tokens, Mode mode) {
        ParserRuleContext tree = run(tokens, mode, PredictionMode.SLL);
        return tree != null ? tree : run(tokens, mode, PredictionMode.LL);
    }

    private static ParserRuleContext run(List<Token> tokens, Mode mode, PredictionMode pm) {
        IosParser p = new IosParser(new CommonTokenStream(new ListTokenSource(tokens)));
        p.removeErrorListeners();
        p.setErrorHandler(new BailErrorStrategy());
        p.getInterpreter().setPredictionMode(pm);
        try {
            return mode.entry().apply(p);
        } catch (ParseCancellationException e) {
            return null;
        }
    }
}
