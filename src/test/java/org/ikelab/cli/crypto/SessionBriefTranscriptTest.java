package org.ikelab.cli.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.RandomSource;
import org.ikelab.parse.CommandRegistry;
import org.ikelab.parse.ConfigCommands;
import org.ikelab.parse.CryptoCommands;
import org.ikelab.parse.Interpreter;
import org.ikelab.parse.Modes;
import org.ikelab.router.crypto.LabAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code show crypto session brief} typed on R1 of the §6.1 site-to-site lab, full and abbreviated,
 * on virtual time: exact screen text (layout: see {@code ShowCryptoSessionBriefTest}).
 */
class SessionBriefTranscriptTest {
    private static final String HEADER = """
            Status: A- Active, U - Up, D - Down, I - Idle, S - Standby, N - Negotiating\s
                    K - No IKE
            ivrf = (none)
            Peer            I/F          Username        Group/Phase1_id          Uptime   Status
            """;

    private final LabAccess lab = LabAccess.classic();
    private final Interpreter r1;

    SessionBriefTranscriptTest() {
        CommandRegistry reg = new CommandRegistry();
        ConfigCommands.register(reg);
        CryptoCommands.register(reg);
        CryptoExecCommands.register(reg, () -> lab.engine("R1"), new CryptoDebug(l -> { }));
        r1 = new Interpreter(lab.config("R1"), reg, lab.scheduler(), RandomSource.seeded(1), Modes.EXEC);
    }

    /** Delivers what the last command sent, so no frame is left queued in a link. */
    @AfterEach
    void deliverWhatIsQueued() {
        lab.scheduler().advance(Duration.ofSeconds(1));
    }

    private String type(String line) {
        List<String> out = new ArrayList<>();
        r1.execute(line, 3, out);
        return String.join("\n", out) + (out.isEmpty() ? "" : "\n");
    }

    @Test
    void downBeforeTheTunnelUpActiveAfter() {
        assertEquals(HEADER + "10.10.10.2      Gi0/2                                                          D\n",
                type("show crypto session brief"));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        lab.scheduler().advance(Duration.ofMinutes(10));
        assertEquals(HEADER + "10.10.10.2      Gi0/2                        10.10.10.2               00:10:02 UA\n",
                type("sh cry sess br"));
    }

    @Test
    void includeFilterKeepsTheRow() {
        lab.ping("H1", "192.168.2.2");
        assertEquals("10.10.10.2      Gi0/2                        10.10.10.2               00:00:02 UA\n",
                type("show crypto session brief | include UA"));
    }
}
