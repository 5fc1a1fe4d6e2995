package org.ikelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The interactive console on a real terminal: jline edits the line, {@code ?} prints help and
 * redraws the line without inserting {@code ?}, Tab completes from the grammar, Ctrl-Z ends
 * configuration mode. Output pages at {@code --More--}.
 */
public final class JlineConsole {
    private final CliSession session;
    private final Terminal terminal;

    public JlineConsole(CliSession session, Terminal terminal) {
        this.session = session;
        this.terminal = terminal;
    }

    public void run() throws IOException {
        // Ctrl-Z is IOS's "end", not the shell's suspend: let the key through as a character.
        Attributes attrs = terminal.getAttributes();
        attrs.setControlChar(Attributes.ControlChar.VSUSP, 0);
        terminal.setAttributes(attrs);
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
        reader.unsetOpt(LineReader.Option.AUTO_LIST);
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        PrintWriter w = terminal.writer();
        String[] ctrlZ = {null};
        reader.getWidgets().put("ios-help", () -> {
            if (!session.echo()) {
                reader.getBuffer().write('?');
                return true;
            }
            String typed = reader.getBuffer().toString();
            w.print("?\n");
            String text = session.help(typed);
            // The help ends with prompt + typed text; jline redraws those itself.
            w.print(stripPrompt(text, typed));
            w.flush();
            reader.callWidget(LineReader.REDRAW_LINE);
            reader.callWidget(LineReader.REDISPLAY);
            return true;
        });
        reader.getWidgets().put("ios-complete", () -> {
            String typed = reader.getBuffer().toString();
            String done = session.complete(typed);
            if (done == null) {
                w.print("\n");
                w.flush();
                reader.callWidget(LineReader.REDRAW_LINE);
            } else {
                reader.getBuffer().clear();
                reader.getBuffer().write(done);
            }
            reader.callWidget(LineReader.REDISPLAY);
            return true;
        });
        reader.getWidgets().put("ios-ctrl-z", () -> {
            ctrlZ[0] = reader.getBuffer().toString();
            // IOS shows ^Z after the typed text, runs that text, then leaves configuration mode.
            reader.getBuffer().cursor(reader.getBuffer().length());
            reader.getBuffer().write("^Z");
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        KeyMap<org.jline.reader.Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
        main.bind(new Reference("ios-help"), "?");
        main.bind(new Reference("ios-complete"), "\t");
        main.bind(new Reference("ios-ctrl-z"), KeyMap.ctrl('Z'));

        w.print(stripPrompt(session.open(), ""));
        w.flush();
        for (int guard = 0; guard < Integer.MAX_VALUE && !session.ended(); guard++) {
            String line;
            try {
                line = session.echo() ? reader.readLine(session.prompt()) : reader.readLine(session.prompt(), '\0');
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            String out;
            if (ctrlZ[0] != null) {
                String typed = ctrlZ[0];
                ctrlZ[0] = null;
                out = session.ctrlZ(typed);
                if (out.startsWith("^Z\n")) out = out.substring(3);
            } else {
                out = session.enter(line);
            }
            if (session.paging()) {
                // One key at a time at --More--: the terminal must not wait for Enter.
                Attributes cooked = terminal.enterRawMode();
                try {
                    while (session.paging()) {
                        w.print(out);
                        w.flush();
                        NonBlockingReader r = terminal.reader();
                        int c = r.read();
                        if (c < 0) return;
                        out = session.more((char) c);
                    }
                } finally {
                    terminal.setAttributes(cooked);
                }
            }
            w.print(stripPrompt(out, ""));
            w.flush();
        }
        w.println();
        w.flush();
    }

    private String stripPrompt(String text, String typed) {
        String tail = session.prompt() + typed;
        return text.endsWith(tail) ? text.substring(0, text.length() - tail.length()) : text;
    }
}
