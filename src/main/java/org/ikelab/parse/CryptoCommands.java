package org.ikelab.parse;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.ikelab.config.crypto.ConfigReply;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.Ipv4;

/** Registers the handlers of every crypto configuration command; shared helpers for them. */
public final class CryptoCommands {
    private CryptoCommands() {}

    public static void register(CommandRegistry r) {
        CryptoIsakmpCommands.register(r);
        CryptoIpsecCommands.register(r);
        CryptoMapCommands.register(r);
        CryptoIkev2Commands.register(r);
        CryptoPkiCommands.register(r);
    }

    static CryptoConfig crypto(CommandEnv env) {
        return env.config().crypto();
    }

    /** True for the {@code no ...} and {@code default ...} forms (both restore the default). */
    static boolean off(CommandEnv env) {
        return env.negated() || env.defaulted();
    }

    /**
     * A command that opens an object's sub-mode and whose {@code no}/{@code default} form removes
     * the object: removes it, or enters (creating it) and switches to {@code mode}.
     */
    static <K> void enterOrRemove(CommandEnv env, K key, java.util.function.Consumer<K> remove,
            java.util.function.Function<K, ConfigReply> enter, Mode mode) {
        if (off(env)) {
            remove.accept(key);
            env.changed();
            return;
        }
        reply(env, enter.apply(key));
        env.enter(mode, key);
    }

    /** Prints what the model answered; a refusal counts as a rejected line, an acceptance as a change. */
    static boolean reply(CommandEnv env, ConfigReply r) {
        if (!r.accepted()) {
            env.fail(r.lines().toArray(String[]::new));
            return false;
        }
        for (String l : r.lines()) env.print(l);
        env.changed();
        return true;
    }

    static String text(ParserRuleContext c) {
        return c == null ? null : c.getText();
    }

    static int integer(ParserRuleContext c) {
        return (int) Ctx.number(c);
    }

    static Ipv4 ip(ParserRuleContext c) {
        return c == null ? null : Ipv4.of(c.getText());
    }

    static <T extends ParserRuleContext> List<String> texts(List<T> ctxs) {
        return ctxs.stream().map(ParserRuleContext::getText).toList();
    }

    /** The mode target as the given type (the mode decides what the target is). */
    static <T> T target(CommandEnv env, Class<T> type) {
        return type.cast(env.frame().target());
    }
}
