package org.ikelab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import org.ikelab.common.RandomSource;
import org.ikelab.config.StartupStore;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/** The jline console on a virtual terminal: `?` prints help without inserting `?`, Tab completes. */
class JlineConsoleTest {
    @Test
    void helpKeyAndTabWorkThroughJline() throws Exception {
        String keys = "enable\rterminal ?length 0\rshow ver\t| include uptime\rconf t\rhostname R9\rend\rexit\r";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliSession s = CliSession.boot("R1", StartupStore.memory(), Transcript.CLOCK, RandomSource.seeded(1), new ArrayList<>());
        // Raw from the start: the emulated line discipline must not cook the keys before jline reads them.
        Attributes raw = new Attributes();
        raw.setLocalFlags(EnumSet.noneOf(Attributes.LocalFlag.class));
        raw.setInputFlags(EnumSet.noneOf(Attributes.InputFlag.class));
        try (Terminal t = TerminalBuilder.builder().system(false).type("dumb").attributes(raw)
                .streams(new SlowEnd(keys.getBytes(StandardCharsets.UTF_8)), out).build()) {
            new JlineConsole(s, t).run();
        }
        String screen = out.toString(StandardCharsets.UTF_8);
        assertTrue(screen.contains("  length   Set number of lines on a screen"), screen);
        assertTrue(screen.contains("R1 uptime is 0 minutes"), screen);
        assertTrue(screen.contains("%SYS-5-CONFIG_I: Configured from console by console"), screen);
        assertTrue(!screen.contains("% Invalid") && !screen.contains("% Incomplete"), screen);
        assertTrue(s.ended(), screen);
        assertTrue(s.config().hostname().equals("R9"), screen);
    }

    /** The keys, then end of input only after a while: jline must see the keys before the end. */
    private static final class SlowEnd extends java.io.InputStream {
        private final ByteArrayInputStream keys;
        private final java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);

        SlowEnd(byte[] b) {
            keys = new ByteArrayInputStream(b);
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            if (keys.available() > 0) return keys.read(b, off, Math.min(len, keys.available()));
            int c = read();
            if (c < 0) return -1;
            b[off] = (byte) c;
            return 1;
        }

        @Override
        public int read() throws java.io.IOException {
            int c = keys.read();
            if (c >= 0) return c;
            try {
                never.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }
    }
}
