package org.ikelab.parse;

import org.antlr.v4.runtime.ParserRuleContext;

/** Runs one parsed command. */
@FunctionalInterface
public interface CommandHandler {
    void run(ParserRuleContext ctx, CommandEnv env);
}
