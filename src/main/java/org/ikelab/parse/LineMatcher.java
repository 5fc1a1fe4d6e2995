package org.ikelab.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.ikelab.parse.AtnWalker.Config;
import org.ikelab.parse.gen.IosParser;

/**
 * Gives each typed word its token type, left to right, from the token types the grammar expects
 * at its position (ARCHITECTURE decision 5): an exact keyword wins, then a unique
 * case-insensitive keyword prefix, then an interface type joined to its number, then the first
 * argument type whose syntax fits (NUMBER in its rule's range, IPV4, SLOT, WORD, and LINE, which
 * takes the rest of the line).
 */
public final class LineMatcher {
    /** The rule whose keywords may be joined to the number that follows ("g0/1", "Tunnel0"). */
    static final String JOINED_RULE = "interface_name";

    private static final int[] ARG_ORDER = {IosParser.NUMBER, IosParser.IPV4, IosParser.SLOT, IosParser.WORD, IosParser.LINE};

    private final IosGrammar g;
    private final AtnWalker walker;
    private final int joinedRule;

    public LineMatcher(IosGrammar g) {
        this.g = g;
        this.walker = new AtnWalker(g.atn());
        this.joinedRule = g.rule(JOINED_RULE);
    }

    private static final LineMatcher SHARED = new LineMatcher(IosGrammar.get());

    public static LineMatcher get() {
        return SHARED;
    }

    public IosGrammar grammar() {
        return g;
    }

    public AtnWalker walker() {
        return walker;
    }

    public List<Config> start(int rule) {
        return startState(rule).configs;
    }

    /** Where a walk over some words got to. */
    public record Walk(List<Config> configs, List<Token> tokens, MatchResult failure, int lineRule, StateSet state) {
        /** A LINE argument took the rest of the line. */
        public boolean endedInLine() {
            return lineRule >= 0;
        }
    }

    /** Matches a whole line against an entry rule. */
    public MatchResult match(String line, int rule) {
        List<Word> words = Tokenizer.split(line);
        Walk w = walk(line, words, words.size(), rule);
        if (w.failure() != null) return w.failure();
        if (!w.state().canEnd) return new MatchResult.Incomplete();
        List<Token> tokens = new ArrayList<>(w.tokens());
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        eof.setCharPositionInLine(line.length());
        eof.setTokenIndex(tokens.size());
        tokens.add(eof);
        return new MatchResult.Ok(tokens);
    }

    private final java.util.Map<Integer, StateSet> startStates = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<List<Config>, StateSet> interned = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_INTERNED = 200_000;

    StateSet startState(int rule) {
        return startStates.computeIfAbsent(rule, r -> intern(walker.start(r)));
    }

    private StateSet intern(List<Config> configs) {
        StateSet s = interned.get(configs);
        if (s != null) return s;
        s = new StateSet(configs, walker, g);
        if (interned.size() < MAX_INTERNED) {
            StateSet prev = interned.putIfAbsent(configs, s);
            if (prev != null) s = prev;
        }
        return s;
    }

    /** The state after a token of this type whose word fitted the rules in fitMask (bit i = i-th expecting rule). */
    private StateSet step(StateSet from, int type, long fitMask) {
        long key = StateSet.key(type, fitMask);
        StateSet to = from.next.get(key);
        if (to != null) return to;
        List<Integer> rules = from.rulesFor(type);
        java.util.Set<Integer> ok = new java.util.HashSet<>();
        for (int i = 0; i < rules.size() && i < 63; i++) if ((fitMask & (1L << i)) != 0) ok.add(rules.get(i));
        boolean all = fitMask == -1L;
        to = intern(walker.advance(from.configs, type, r -> all || ok.contains(r)));
        from.next.putIfAbsent(key, to);
        return to;
    }

    /** Which of the rules expecting {@code type} here the word fits, as a bit mask (0 = none). */
    private long fitMask(StateSet st, int type, String text) {
        long mask = 0;
        int i = 0;
        for (Expectation e : st.expected) {
            if (e.tokenType() != type) continue;
            if (i < 63 && fits(type, e.rule(), text)) mask |= 1L << i;
            i++;
        }
        return mask;
    }

    /** Retypes the first {@code count} words; stops at the first word that fits nothing. */
    public Walk walk(String line, List<Word> words, int count, int rule) {
        StateSet st = startState(rule);
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Object r = word(st, words.get(i), tokens, line);
            if (r instanceof Walk w) {
                if (w.failure() instanceof MatchResult.Invalid) {
                    StateSet glued = tryGlued(st, words.get(i), tokens, line);
                    if (glued != null) {
                        st = glued;
                        continue;
                    }
                }
                return w;
            }
            st = (StateSet) r;
        }
        return new Walk(st.configs, tokens, null, -1, st);
    }

    /** One word: the next state, or a finished walk (a failure, or a LINE argument that took the rest). */
    private Object word(StateSet st, Word word, List<Token> tokens, String line) {
        String text = word.text();
        int type = keywordFor(st, text);
        if (type == AMBIGUOUS) {
            if (argumentFor(st.expected, text) == 0) return new Walk(st.configs, tokens, new MatchResult.Ambiguous(word.offset()), -1, st);
            type = 0;
        }
        if (type > 0) {
            tokens.add(token(type, g.keyword(type), word.offset(), tokens.size()));
            return step(st, type, -1L);
        }
        StateSet joined = tryJoined(st, word, tokens);
        if (joined != null) return joined;
        int arg = argumentFor(st.expected, text);
        if (arg == 0) return new Walk(st.configs, tokens, new MatchResult.Invalid(word.offset()), -1, st);
        if (arg == IosParser.LINE) {
            String rest = stripEnd(line.substring(word.offset()));
            int lineRule = -1;
            for (Expectation e : st.expected) if (e.tokenType() == IosParser.LINE && lineRule < 0) lineRule = e.rule();
            StateSet end = step(st, arg, -1L);
            tokens.add(token(arg, rest, word.offset(), tokens.size()));
            return new Walk(end.configs, tokens, null, lineRule, end);
        }
        StateSet next = step(st, arg, fitMask(st, arg, text));
        tokens.add(token(arg, text, word.offset(), tokens.size()));
        return next;
    }

    /**
     * IOS reads {@code interface range g0/0-1,lo1} without spaces around {@code -} and {@code ,},
     * and {@code interface g0/0.10} with the sub-interface dot: a word that fits nothing is cut at
     * those characters, and taken only if every piece fits.
     */
    private static final String GLUE = "-,.";

    private StateSet tryGlued(StateSet st, Word word, List<Token> tokens, String line) {
        String text = word.text();
        if (text.length() < 2 || (text.indexOf('-') < 0 && text.indexOf(',') < 0 && text.indexOf('.') < 0)) return null;
        List<Word> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || GLUE.indexOf(text.charAt(i)) >= 0) {
                if (i > start) pieces.add(new Word(text.substring(start, i), word.offset() + start));
                if (i < text.length()) pieces.add(new Word(String.valueOf(text.charAt(i)), word.offset() + i));
                start = i + 1;
            }
        }
        List<Token> more = new ArrayList<>(tokens);
        StateSet at = st;
        for (Word p : pieces) {
            Object r = word(at, p, more, line);
            if (!(r instanceof StateSet next)) return null;
            at = next;
        }
        tokens.clear();
        tokens.addAll(more);
        return at;
    }

    /** Keyword lookup at an interned state: exact (case-insensitive) wins, else a unique prefix. */
    int keywordFor(StateSet st, String text) {
        String low = IosGrammar.lower(text);
        Integer exact = st.keywords.get(low);
        if (exact != null) return exact;
        int found = 0;
        for (java.util.Map.Entry<String, Integer> e : st.keywords.entrySet()) {
            if (e.getKey().startsWith(low)) {
                if (found != 0) return AMBIGUOUS;
                found = e.getValue();
            }
        }
        return found;
    }

    static final int AMBIGUOUS = -2;

    /** The keyword type this word selects among the expected ones: exact wins, else a unique prefix. */
    int keywordFor(List<Expectation> exp, String text) {
        String low = IosGrammar.lower(text);
        int prefixType = 0;
        Set<Integer> prefixes = new LinkedHashSet<>();
        for (Expectation e : exp) {
            String kw = g.keyword(e.tokenType());
            if (kw == null) continue;
            String kl = IosGrammar.lower(kw);
            if (kl.equals(low)) return e.tokenType();
            if (kl.startsWith(low)) {
                prefixes.add(e.tokenType());
                prefixType = e.tokenType();
            }
        }
        if (prefixes.size() > 1) return AMBIGUOUS;
        return prefixType;
    }

    /** The first argument type (in preference order) expected here whose syntax and range fit, or 0. */
    int argumentFor(List<Expectation> exp, String text) {
        for (int t : ARG_ORDER) {
            for (Expectation e : exp) {
                if (e.tokenType() == t && fits(t, e.rule(), text)) return t;
            }
        }
        return 0;
    }

    /** Whether a word suits an argument token type in the given rule. */
    boolean fits(int type, int rule, String text) {
        switch (type) {
            case IosParser.NUMBER -> {
                if (text.isEmpty() || text.length() > 18 || !allDigits(text)) return false;
                ArgHelp h = g.help().arg(g.ruleName(rule));
                return h == null || h.inRange(Long.parseLong(text));
            }
            case IosParser.IPV4 -> {
                return Syntax.isIpv4(text);
            }
            case IosParser.SLOT -> {
                int slash = text.indexOf('/');
                return slash > 0 && slash < text.length() - 1 && allDigits(text.substring(0, slash))
                        && allDigits(text.substring(slash + 1)) && text.length() < 12;
            }
            case IosParser.WORD, IosParser.LINE -> {
                return !text.isEmpty();
            }
            default -> {
                return false;
            }
        }
    }

    private StateSet tryJoined(StateSet st, Word word, List<Token> tokens) {
        if (joinedRule < 0) return null;
        List<Expectation> kwExp = new ArrayList<>();
        for (Expectation e : st.expected) if (e.rule() == joinedRule && g.isKeyword(e.tokenType())) kwExp.add(e);
        if (kwExp.isEmpty()) return null;
        String text = word.text();
        int cut = 0;
        while (cut < text.length() && !Character.isDigit(text.charAt(cut))) cut++;
        if (cut == 0 || cut == text.length()) return null;
        String head = text.substring(0, cut);
        String tail = text.substring(cut);
        int kw = keywordFor(kwExp, head);
        if (kw <= 0) return null;
        StateSet after = step(st, kw, -1L);
        int arg = argumentFor(after.expected, tail);
        if (arg == 0 || arg == IosParser.WORD || arg == IosParser.LINE) return null;
        StateSet end = step(after, arg, fitMask(after, arg, tail));
        if (end.configs.isEmpty()) return null;
        tokens.add(token(kw, g.keyword(kw), word.offset(), tokens.size()));
        tokens.add(token(arg, tail, word.offset() + cut, tokens.size()));
        return end;
    }

    private static CommonToken token(int type, String text, int offset, int index) {
        CommonToken t = new CommonToken(type, text);
        t.setCharPositionInLine(offset);
        t.setLine(1);
        t.setTokenIndex(index);
        return t;
    }

    static boolean allDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && Tokenizer.isBlank(s.charAt(e - 1))) e--;
        return s.substring(0, e);
    }
}
