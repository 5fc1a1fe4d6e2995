package org.ikelab.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ikelab.parse.AtnWalker.Config;

/**
 * A set of ATN configurations reached after some words, interned so that a position seen once
 * is not recomputed: like the DFA states a lexer builds from its NFA, filled lazily. Holds what
 * retyping needs at this position (expectations, keywords by lower-case text, whether the rule
 * may end) and the transitions already taken from it. Shared by every router; safe to use
 * from several threads.
 */
final class StateSet {
    final List<Config> configs;
    final List<Expectation> expected;
    final boolean canEnd;
    /** Expected keywords: lower-case text to token type. */
    final Map<String, Integer> keywords;
    final Map<Long, StateSet> next = new ConcurrentHashMap<>();

    StateSet(List<Config> configs, AtnWalker walker, IosGrammar g) {
        this.configs = configs;
        this.expected = walker.expected(configs);
        this.canEnd = walker.canEnd(configs);
        Map<String, Integer> kw = new HashMap<>();
        for (Expectation e : expected) {
            String k = g.keyword(e.tokenType());
            if (k != null) kw.putIfAbsent(IosGrammar.lower(k), e.tokenType());
        }
        this.keywords = kw;
    }

    /** Transition key: the token type and which expecting rules the word fitted (a bit per expectation). */
    static long key(int type, long fitMask) {
        return ((long) type << 40) ^ fitMask;
    }

    /** The rules expecting a type, in expectation order (the bit positions of a fit mask). */
    List<Integer> rulesFor(int type) {
        List<Integer> r = new ArrayList<>();
        for (Expectation e : expected) if (e.tokenType() == type) r.add(e.rule());
        return r;
    }
}
