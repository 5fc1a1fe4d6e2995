package org.ikelab.cli.telnet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Server-side line editing for a vty, as IOS does it over telnet: the router echoes what is
 * typed, and handles {@code ?}, Tab, Ctrl-Z, history (Up/Down, Ctrl-P/N), cursor movement
 * (Left/Right, Ctrl-A/E/B/F) and deletion (Backspace, Ctrl-U/W/K). Keys arrive one byte at a
 * time from {@link TelnetProtocol}; every answer (echo, output, next prompt) leaves in ONE
 * write, so automation clients that read per write stay in step.
 */
public final class LineEditor {
    /** What the editor asks of the CLI session behind it. */
    public interface Handler {
        String prompt();

        /** Enter: runs the line and returns its output ("" when none). */
        String line(String line);

        /** {@code ?}: the help to print for the text before it. */
        String help(String buffer);

        /** Tab: the completed text, or null when nothing completes (IOS then re-prints the line). */
        String complete(String buffer);

        /** Ctrl-Z: leaves configuration mode; returns the output. */
        String ctrlZ();

        /** True while the session shows a {@code --More--} page: the next key goes to it. */
        default boolean paging() { return false; }

        /** A key for the pager; returns what to print. */
        default String pagerKey(char key) { return ""; }

        /** False while a password is typed: keys are taken without echo, help or history. */
        default boolean echo() { return true; }
    }

    private static final int MAX_LINE = 4096;
    private static final int MAX_HISTORY = 20;

    private final Handler handler;
    private final Consumer<String> out;
    private final StringBuilder buf = new StringBuilder();
    private final List<String> history = new ArrayList<>();
    private int cursor;
    private int historyIndex = -1;
    private int escape; // 0 none, 1 after ESC, 2 after ESC [ or ESC O

    public LineEditor(Handler handler, Consumer<String> out) {
        this.handler = handler;
        this.out = out;
    }

    /** The text typed on the current line so far (re-printed after a log message). */
    public String typed() {
        return buf.toString();
    }

    /** The prompt to send when the session opens. */
    public void start() {
        out.accept(handler.prompt());
    }

    public void key(byte b) {
        char c = (char) (b & 0xff);
        if (handler.paging()) {
            out.accept(handler.pagerKey(c));
            return;
        }
        if (!handler.echo() && escape == 0) {
            hiddenKey(c);
            return;
        }
        if (escape == 1) {
            escape = (c == '[' || c == 'O') ? 2 : 0;
            return;
        }
        if (escape == 2) {
            escape = 0;
            switch (c) {
                case 'A' -> historyMove(+1);
                case 'B' -> historyMove(-1);
                case 'C' -> moveRight();
                case 'D' -> moveLeft();
                default -> { }
            }
            return;
        }
        switch (c) {
            case 27 -> escape = 1;
            case '\r' -> enter();
            case '?' -> help();
            case '\t' -> complete();
            case 26 -> ctrlZ();                 // Ctrl-Z
            case 3 -> abort();                  // Ctrl-C
            case 1 -> { out.accept("\b".repeat(cursor)); cursor = 0; }   // Ctrl-A
            case 5 -> { out.accept(buf.substring(cursor)); cursor = buf.length(); } // Ctrl-E
            case 2 -> moveLeft();               // Ctrl-B
            case 6 -> moveRight();              // Ctrl-F
            case 16 -> historyMove(+1);         // Ctrl-P
            case 14 -> historyMove(-1);         // Ctrl-N
            case 8, 127 -> backspace();
            case 21 -> replaceLine("");         // Ctrl-U
            case 11 -> killToEnd();             // Ctrl-K
            case 23 -> deleteWord();            // Ctrl-W
            default -> {
                if (c >= 32 && c < 127) insert(c);
            }
        }
    }

    /** A key of a password: kept, never shown; Enter answers without recording history. */
    private void hiddenKey(char c) {
        switch (c) {
            case '\r' -> {
                String line = buf.toString();
                buf.setLength(0);
                cursor = 0;
                String output = handler.line(line);
                out.accept("\n" + output + handler.prompt());
            }
            case 8, 127 -> {
                if (buf.length() > 0) buf.setLength(buf.length() - 1);
                cursor = buf.length();
            }
            case 21 -> {
                buf.setLength(0);
                cursor = 0;
            }
            default -> {
                if (c >= 32 && c < 127 && buf.length() < MAX_LINE) {
                    buf.append(c);
                    cursor = buf.length();
                }
            }
        }
    }

    private void insert(char c) {
        if (buf.length() >= MAX_LINE) return;
        buf.insert(cursor, c);
        cursor++;
        String tail = buf.substring(cursor);
        out.accept(c + tail + "\b".repeat(tail.length()));
    }

    private void backspace() {
        if (cursor == 0) return;
        buf.deleteCharAt(cursor - 1);
        cursor--;
        String tail = buf.substring(cursor);
        out.accept("\b" + tail + " " + "\b".repeat(tail.length() + 1));
    }

    private void killToEnd() {
        int n = buf.length() - cursor;
        buf.setLength(cursor);
        out.accept(" ".repeat(n) + "\b".repeat(n));
    }

    private void deleteWord() {
        int start = cursor;
        while (start > 0 && buf.charAt(start - 1) == ' ') start--;
        while (start > 0 && buf.charAt(start - 1) != ' ') start--;
        int n = cursor - start;
        if (n == 0) return;
        buf.delete(start, cursor);
        cursor = start;
        String tail = buf.substring(cursor);
        out.accept("\b".repeat(n) + tail + " ".repeat(n) + "\b".repeat(tail.length() + n));
    }

    private void moveLeft() {
        if (cursor > 0) {
            cursor--;
            out.accept("\b");
        }
    }

    private void moveRight() {
        if (cursor < buf.length()) {
            out.accept(String.valueOf(buf.charAt(cursor)));
            cursor++;
        }
    }

    /** Replaces the visible line with {@code text}, cursor at its end. */
    private void replaceLine(String text) {
        // Only what changes is redrawn: Tab on "sh cr" sends "ypto ", as IOS does, not the whole line.
        int same = 0;
        while (same < cursor && same < text.length() && buf.charAt(same) == text.charAt(same)) same++;
        StringBuilder s = new StringBuilder();
        s.append("\b".repeat(cursor - same));
        s.append(text, same, text.length());
        int extra = buf.length() - text.length();
        if (extra > 0) s.append(" ".repeat(extra)).append("\b".repeat(extra));
        buf.setLength(0);
        buf.append(text);
        cursor = buf.length();
        out.accept(s.toString());
    }

    private void historyMove(int dir) {
        int next = historyIndex + dir;
        if (next < -1 || next >= history.size()) return;
        historyIndex = next;
        replaceLine(next == -1 ? "" : history.get(history.size() - 1 - next));
    }

    private void enter() {
        String line = buf.toString();
        buf.setLength(0);
        cursor = 0;
        historyIndex = -1;
        if (!line.isBlank()) {
            history.add(line);
            if (history.size() > MAX_HISTORY) history.remove(0);
        }
        String output = handler.line(line);
        out.accept("\n" + output + handler.prompt());
    }

    private void help() {
        String text = handler.help(buf.toString());
        out.accept("?\n" + text + handler.prompt() + buf);
        cursor = buf.length();
    }

    private void complete() {
        String completed = handler.complete(buf.toString());
        if (completed == null) {
            // IOS: nothing to complete -> new line with the prompt and the text again.
            out.accept("\n" + handler.prompt() + buf);
            cursor = buf.length();
        } else {
            replaceLineFromCursorEnd(completed);
        }
    }

    private void replaceLineFromCursorEnd(String text) {
        if (cursor < buf.length()) out.accept(buf.substring(cursor));
        cursor = buf.length();
        replaceLine(text);
    }

    private void ctrlZ() {
        buf.setLength(0);
        cursor = 0;
        String output = handler.ctrlZ();
        out.accept("^Z\n" + output + handler.prompt());
    }

    private void abort() {
        buf.setLength(0);
        cursor = 0;
        out.accept("^C\n" + handler.prompt());
    }
}
