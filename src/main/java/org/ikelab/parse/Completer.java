package org.ikelab.parse;

import java.util.List;

/**
 * Tab completion (reference §1.5): a unique keyword prefix as the last word is replaced by the
 * full keyword and a space. Arguments are never completed.
 */
public final class Completer {
    private final LineMatcher matcher;

    public Completer(LineMatcher matcher) {
        this.matcher = matcher;
    }

    /** The completed line, or null when Tab completes nothing (IOS then re-displays the line). */
    public String complete(String typed, int rule) {
        if (typed.isEmpty() || Tokenizer.isBlank(typed.charAt(typed.length() - 1))) return null;
        List<Word> words = Tokenizer.split(typed);
        if (words.isEmpty()) return null;
        LineMatcher.Walk w = matcher.walk(typed, words, words.size() - 1, rule);
        if (w.failure() != null || w.endedInLine()) return null;
        List<Expectation> exp = w.state().expected;
        Word last = words.get(words.size() - 1);
        int type = matcher.keywordFor(exp, last.text());
        if (type <= 0) return null;
        String kw = matcher.grammar().keyword(type);
        // An interface type may be followed directly by its number ("GigabitEthernet0/1"): no space.
        boolean joined = false;
        int joinedRule = matcher.grammar().rule(LineMatcher.JOINED_RULE);
        for (Expectation e : exp) if (e.tokenType() == type && e.rule() == joinedRule) joined = true;
        return typed.substring(0, last.offset()) + kw + (joined ? "" : " ");
    }
}
