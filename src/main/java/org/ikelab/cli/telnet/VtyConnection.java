package org.ikelab.cli.telnet;

import java.util.ArrayDeque;
import java.util.function.Consumer;
import org.ikelab.cli.CliSession;
import org.ikelab.config.LineConfig;
import org.ikelab.config.Passwords;
import org.ikelab.lab.RouterNode;

/**
 * One terminal line on a router (a telnet vty, or the local console of {@code ikelab run}): bytes
 * in, screen text out, through a server-side {@link LineEditor} and a {@link CliSession}. Every
 * method runs on the router's thread ({@link #receive} posts there). While a ping runs, typed
 * keys wait in order (type-ahead) and are replayed when it is done. With {@code login} and a
 * password on {@code line vty}, the password is asked first, without echo; {@code login} with no
 * password refuses the session as IOS does. A vty idle longer than the line's {@code exec-timeout}
 * (IOS default 10 minutes; {@code exec-timeout 0 0} never) is closed by a timer on the router's
 * {@link org.ikelab.common.Scheduler}.
 */
public final class VtyConnection {
    private static final int MAX_TYPE_AHEAD = 1 << 20;
    /** Ctrl-^ (Ctrl-Shift-6), IOS's "escape sequence" that aborts a ping or traceroute. */
    private static final byte ESCAPE_SEQUENCE = 0x1e;

    private final RouterNode node;
    private final Consumer<String> out;
    private final CliSession session;
    private final LineEditor editor;
    private final ArrayDeque<Byte> typeAhead = new ArrayDeque<>();
    private final Runnable onEnd;
    private boolean loggingIn;
    private int attempts;
    private final StringBuilder password = new StringBuilder();
    private final boolean vty;
    private long lastInput;
    private org.ikelab.common.Cancellable idleTimer;
    /** Log lines were printed and the prompt with the typed text is not shown again yet. */
    private boolean reprintPending;
    /** The last text written ended a line: a log line needs no line break of its own before it. */
    private boolean atLineStart;
    private boolean closed;

    /** {@code by}: "console" or "vty0 (127.0.0.1)"; {@code vty}: log lines only after terminal monitor, and vty login. */
    public VtyConnection(RouterNode node, String by, boolean vty, Consumer<String> out, Runnable onEnd) {
        this.node = node;
        this.out = out;
        this.onEnd = onEnd;
        this.vty = vty;
        this.session = new CliSession(node, by, vty);
        this.editor = new LineEditor(new LineEditor.Handler() {
            @Override public String prompt() { return session.busy() || session.paging() ? "" : session.prompt(); }

            @Override public String line(String line) {
                String a = session.enter(line);
                return strip(a);
            }

            @Override public String help(String buffer) {
                String h = session.help(buffer);
                String tail = session.prompt() + buffer;
                return h.endsWith(tail) ? h.substring(0, h.length() - tail.length()) : h;
            }

            @Override public String complete(String buffer) { return session.complete(buffer); }

            @Override public String ctrlZ() { return strip(session.ctrlZ("").replaceFirst("^\\^Z\n", "")); }

            @Override public boolean paging() { return session.paging(); }

            @Override public String pagerKey(char key) { return session.more(key); }

            @Override public boolean echo() { return session.echo(); }
        }, this::write);
        session.screen(new CliSession.Screen() {
            @Override
            public void print(String text) {
                write(text);
                if (!session.busy()) replayTypeAhead();
            }

            @Override
            public void log(String line) {
                if (loggingIn) return;
                // As logging synchronous: the messages, then the prompt and the typed text again. A
                // burst (every debug line of one IKE packet) is printed as one block with one prompt
                // after it, as IOS does, not a prompt after each line.
                write((atLineStart ? "" : "\n") + line + "\n");
                if (!reprintPending) {
                    reprintPending = true;
                    node.scheduler().execute(VtyConnection.this::reprintPrompt);
                }
            }
        });
        LineConfig vtyLine = vtyRules(node);
        loggingIn = vty && vtyLine != null && vtyLine.login() && vtyLine.password() != null;
    }

    public CliSession session() {
        return session;
    }

    /** What the screen shows when the line opens: the password question, or the banner and prompt. */
    public void open() {
        LineConfig vtyLine = vtyRules(node);
        if (vty && vtyLine != null && vtyLine.login() && !vtyLine.loginLocal() && vtyLine.password() == null) {
            // IOS: a vty with "login" and no password cannot be used at all.
            write("\nPassword required, but none set\n");
            end();
            return;
        }
        lastInput = node.scheduler().nanoTime();
        if (vty) armIdleTimer(execTimeoutNanos());
        if (loggingIn) {
            write("\n\nUser Access Verification\n\nPassword: ");
            return;
        }
        StringBuilder boot = new StringBuilder();
        // The console shows the messages of the boot (interfaces coming up) before its first prompt.
        if (!vty) for (String l : node.takeBootLog()) boot.append(l).append('\n');
        write(boot + session.open());
    }

    /** Typed bytes (already free of telnet commands; Enter as '\r'). Call on the router's thread. */
    public void receive(byte b) {
        if (closed) return;
        reprintPrompt();
        lastInput = node.scheduler().nanoTime();
        if (loggingIn) {
            login(b);
            return;
        }
        if (session.ended()) return;
        if (b == ESCAPE_SEQUENCE && session.busy()) {
            session.abort();
            replayTypeAhead();
            return;
        }
        if (session.busy() || !typeAhead.isEmpty()) {
            if (typeAhead.size() < MAX_TYPE_AHEAD) typeAhead.add(b);
            return;
        }
        editor.key(b);
        if (session.ended()) end();
    }

    private void login(byte b) {
        if (b == '\r' || b == '\n') {
            LineConfig l = vtyRules(node);
            if (l != null && l.password() != null && Passwords.matches(password.toString(), l.password())) {
                loggingIn = false;
                password.setLength(0);
                write("\n" + session.open().stripLeading());
                return;
            }
            password.setLength(0);
            if (++attempts >= 3) {
                write("\n% Bad passwords\n");
                end();
                return;
            }
            write("\n% Login invalid\n\nPassword: ");
            return;
        }
        if (password.length() < 256) password.append((char) (b & 0xff));
    }

    /** After a block of log lines: the prompt and the typed text again (nothing while a ping runs). */
    private void reprintPrompt() {
        if (!reprintPending || closed) return;
        reprintPending = false;
        if (!session.busy() && !session.ended()) write(session.prompt() + editor.typed());
    }

    private void replayTypeAhead() {
        // Bounded by the queue length; a line that starts another ping stops the replay.
        while (!typeAhead.isEmpty() && !session.busy() && !session.ended()) {
            editor.key(typeAhead.poll());
        }
        if (session.ended()) end();
    }

    private void end() {
        if (closed) return;
        closed = true;
        if (idleTimer != null) idleTimer.cancel();
        session.close();
        onEnd.run();
    }

    /** The router's {@code line vty 0 4} block when its config sets one up, else null (console-server behaviour). */
    public static LineConfig vtyRules(RouterNode node) {
        LineConfig l = node.config().lines().get("vty");
        return l != null && l.configured() ? l : null;
    }

    /** True when the line's {@code transport input} lets telnet in (IOS refuses the connection otherwise). */
    public static boolean telnetAllowed(LineConfig vtyLine) {
        if (vtyLine == null || vtyLine.transportInput() == null) return true;
        for (String t : vtyLine.transportInput().split(" ")) if (t.equals("telnet") || t.equals("all")) return true;
        return false;
    }

    /** The vty's exec-timeout in nanoseconds (0: never), read when the timer fires so a change applies. */
    private long execTimeoutNanos() {
        LineConfig l = vtyRules(node);
        int seconds = l == null ? LineConfig.DEFAULT_EXEC_TIMEOUT : l.execTimeout();
        return seconds * 1_000_000_000L;
    }

    private void armIdleTimer(long timeout) {
        // While exec-timeout is 0 the timer still looks again each minute, so a later exec-timeout applies.
        long delay = timeout == 0 ? 60_000_000_000L : timeout;
        idleTimer = node.scheduler().schedule(delay, this::idleCheck);
    }

    private void idleCheck() {
        if (closed) return;
        if (session.ended()) {
            end();
            return;
        }
        long timeout = execTimeoutNanos();
        long idle = node.scheduler().nanoTime() - lastInput;
        if (timeout != 0 && idle >= timeout) {
            // IOS closes an idle vty without a word; the telnet client reports the closed connection.
            end();
            return;
        }
        armIdleTimer(timeout == 0 ? 0 : timeout - idle);
    }

    private void write(String text) {
        if (text.isEmpty()) return;
        atLineStart = text.charAt(text.length() - 1) == '\n';
        out.accept(text);
    }

    /** The session's answer ends with the prompt, which the editor prints itself. */
    private String strip(String answer) {
        if (session.busy() || session.paging() || session.ended()) return answer;
        String p = session.prompt();
        return answer.endsWith(p) ? answer.substring(0, answer.length() - p.length()) : answer;
    }
}
