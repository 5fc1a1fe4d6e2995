package org.ikelab.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a typed line into words the way IOS does: runs of spaces and tabs separate words and
 * nothing else is special. Each word keeps its column so errors can put the caret under it.
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Word> split(String line) {
        List<Word> words = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isBlank(line.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) i++;
            words.add(new Word(line.substring(start, i), start));
        }
        return words;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
