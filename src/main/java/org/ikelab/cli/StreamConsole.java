package org.ikelab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;

/**
 * A console over plain streams (stdin not a terminal): every input character is taken as typed
 * on a terminal and the output is what the terminal would show, echo included. {@code ?}, Tab
 * Ctrl-U and Ctrl-Z act as keys; a key at {@code --More--} is the next input character. End of input
 * ends the session.
 */
public final class StreamConsole {
    private final CliSession session;
    private final Reader in;
    private final PrintStream out;

    public StreamConsole(CliSession session, Reader in, PrintStream out) {
        this.session = session;
        this.in = in;
        this.out = out;
    }

    /** Runs until the user leaves or the input ends. Bounded by the input's length. */
    public void run() throws IOException {
        out.print(session.open());
        out.flush();
        StringBuilder buf = new StringBuilder();
        int ch;
        while (!session.ended() && (ch = in.read()) >= 0) {
            char c = (char) ch;
            if (session.paging()) {
                if (c == '\r') continue;
                out.print(session.more(c));
                out.flush();
                continue;
            }
            switch (c) {
                case '\r' -> { }
                case '\n' -> {
                    out.print("\n");
                    String line = buf.toString();
                    buf.setLength(0);
                    out.print(session.enter(line));
                }
                case '?' -> {
                    if (!session.echo()) {
                        buf.append(c);
                        continue;
                    }
                    out.print("?\n");
                    out.print(session.help(buf.toString()));
                }
                case '\t' -> {
                    String done = session.complete(buf.toString());
                    if (done == null) {
                        out.print("\n" + session.prompt() + buf);
                    } else {
                        int common = 0;
                        while (common < buf.length() && common < done.length() && buf.charAt(common) == done.charAt(common)) common++;
                        out.print("\b".repeat(buf.length() - common) + done.substring(common));
                        buf.setLength(0);
                        buf.append(done);
                    }
                }
                case '\u0015' -> {
                    // Ctrl-U erases the line typed so far.
                    if (session.echo()) out.print("\b \b".repeat(buf.length()));
                    buf.setLength(0);
                }
                case '\u001a' -> {
                    String typed = buf.toString();
                    buf.setLength(0);
                    out.print(session.ctrlZ(typed));
                }
                default -> {
                    buf.append(c);
                    if (session.echo()) out.print(c);
                }
            }
            out.flush();
        }
        if (!session.ended() && buf.length() > 0) {
            out.print("\n" + session.enter(buf.toString()));
        }
        if (!session.ended()) out.print("\n");
        out.flush();
    }
}
