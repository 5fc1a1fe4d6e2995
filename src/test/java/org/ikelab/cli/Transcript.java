package org.ikelab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.ikelab.common.Clock;
import org.ikelab.common.RandomSource;
import org.ikelab.config.StartupStore;

/**
 * A CLI transcript file: {@code --- input} (typed text; {@code \t} is Tab, {@code ^Z} Ctrl-Z, {@code ^U} Ctrl-U,
 * {@code ?} the help key as on a terminal) and {@code --- screen} (exactly what the screen shows).
 * Lines before {@code --- input} are comments, except {@code @hostname NAME}.
 */
record Transcript(String hostname, String input, String screen) {
    /** 27 March 2026, 09:20:11.123 UTC: a fixed wall clock so log stamps are golden. */
    static final Clock CLOCK = new Clock() {
        @Override public long nanoTime() { return 0; }
        @Override public long wallMillis() { return 1774603211123L; }
    };

    static Transcript parse(String file) {
        int in = file.indexOf("--- input\n");
        int sc = file.indexOf("--- screen\n");
        String header = file.substring(0, in);
        String host = null;
        for (String l : header.split("\n")) if (l.startsWith("@hostname ")) host = l.substring(10).strip();
        String input = file.substring(in + 10, sc).replace("\\t", "\t").replace("^Z", "\u001a").replace("^U", "\u0015");
        return new Transcript(host, input, file.substring(sc + 11));
    }

    /** Feeds the input to a fresh router and returns the screen text. */
    static String play(String hostname, String input, StartupStore store) throws IOException {
        CliSession s = CliSession.boot(hostname, store, CLOCK, RandomSource.seeded(7), new ArrayList<>());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        new StreamConsole(s, new StringReader(input), out).run();
        return buf.toString(StandardCharsets.UTF_8);
    }
}
