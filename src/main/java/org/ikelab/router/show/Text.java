package org.ikelab.router.show;

/** Column padding helpers shared by the formatters. */
final class Text {
    private Text() {
    }

    /** {@code s} left-aligned in {@code width} columns (never truncated: IOS lets long values push on). */
    static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** {@code s} right-aligned in {@code width} columns. */
    static String left(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    static String lines(java.util.List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l).append('\n');
        return sb.toString();
    }
}
