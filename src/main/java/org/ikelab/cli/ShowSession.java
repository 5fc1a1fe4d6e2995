package org.ikelab.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ikelab.parse.Ctx;
import org.ikelab.parse.Modes;
import org.ikelab.parse.gen.IosParser.Show_session_whatContext;

/**
 * {@code show history|clock|users|terminal|privilege}: about the console session itself and the
 * router's clock (IOS 15 layouts, recalled; {@code show terminal} is kept to its first lines).
 */
final class ShowSession {
    /** {@code *09:20:11.123 UTC Fri Mar 27 2026}: the star says the clock is not NTP-synchronised. */
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS 'UTC' EEE MMM d yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ShowSession() {}

    static List<String> lines(Show_session_whatContext c, CliSession s) {
        List<String> out = new ArrayList<>();
        if (Ctx.has(c, "clock")) {
            out.add("*" + CLOCK.format(Instant.ofEpochMilli(s.clock().wallMillis())));
        } else if (Ctx.has(c, "privilege")) {
            out.add("Current privilege level is " + (s.mode() == Modes.EXEC_USER ? 1 : 15));
        } else if (Ctx.has(c, "users")) {
            users(s, out);
        } else if (Ctx.has(c, "terminal")) {
            terminal(s, out);
        } else {
            for (String l : s.history(s.mode().isConfig())) out.add("  " + l);
        }
        return out;
    }

    /** The session's own line, marked with {@code *} (other sessions are not listed). */
    private static void users(CliSession s, List<String> out) {
        out.add("    Line       User       Host(s)              Idle       Location");
        String line = s.isVty() ? String.format("%3d vty %d", 2 + s.vtyNumber(), s.vtyNumber()) : "  0 con 0";
        String row = String.format("*%-25s%-21s%s", line, "idle", "00:00:00");
        out.add(s.isVty() ? row + " " + s.peerHost() : row);
        out.add("");
        out.add("  Interface    User               Mode         Idle     Peer Address");
        out.add("");
    }

    private static void terminal(CliSession s, List<String> out) {
        out.add(s.isVty() ? "Line " + (2 + s.vtyNumber()) + ", Location: \"\", Type: \"\"" : "Line 0, Location: \"\", Type: \"\"");
        out.add("Length: " + s.length() + " lines, Width: " + s.width() + " columns");
        out.add("Baud rate (TX/RX) is 9600/9600, no parity, 2 stopbits, 8 databits");
        out.add("Status: PSI Enabled, Ready, Active, Automore On");
        out.add("Capabilities: " + (s.monitor() || !s.isVty() ? "Receives Logging Output" : "none"));
        out.add("Modem state: Ready");
        out.add("Editing is enabled.");
        out.add("History is enabled, history size is 10.");
    }
}
