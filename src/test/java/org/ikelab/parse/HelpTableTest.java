package org.ikelab.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.Transition;
import org.junit.jupiter.api.Test;

/** Every keyword and argument rule of the grammar has exactly one help text. */
class HelpTableTest {
    private final IosGrammar g = IosGrammar.get();

    @Test
    void noKeyAppearsTwice() {
        assertTrue(g.help().duplicates().isEmpty(), () -> "duplicate help keys: " + g.help().duplicates());
    }

    @Test
    void everyKeywordAndArgumentRuleHasHelp() {
        List<String> missing = new ArrayList<>();
        for (ATNState s : g.atn().states) {
            if (s == null) continue;
            for (int i = 0; i < s.getNumberOfTransitions(); i++) {
                Transition t = s.transition(i);
                if (t.isEpsilon() || t.label() == null) continue;
                String rule = g.ruleName(s.ruleIndex);
                for (int type : t.label().toArray()) {
                    if (type == Token.EOF) continue;
                    String kw = g.keyword(type);
                    if (kw != null) {
                        if (!g.help().hasKeyword(rule, kw)) missing.add(rule + ":" + kw);
                    } else if (g.help().arg(rule) == null) {
                        missing.add("@" + rule);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "no help for: " + missing);
    }
}
