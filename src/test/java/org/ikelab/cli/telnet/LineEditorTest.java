package org.ikelab.cli.telnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineEditorTest {
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder screen = new StringBuilder();
    private final LineEditor editor = new LineEditor(new LineEditor.Handler() {
        @Override public String prompt() { return "R1#"; }
        @Override public String line(String line) { lines.add(line); return line.isEmpty() ? "" : "ok\n"; }
        @Override public String help(String buffer) { return "  sa  SAs\n\n"; }
        @Override public String complete(String buffer) { return buffer.equals("sh") ? "show " : null; }
        @Override public String ctrlZ() { return ""; }
    }, screen::append);

    private void type(String s) {
        for (byte b : s.getBytes(StandardCharsets.US_ASCII)) editor.key(b);
    }

    @Test
    void typedLineIsEchoedOnceAndAnsweredInOneWrite() {
        type("show\r");
        assertEquals(List.of("show"), lines);
        assertEquals("show\nok\nR1#", screen.toString());
    }

    @Test
    void emptyEnterGivesANewPrompt() {
        type("\r");
        assertEquals("\nR1#", screen.toString());
    }

    @Test
    void helpReprintsPromptAndText() {
        type("show crypto ?");
        assertEquals("show crypto ?\n  sa  SAs\n\nR1#show crypto ", screen.toString());
    }

    @Test
    void tabCompletesOrReprintsTheLine() {
        type("sh\t");
        type(" x\t");
        type("\r");
        assertEquals(List.of("show  x"), lines);
    }

    /** Reference §1.5: Tab on "sh" shows "show " by adding the missing letters, as IOS sends them. */
    @Test
    void tabSendsOnlyTheCompletedLetters() {
        type("sh\t");
        assertEquals("show ", screen.toString());
        type("\u0015");                         // Ctrl-U erases the whole line
        assertEquals("show \b\b\b\b\b     \b\b\b\b\b", screen.toString());
    }

    @Test
    void editingKeysAndHistory() {
        type("shw\u0002\u0002\u0006o\r");     // Ctrl-B twice, Ctrl-F, insert 'o' -> "show"
        type("abc\u0017xyz\r");                 // Ctrl-W deletes "abc"
        type("\u001b[A\u001b[A\r");             // Up twice -> "show"
        type("ab\u0008c\r");                    // backspace
        assertEquals(List.of("show", "xyz", "show", "ac"), lines);
    }
}
