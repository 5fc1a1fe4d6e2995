package org.ikelab.parse;

import java.util.List;
import java.util.function.UnaryOperator;
import org.ikelab.config.LineConfig;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.*;

/** Handlers of the (config-line) commands; the mode target is the list of line-block keys. */
final class LineCommands {
    private LineCommands() {}

    static void register(CommandRegistry r) {
        r.on(IosParser.RULE_line_exit_cmd, Line_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_line_exec_timeout_cmd, Line_exec_timeout_cmdContext.class, (c, env) -> {
            long m = Ctx.number(c.exec_timeout_minutes());
            long s = c.exec_timeout_seconds() == null ? 0 : Ctx.number(c.exec_timeout_seconds());
            int total = (int) Math.min(Integer.MAX_VALUE, m * 60 + s);
            update(env, l -> l.withExecTimeout(total));
        });
        r.on(IosParser.RULE_line_logging_cmd, Line_logging_cmdContext.class,
                (c, env) -> update(env, l -> l.withLoggingSynchronous(!env.negated() && !env.defaulted())));
        r.on(IosParser.RULE_line_login_cmd, Line_login_cmdContext.class, (c, env) -> {
            boolean on = !env.negated();
            boolean local = on && Ctx.has(c, "local");
            update(env, l -> l.withLogin(env.defaulted() ? l.isVty() : on, local));
        });
        r.on(IosParser.RULE_line_password_cmd, Line_password_cmdContext.class,
                (c, env) -> update(env, l -> l.withPassword(GlobalCommands.password(c.password_type_kw(), c.password_value().getText(), env))));
        r.on(IosParser.RULE_line_transport_cmd, Line_transport_cmdContext.class, (c, env) -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 2; Ctx.token(c, i) != null; i++) sb.append(sb.length() > 0 ? " " : "").append(Ctx.token(c, i));
            String t = env.negated() || env.defaulted() ? null : sb.toString();
            update(env, l -> l.withTransportInput(t == null ? (l.isVty() ? "none" : null) : t));
        });
        r.on(IosParser.RULE_no_line_sub_cmd, No_line_sub_cmdContext.class, (c, env) -> {
            if (Ctx.has(c, "exec-timeout")) update(env, l -> l.withExecTimeout(LineConfig.DEFAULT_EXEC_TIMEOUT));
            else if (Ctx.has(c, "password")) update(env, l -> l.withPassword(null));
            else if (c.line_logging_cmd() != null) update(env, l -> l.withLoggingSynchronous(false));
            else if (c.line_login_cmd() != null) update(env, l -> l.withLogin(env.defaulted() && l.isVty(), false));
            else update(env, l -> l.withTransportInput(l.isVty() ? "none" : null));
        });
    }

    private static void update(CommandEnv env, UnaryOperator<LineConfig> f) {
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) env.frame().target();
        for (String k : keys) {
            LineConfig before = env.config().lines().get(k);
            if (before == null) continue;
            LineConfig after = f.apply(before);
            if (!after.equals(before)) {
                env.config().lines().put(k, after);
                env.changed();
            }
        }
    }
}
