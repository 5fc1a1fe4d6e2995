package org.ikelab.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.ikelab.config.IfName;
import org.ikelab.config.IfType;
import org.ikelab.parse.gen.IosParser;

/** Small helpers for reading parse trees in handlers. */
public final class Ctx {
    private Ctx() {}

    /** Whether a direct child of ctx is the keyword (tokens carry their canonical keyword text). */
    public static boolean has(ParserRuleContext ctx, String keyword) {
        return keyword(ctx, keyword) != null;
    }

    /** The direct child token with this keyword text, or null. */
    public static Token keyword(ParserRuleContext ctx, String keyword) {
        if (ctx == null) return null;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof TerminalNode t && t.getText().equals(keyword)) return t.getSymbol();
        }
        return null;
    }

    /** The text of the i-th direct child token (0-based among tokens), or null. */
    public static String token(ParserRuleContext ctx, int index) {
        int n = 0;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            if (ctx.getChild(i) instanceof TerminalNode t && n++ == index) return t.getText();
        }
        return null;
    }

    public static String text(ParserRuleContext ctx) {
        return ctx == null ? null : ctx.getText();
    }

    /** The first token of a subtree, for a caret. */
    public static Token start(ParserRuleContext ctx) {
        return ctx.getStart();
    }

    /** The interface an {@code interface_name} names (not checked against what exists). */
    public static IfName ifName(IosParser.Interface_nameContext c) {
        IfType t = IfType.of(c.getStart().getText());
        String num = c.getStop().getText();
        return new IfName(t, num);
    }

    public static long number(ParserRuleContext c) {
        return Long.parseLong(c.getText());
    }
}
