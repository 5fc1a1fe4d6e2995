package org.ikelab.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;
import org.ikelab.parse.gen.IosParser;

/**
 * What the engine knows about the generated grammar: the parser's ATN, which token types are
 * keywords (and their text), the argument token types, rule names, and the help table.
 * Immutable after construction and shared by every router.
 */
public final class IosGrammar {
    private static final IosGrammar INSTANCE = new IosGrammar(HelpTable.load());

    private final ATN atn;
    private final String[] ruleNames;
    private final String[] keywordText;     // by token type; null for non-keywords
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final HelpTable help;

    private IosGrammar(HelpTable help) {
        this.atn = IosParser._ATN;
        this.ruleNames = IosParser.ruleNames;
        this.help = help;
        Vocabulary v = IosParser.VOCABULARY;
        keywordText = new String[v.getMaxTokenType() + 1];
        for (int t = 1; t <= v.getMaxTokenType(); t++) {
            String lit = v.getLiteralName(t);
            if (lit != null && lit.length() >= 2) keywordText[t] = unquote(lit);
        }
        for (int i = 0; i < ruleNames.length; i++) ruleIndex.put(ruleNames[i], i);
    }

    public static IosGrammar get() {
        return INSTANCE;
    }

    private static String unquote(String lit) {
        String s = lit.substring(1, lit.length() - 1);
        return s.replace("\\'", "'").replace("\\\\", "\\");
    }

    public ATN atn() {
        return atn;
    }

    public HelpTable help() {
        return help;
    }

    public int maxTokenType() {
        return keywordText.length - 1;
    }

    /** The keyword text of a token type, or null when the type is an argument type. */
    public String keyword(int tokenType) {
        return tokenType > 0 && tokenType < keywordText.length ? keywordText[tokenType] : null;
    }

    public boolean isKeyword(int tokenType) {
        return keyword(tokenType) != null;
    }

    public String ruleName(int rule) {
        return ruleNames[rule];
    }

    /** The index of a rule, or -1. */
    public int rule(String name) {
        return ruleIndex.getOrDefault(name, -1);
    }

    /** Generic syntax of an argument token type, used only when an argument rule has no help. */
    public static String defaultSyntax(int tokenType) {
        return switch (tokenType) {
            case IosParser.NUMBER -> "<0-4294967295>";
            case IosParser.IPV4 -> "A.B.C.D";
            case IosParser.SLOT -> "<0-0>";
            case IosParser.LINE -> "LINE";
            default -> "WORD";
        };
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
