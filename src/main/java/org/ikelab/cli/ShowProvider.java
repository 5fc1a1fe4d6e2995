package org.ikelab.cli;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/** The output of one {@code show} command, computed from its parse tree (see {@link CliSession#onShow}). */
@FunctionalInterface
public interface ShowProvider {
    List<String> lines(ParserRuleContext ctx, CliSession session);
}
