package org.ikelab.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ikelab.parse.gen.IosParser;

/**
 * IOS context help ({@code ?}) computed from the grammar (reference §1.4): {@code word ?} lists
 * what may follow, {@code partial?} lists the keywords starting with the partial word. The lines
 * returned are the help block only; the caller adds the blank line and re-displays the prompt
 * and the typed text.
 */
public final class ContextHelp {
    private final LineMatcher matcher;
    private final IosGrammar g;

    public ContextHelp(LineMatcher matcher) {
        this.matcher = matcher;
        this.g = matcher.grammar();
    }

    /** One line of a help list. */
    public record Entry(String display, String text) {}

    /** What {@code ?} shows. */
    public sealed interface Result {
        /** The list of a {@code word ?} request, {@code <cr>} last when the command may end. */
        record Listing(List<Entry> entries, boolean cr) implements Result {}

        /** The keywords (and syntaxes) matching a {@code partial?} request. */
        record Completions(List<String> words) implements Result {}

        /** The typed words before the {@code ?} do not parse. */
        record Failed(MatchResult failure) implements Result {}

        /** No keyword or argument starts with the partial word. */
        record Unrecognized() implements Result {}
    }

    /** Help for the text typed before {@code ?} (without the {@code ?}). */
    public Result help(String typed, int rule) {
        List<Word> words = Tokenizer.split(typed);
        boolean partial = !typed.isEmpty() && !Tokenizer.isBlank(typed.charAt(typed.length() - 1)) && !words.isEmpty();
        int before = partial ? words.size() - 1 : words.size();
        LineMatcher.Walk w = matcher.walk(typed, words, before, rule);
        if (w.failure() != null) return new Result.Failed(w.failure());
        if (w.endedInLine()) {
            // A LINE argument has taken the rest of the line: it goes on taking words.
            int lineRule = w.lineRule();
            ArgHelp h = lineRule < 0 ? null : g.help().arg(g.ruleName(lineRule));
            String ph = h == null ? "LINE" : h.syntax();
            if (partial) return new Result.Completions(List.of(ph));
            return new Result.Listing(List.of(new Entry(ph, h == null ? "" : h.text())), w.state().canEnd);
        }
        List<Expectation> exp = w.state().expected;
        if (partial) return completions(exp, words.get(words.size() - 1).text());
        return listing(exp, w.state().canEnd);
    }

    /** The full list at a position ({@code ?} after a space, or {@code ?} alone). */
    public Result.Listing listing(List<Expectation> exp, boolean cr) {
        TreeMap<String, String> keywords = new TreeMap<>();
        Map<String, Entry> args = new LinkedHashMap<>();
        for (Expectation e : exp) {
            if (e.tokenType() <= 0) continue;
            String rule = g.ruleName(e.rule());
            String kw = g.keyword(e.tokenType());
            if (kw != null) {
                String text = g.help().keyword(rule, kw);
                keywords.putIfAbsent(kw, text == null ? "" : text);
            } else {
                ArgHelp h = g.help().arg(rule);
                Entry en = h == null ? new Entry(IosGrammar.defaultSyntax(e.tokenType()), "") : new Entry(h.syntax(), h.text());
                args.putIfAbsent(en.display() + "\u0000" + en.text(), en);
            }
        }
        List<Entry> out = new ArrayList<>();
        keywords.forEach((k, v) -> out.add(new Entry(k, v)));
        // Argument syntaxes after the keywords (reference §1.4), among themselves sorted as strings
        // like IOS ("<100-199>" before "<1300-1999>" before "WORD").
        List<Entry> syntaxes = new ArrayList<>(args.values());
        syntaxes.sort(java.util.Comparator.comparing(Entry::display));
        out.addAll(syntaxes);
        return new Result.Listing(out, cr);
    }

    private Result completions(List<Expectation> exp, String partial) {
        String low = IosGrammar.lower(partial);
        TreeMap<String, Boolean> kws = new TreeMap<>();
        List<String> args = new ArrayList<>();
        for (Expectation e : exp) {
            if (e.tokenType() <= 0) continue;
            String kw = g.keyword(e.tokenType());
            if (kw != null) {
                if (IosGrammar.lower(kw).startsWith(low)) kws.put(kw, true);
            } else if (partialFits(e.tokenType(), partial)) {
                ArgHelp h = g.help().arg(g.ruleName(e.rule()));
                String ph = h == null ? IosGrammar.defaultSyntax(e.tokenType()) : h.syntax();
                if (!args.contains(ph)) args.add(ph);
            }
        }
        List<String> out = new ArrayList<>(kws.keySet());
        out.addAll(args);
        return out.isEmpty() ? new Result.Unrecognized() : new Result.Completions(out);
    }

    /** Whether a partial word could still become an argument of this type. */
    private static boolean partialFits(int type, String partial) {
        return switch (type) {
            case IosParser.NUMBER -> LineMatcher.allDigits(partial);
            case IosParser.IPV4 -> partial.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
            case IosParser.SLOT -> partial.chars().allMatch(c -> c == '/' || (c >= '0' && c <= '9'));
            default -> true;
        };
    }

    /** Formats a listing as IOS prints it: two spaces, the padded name, two spaces, the text. */
    public static List<String> format(Result.Listing l) {
        int width = 0;
        for (Entry e : l.entries()) width = Math.max(width, e.display().length());
        List<String> lines = new ArrayList<>();
        for (Entry e : l.entries()) {
            if (e.text().isEmpty()) {
                lines.add("  " + e.display());
            } else {
                lines.add("  " + e.display() + " ".repeat(width - e.display().length()) + "  " + e.text());
            }
        }
        if (l.cr()) lines.add("  <cr>");
        return lines;
    }

    /** Formats a completion list: words separated by two spaces, wrapped before {@code width} columns. */
    public static List<String> format(Result.Completions c, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String w : c.words()) {
            if (sb.length() > 0 && sb.length() + 2 + w.length() >= Math.max(width, 20)) {
                lines.add(sb.toString());
                sb.setLength(0);
            }
            if (sb.length() > 0) sb.append("  ");
            sb.append(w);
        }
        if (sb.length() > 0) lines.add(sb.toString());
        return lines;
    }
}
