package org.ikelab.cli.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ikelab.lab.script.ScriptResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every crypto lab: its check passes on {@code solution/} and fails on the start configs. */
class CryptoLabsTest {
    static Stream<String> labs() {
        return Stream.of("01-site-to-site-crypto-map", "02-crypto-map-transport-mode", "03-crypto-map-ah",
                "04-aggressive-mode", "05-dynamic-crypto-map", "06-troubleshoot-three-tunnels")
                .filter(l -> Files.isDirectory(Path.of("labs", l)));
    }

    @ParameterizedTest
    @MethodSource("labs")
    void solutionPassesStartFails(String name) throws Exception {
        Path lab = Path.of("labs", name);
        ScriptResult solved = new LabHarness(lab, true).check(lab);
        assertTrue(solved.passed(), name + " solution:\n" + solved.failures() + "\n" + solved.transcript());
        ScriptResult start = new LabHarness(lab, false).check(lab);
        assertFalse(start.passed(), name + " start configs already pass");
        List<ScriptResult.TaskGrade> tasks = start.tasks();
        assertTrue(tasks.stream().anyMatch(t -> !t.passed()), tasks.toString());
    }

    /** The troubleshooting lab: every one of its three tasks fails at the start, each for its own fault. */
    @org.junit.jupiter.api.Test
    void troubleshootingLabStartsWithThreeBrokenTunnels() throws Exception {
        Path lab = Path.of("labs", "06-troubleshoot-three-tunnels");
        ScriptResult start = new LabHarness(lab, false).check(lab);
        assertTrue(start.tasks().size() == 3 && start.tasks().stream().noneMatch(ScriptResult.TaskGrade::passed), start.tasks().toString());
    }
}
