package org.ikelab.parse;

/**
 * The help entry of an argument rule: the placeholder IOS prints ({@code <1-10000>}, {@code WORD},
 * {@code A.B.C.D}, {@code LINE}) and its description. A {@code <a-b>} placeholder is also the
 * range a number must fall in, so the range has one source.
 */
public record ArgHelp(String placeholder, String text, long min, long max) {
    public boolean hasRange() {
        return min <= max;
    }

    public boolean inRange(long v) {
        return !hasRange() || (v >= min && v <= max);
    }

    static ArgHelp of(String placeholder, String text) {
        long min = 1;
        long max = 0;
        if (placeholder.startsWith("<") && placeholder.endsWith(">")) {
            String body = placeholder.substring(1, placeholder.length() - 1);
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
        return new ArgHelp(placeholder, text, min, max);
    }
}
