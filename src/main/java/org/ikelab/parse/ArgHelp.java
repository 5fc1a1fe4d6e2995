package org.ikelab.parse;

/**
 * The help entry of an argument rule: the syntax IOS prints ({@code <1-10000>}, {@code WORD},
 * {@code A.B.C.D}, {@code LINE}) and its description. A {@code <a-b>} syntax is also the
 * range a number must fall in, so the range has one source.
 */
public record ArgHelp(String syntax, String text, long min, long max) {
    public boolean hasRange() {
        return min <= max;
    }

    public boolean inRange(long v) {
        return !hasRange() || (v >= min && v <= max);
    }

    static ArgHelp of(String syntax, String text) {
        long min = 1;
        long max = 0;
        if (syntax.startsWith("<") && syntax.endsWith(">")) {
            String body = syntax.substring(1, syntax.length() - 1);
            int dash = body.indexOf('-');
            if (dash > 0) {
                try {
                    min = Long.parseLong(body.substring(0, dash));
                    max = Long.parseLong(body.substring(dash + 1));
                } catch (NumberFormatException e) {
                    min = 1;
                    max = 0;
                }
            }
        }
        return new ArgHelp(syntax, text, min, max);
    }
}
