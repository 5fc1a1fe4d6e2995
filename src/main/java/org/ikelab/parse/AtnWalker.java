package org.ikelab.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Simulates the parser's ATN as a non-deterministic automaton, so the engine knows which token
 * types may come next after the words typed so far. A configuration is an ATN state plus the
 * stack of rule-return states; the closure follows epsilon and rule-call transitions and returns
 * from rule stop states. The grammar has no predicates and no recursive rules, so every closure
 * is finite; the stack depth is bounded anyway.
 */
public final class AtnWalker {
    private static final int MAX_DEPTH = 64;

    /** Immutable rule-return stack. */
    record Stack(ATNState follow, Stack next, int depth) {}

    /** One NFA configuration. */
    public record Config(ATNState state, Stack stack) {}

    private final ATN atn;

    public AtnWalker(ATN atn) {
        this.atn = atn;
    }

    /** The configurations at the start of a rule (closure applied). */
    public List<Config> start(int rule) {
        List<Config> out = new ArrayList<>();
        closure(new Config(atn.ruleToStartState[rule], null), new HashSet<>(), out);
        return out;
    }

    private void closure(Config c, Set<Config> seen, List<Config> out) {
        if (!seen.add(c)) return;
        ATNState s = c.state();
        if (s instanceof RuleStopState) {
            if (c.stack() == null) {
                out.add(c);
            } else {
                closure(new Config(c.stack().follow(), c.stack().next()), seen, out);
            }
            return;
        }
        boolean matches = false;
        for (int i = 0; i < s.getNumberOfTransitions(); i++) {
            Transition t = s.transition(i);
            if (t instanceof RuleTransition rt) {
                int depth = c.stack() == null ? 1 : c.stack().depth() + 1;
                if (depth <= MAX_DEPTH) closure(new Config(rt.target, new Stack(rt.followState, c.stack(), depth)), seen, out);
            } else if (t.isEpsilon()) {
                closure(new Config(t.target, c.stack()), seen, out);
            } else {
                matches = true;
            }
        }
        if (matches) out.add(c);
    }

    /** Every (token type, rule) accepted next, in grammar order, without duplicates. */
    public List<Expectation> expected(List<Config> configs) {
        LinkedHashSet<Expectation> out = new LinkedHashSet<>();
        for (Config c : configs) {
            ATNState s = c.state();
            for (int i = 0; i < s.getNumberOfTransitions(); i++) {
                Transition t = s.transition(i);
                if (t.isEpsilon()) continue;
                IntervalSet label = t.label();
                if (label == null) continue;
                for (int type : label.toArray()) out.add(new Expectation(type, s.ruleIndex));
            }
        }
        return new ArrayList<>(out);
    }

    /** True when the entry rule may end here (EOF is expected). */
    public boolean canEnd(List<Config> configs) {
        for (Config c : configs) {
            ATNState s = c.state();
            for (int i = 0; i < s.getNumberOfTransitions(); i++) {
                Transition t = s.transition(i);
                if (!t.isEpsilon() && t.label() != null && t.label().contains(Token.EOF)) return true;
            }
        }
        return false;
    }

    /**
     * The configurations after consuming one token of the given type; {@code fits} says whether
     * the word suits an argument rule (numeric range), so only fitting paths survive.
     */
    public List<Config> advance(List<Config> configs, int type, IntPredicate fits) {
        List<Config> out = new ArrayList<>();
        Set<Config> seen = new HashSet<>();
        for (Config c : configs) {
            ATNState s = c.state();
            for (int i = 0; i < s.getNumberOfTransitions(); i++) {
                Transition t = s.transition(i);
                if (t.isEpsilon() || t.label() == null || !t.label().contains(type)) continue;
                if (!fits.test(s.ruleIndex)) continue;
                closure(new Config(t.target, c.stack()), seen, out);
            }
        }
        return out;
    }
}
