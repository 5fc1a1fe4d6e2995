package org.ikelab.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Dispatch from parse trees to handlers: a handler is registered for a parser rule (by the
 * generated {@code IosParser.RULE_x} index); the dispatcher descends from the entry rule to the
 * first rule that has a handler, noting a leading {@code no} or {@code default} on the way.
 * The grammar decides what a line means; this map only says who carries it out.
 */
public final class CommandRegistry {
    private final Map<Integer, CommandHandler> handlers = new HashMap<>();
    private final Set<Integer> keepMode = new HashSet<>();

    public <T extends ParserRuleContext> void on(int rule, Class<T> type, BiConsumer<T, CommandEnv> handler) {
        handlers.put(rule, (ctx, env) -> handler.accept(type.cast(ctx), env));
    }

    /** A global command that may run from a sub-mode without leaving it ({@code do}). */
    public void keepsMode(int rule) {
        keepMode.add(rule);
    }

    /** The handler found for a tree, with the {@code no}/{@code default} flags seen above it. */
    public record Found(ParserRuleContext ctx, CommandHandler handler, boolean negated, boolean defaulted, boolean keepsMode) {}

    public Found find(ParserRuleContext root) {
        return find(root, false, false, 0);
    }

    private Found find(ParserRuleContext ctx, boolean no, boolean def, int depth) {
        CommandHandler h = handlers.get(ctx.getRuleIndex());
        if (h != null) return new Found(ctx, h, no, def, keepMode.contains(ctx.getRuleIndex()));
        if (depth > 64) return null;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof TerminalNode t) {
                String text = t.getText();
                if (i == 0 && "no".equals(text)) no = true;
                if (i == 0 && "default".equals(text)) def = true;
            } else if (c instanceof ParserRuleContext r) {
                Found f = find(r, no, def, depth + 1);
                if (f != null) return f;
            }
        }
        return null;
    }
}
