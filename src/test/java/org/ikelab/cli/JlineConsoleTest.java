package org.ikelab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.ikelab.common.RandomSource;
import org.ikelab.config.StartupStore;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The jline console on a virtual terminal: `?` prints help without inserting `?`, Tab completes. */
class JlineConsoleTest {
    @Test
    void helpKeyAndTabWorkThroughJline() throws Exception {
        String keys = "enable\rterminal ?length 0\rshow ver\t| include uptime\rconf t\rhostname R9\r\u001aexit\r";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliSession s = CliSession.boot("R1", StartupStore.memory(), Transcript.CLOCK, RandomSource.seeded(1), new ArrayList<>());
        // A dumb terminal reads its input stream on demand (no pump thread), so the test has no race.
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), out,
                StandardCharsets.UTF_8)) {
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
}
