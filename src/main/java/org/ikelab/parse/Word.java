package org.ikelab.parse;

/** One word of a typed line and the column (0-based, within the line as typed) where it starts. */
public record Word(String text, int offset) {
    public int end() {
        return offset + text.length();
    }
}
