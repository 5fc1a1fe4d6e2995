package org.ikelab.cli.telnet;

import java.io.ByteArrayOutputStream;

/**
 * The server side of RFC 854 option negotiation for an IOS-style vty, independent of any socket.
 * Feed it received bytes; it strips commands, answers negotiations, reads the window size
 * (NAWS, RFC 1073) and hands plain input bytes, with every line end turned into one {@code '\r'},
 * to {@link Sink#data}. Like IOS it offers ECHO and SUPPRESS-GO-AHEAD and asks for NAWS, but it
 * keeps working when a client refuses all of them (Netmiko does): the line editor echoes anyway.
 */
public final class TelnetProtocol {
    public static final int IAC = 255, DONT = 254, DO = 253, WONT = 252, WILL = 251, SB = 250, SE = 240, NOP = 241;
    public static final int OPT_ECHO = 1, OPT_SGA = 3, OPT_TTYPE = 24, OPT_NAWS = 31, OPT_LINEMODE = 34;
    private static final int MAX_SUBNEGOTIATION = 64;

    /** Where decoded input and our replies go. */
    public interface Sink {
        /** Input bytes for the line editor; each line end arrives as one '\r'. */
        void data(byte b);

        /** Bytes to send back to the client (negotiation answers). */
        void reply(byte[] bytes);

        /** The client told us its window size. */
        default void windowSize(int width, int height) { }
    }

    private enum State { DATA, IAC, OPTION, SB, SB_IAC, CR }

    private final Sink sink;
    private State state = State.DATA;
    private int verb;
    private final ByteArrayOutputStream sub = new ByteArrayOutputStream();
    // What we have agreed to do (our side) and what we asked the client to do.
    private boolean weEcho = true, weSga = true, clientNaws = true;

    public TelnetProtocol(Sink sink) {
        this.sink = sink;
    }

    /** The bytes a server sends when a session opens: WILL ECHO, WILL SGA, DO NAWS. */
    public static byte[] greeting() {
        return new byte[] {(byte) IAC, (byte) WILL, OPT_ECHO, (byte) IAC, (byte) WILL, OPT_SGA, (byte) IAC, (byte) DO, OPT_NAWS};
    }

    /** Encodes text for the wire: LF becomes CR LF unless already preceded by CR (UTF-8 never holds an IAC byte). */
    public static byte[] encodeOutput(String text) {
        byte[] raw = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + 16);
        byte prev = 0;
        for (byte b : raw) {
            if (b == '\n' && prev != '\r') out.write('\r');
            out.write(b);
            prev = b;
        }
        return out.toByteArray();
    }

    public void receive(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) receive(buf[i]);
    }

    public void receive(byte b) {
        int c = b & 0xff;
        switch (state) {
            case DATA -> data(c);
            case CR -> {
                // CR LF and CR NUL are one Enter (RFC 854); CR followed by anything else is Enter then that.
                state = State.DATA;
                if (c == '\n' || c == 0) return;
                data(c);
            }
            case IAC -> {
                switch (c) {
                    case IAC -> { state = State.DATA; sink.data((byte) IAC); }
                    case DO, DONT, WILL, WONT -> { verb = c; state = State.OPTION; }
                    case SB -> { sub.reset(); state = State.SB; }
                    default -> state = State.DATA; // NOP, GA, AYT, ... are ignored
                }
            }
            case OPTION -> {
                state = State.DATA;
                negotiate(verb, c);
            }
            case SB -> {
                if (c == IAC) state = State.SB_IAC;
                else if (sub.size() < MAX_SUBNEGOTIATION) sub.write(c);
            }
            case SB_IAC -> {
                if (c == SE) {
                    state = State.DATA;
                    subnegotiation(sub.toByteArray());
                } else {
                    if (sub.size() < MAX_SUBNEGOTIATION) sub.write(c); // IAC IAC inside SB is a 255 byte
                    state = State.SB;
                }
            }
        }
    }

    private void data(int c) {
        if (c == IAC) {
            state = State.IAC;
        } else if (c == '\r') {
            state = State.CR;
            sink.data((byte) '\r');
        } else if (c == '\n') {
            sink.data((byte) '\r'); // a bare LF from a sloppy client is Enter too
        } else if (c != 0) {
            sink.data((byte) c);
        }
    }

    private void negotiate(int v, int opt) {
        switch (v) {
            case DO -> {
                if (opt == OPT_ECHO || opt == OPT_SGA) {
                    boolean already = opt == OPT_ECHO ? weEcho : weSga;
                    if (!already) send(WILL, opt);
                    if (opt == OPT_ECHO) weEcho = true; else weSga = true;
                } else {
                    send(WONT, opt);
                }
            }
            case DONT -> {
                // Acknowledge once; the line editor keeps echoing (automation clients expect it).
                if (opt == OPT_ECHO && weEcho) { weEcho = false; send(WONT, opt); }
                else if (opt == OPT_SGA && weSga) { weSga = false; send(WONT, opt); }
            }
            case WILL -> {
                if (opt == OPT_NAWS) {
                    if (!clientNaws) { clientNaws = true; send(DO, opt); }
                } else {
                    send(DONT, opt);
                }
            }
            case WONT -> {
                if (opt == OPT_NAWS) clientNaws = false;
            }
            default -> { }
        }
    }

    private void subnegotiation(byte[] s) {
        if (s.length >= 5 && (s[0] & 0xff) == OPT_NAWS) {
            int w = ((s[1] & 0xff) << 8) | (s[2] & 0xff);
            int h = ((s[3] & 0xff) << 8) | (s[4] & 0xff);
            sink.windowSize(w, h);
        }
    }

    private void send(int v, int opt) {
        sink.reply(new byte[] {(byte) IAC, (byte) v, (byte) opt});
    }
}
