package org.ikelab.cli;

import org.antlr.v4.runtime.ParserRuleContext;
import org.ikelab.parse.Ctx;

/** Parse-tree helpers for EXEC handlers. */
final class Ctx2 {
    private Ctx2() {}

    static boolean has(ParserRuleContext c, String keyword) {
        return Ctx.has(c, keyword);
    }
}
