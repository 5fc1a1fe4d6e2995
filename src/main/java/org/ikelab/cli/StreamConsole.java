package org.ikelab.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

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
    /** The longest one typed line may run (a ping of many echoes) before the console gives up on it. */
    private static final long COMMAND_LIMIT_SECONDS = 600;

    private final CliSession session;
    private final Reader in;
    private final PrintStream out;
    private final Executor loop;
    private volatile CompletableFuture<Void> idle;

    /** A console for a session without a router thread (its calls run on the caller's thread). */
    public StreamConsole(CliSession session, Reader in, PrintStream out) {
        this.session = session;
        this.in = in;
        this.out = out;
        this.loop = null;
    }

    /**
     * A console for a session on a running router: every call runs on the router's thread
     * ({@code loop}), and a command that takes time (ping, traceroute) is waited for, its output
     * printed as it arrives, before the next input character is read.
     */
    public StreamConsole(CliSession session, Reader in, PrintStream out, Executor loop) {
        this.session = session;
        this.in = in;
        this.out = out;
        this.loop = loop;
        call(() -> {
            session.screen(new CliSession.Screen() {
                @Override
                public void print(String text) {
                    out.print(text);
                    out.flush();
                    CompletableFuture<Void> f = idle;
                    if (f != null && !session.busy()) f.complete(null);
                }

                @Override
                public void log(String line) {
                    out.print(line + "\n");
                    out.flush();
                }
            });
            return null;
        });
    }

    /** Runs {@code task} on the session's thread and returns its result. */
    private <T> T call(Supplier<T> task) {
        if (loop == null) return task.get();
        try {
            return CompletableFuture.supplyAsync(task, loop).get(COMMAND_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the router did not answer", e);
        }
    }

    /** Prints an answer; if the command goes on (ping), waits until its last output arrived. */
    private void answer(Supplier<String> command) {
        if (loop == null) {
            out.print(command.get());
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        idle = done;
        String text = call(() -> {
            String t = command.get();
            if (!session.busy()) done.complete(null);
            return t;
        });
        out.print(text);
        out.flush();
        try {
            done.get(COMMAND_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            call(() -> {
                session.abort();
                return null;
            });
        } finally {
            idle = null;
        }
    }

    /** Runs until the user leaves or the input ends. Bounded by the input's length. */
    public void run() throws IOException {
        out.print(call(session::open));
        out.flush();
        StringBuilder buf = new StringBuilder();
        int ch;
        while (!call(session::ended) && (ch = in.read()) >= 0) {
            char c = (char) ch;
            if (call(session::paging)) {
                if (c == '\r') continue;
                out.print(call(() -> session.more(c)));
                out.flush();
                continue;
            }
            switch (c) {
                case '\r' -> { }
                case '\n' -> {
                    out.print("\n");
                    String line = buf.toString();
                    buf.setLength(0);
                    answer(() -> session.enter(line));
                }
                case '?' -> {
                    if (!call(session::echo)) {
                        buf.append(c);
                        continue;
                    }
                    out.print("?\n");
                    String typed = buf.toString();
                    out.print(call(() -> session.help(typed)));
                }
                case '\t' -> {
                    String typed = buf.toString();
                    String done = call(() -> session.complete(typed));
                    if (done == null) {
                        out.print("\n" + call(session::prompt) + buf);
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
                    if (call(session::echo)) out.print("\b \b".repeat(buf.length()));
                    buf.setLength(0);
                }
                case '\u001a' -> {
                    String typed = buf.toString();
                    buf.setLength(0);
                    answer(() -> session.ctrlZ(typed));
                }
                default -> {
                    buf.append(c);
                    if (call(session::echo)) out.print(c);
                }
            }
            out.flush();
        }
        if (!call(session::ended) && buf.length() > 0) {
            out.print("\n");
            String last = buf.toString();
            answer(() -> session.enter(last));
        }
        if (!call(session::ended)) out.print("\n");
        out.flush();
    }
}
