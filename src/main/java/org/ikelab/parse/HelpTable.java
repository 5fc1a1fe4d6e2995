package org.ikelab.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The help texts kept beside the grammar ({@code grammar/help*.txt}, see grammar/README.md).
 * Keyword entries are keyed {@code rule:keyword} (the rule that holds the literal) with a plain
 * {@code keyword} fallback; argument entries are keyed {@code @rule}.
 */
public final class HelpTable {
    /** The help files, in load order; each is a resource next to this class. */
    static final List<String> FILES = List.of("help.txt", "help_crypto.txt", "help_runtime.txt");

    private final Map<String, String> keywords = new LinkedHashMap<>();
    private final Map<String, ArgHelp> args = new LinkedHashMap<>();
    private final List<String> duplicates = new ArrayList<>();

    public static HelpTable load() {
        HelpTable t = new HelpTable();
        for (String f : FILES) {
            try (InputStream in = HelpTable.class.getResourceAsStream(f)) {
                if (in == null) continue;
                t.read(f, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return t;
    }

    void read(String file, BufferedReader r) throws IOException {
        String line;
        int no = 0;
        while ((line = r.readLine()) != null && no < 1_000_000) {
            no++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            int sp = firstBlank(s);
            String key = sp < 0 ? s : s.substring(0, sp);
            String rest = sp < 0 ? "" : s.substring(sp).strip();
            if (key.startsWith("@")) {
                String syntax;
                if (rest.startsWith("\"")) {
                    int close = rest.indexOf('"', 1);
                    syntax = close < 0 ? rest.substring(1) : rest.substring(1, close);
                    rest = close < 0 ? "" : rest.substring(close + 1).strip();
                } else {
                    int sp2 = firstBlank(rest);
                    syntax = sp2 < 0 ? rest : rest.substring(0, sp2);
                    rest = sp2 < 0 ? "" : rest.substring(sp2).strip();
                }
                if (args.put(key.substring(1), ArgHelp.of(syntax, rest)) != null) duplicates.add(file + ":" + no + " " + key);
            } else if (keywords.put(key, rest) != null) {
                duplicates.add(file + ":" + no + " " + key);
            }
        }
    }

    private static int firstBlank(String s) {
        for (int i = 0; i < s.length(); i++) if (Tokenizer.isBlank(s.charAt(i))) return i;
        return -1;
    }

    /** The help of a keyword in a rule, falling back to the keyword alone; null if there is none. */
    public String keyword(String rule, String keyword) {
        String t = keywords.get(rule + ":" + keyword);
        return t != null ? t : keywords.get(keyword);
    }

    public boolean hasKeyword(String rule, String keyword) {
        return keywords.containsKey(rule + ":" + keyword) || keywords.containsKey(keyword);
    }

    /** The help of an argument rule, or null. */
    public ArgHelp arg(String rule) {
        return args.get(rule);
    }

    /** Keys that appear more than once (a test keeps this empty). */
    public List<String> duplicates() {
        return Collections.unmodifiableList(duplicates);
    }
}
