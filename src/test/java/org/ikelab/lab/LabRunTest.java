package org.ikelab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ikelab.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole labs through the {@code ikelab} command, on virtual time. */
public class LabRunTest {
    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) { }

    private static synchronized Run main(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void everyLabIsSolvable() throws Exception {
        List<Path> labs;
        try (Stream<Path> s = Files.list(Path.of("labs"))) {
            labs = s.filter(p -> Files.isRegularFile(p.resolve("topology.yaml"))).sorted().toList();
        }
        assertTrue(labs.stream().anyMatch(p -> p.endsWith("10-static-routing")));
        for (Path lab : labs) {
            Run r = main("check", lab.toString(), "--solution");
            assertEquals(0, r.status(), lab + "\n" + r.out() + r.err());
            assertTrue(r.out().contains("tasks done."), r.out());
        }
    }

    @Test
    void uncheckedLabFailsWithLineNumbers() {
        Run r = main("check", "labs/10-static-routing", "--work", tmp.resolve("empty").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("labs/10-static-routing/check:"), r.err());
        assertTrue(r.out().contains("[FAIL] Task 1: Address the router interfaces"), r.out());
    }

    @Test
    void learnersWorkingCopyIsGraded() throws Exception {
        Path work = tmp.resolve("work");
        Files.createDirectories(work);
        Path sol = Path.of("labs/10-static-routing/solution");
        try (Stream<Path> s = Files.list(sol)) {
            for (Path f : s.toList()) Files.copy(f, work.resolve(f.getFileName()));
        }
        Run r = main("check", "labs/10-static-routing", "--work", work.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().endsWith("5 of 5 tasks done.\n"), r.out());
    }

    private Path chain() throws Exception {
        Path dir = tmp.resolve("lab");
        Files.createDirectories(dir.resolve("chain5"));
        Path res = Path.of("src/test/resources/lab");
        for (String f : List.of("chain5.yaml", "chain5.script")) Files.copy(res.resolve(f), dir.resolve(f));
        for (int i = 1; i <= 5; i++) Files.copy(res.resolve("chain5/R" + i + ".cfg"), dir.resolve("chain5/R" + i + ".cfg"));
        return dir;
    }

    @Test
    void fiveRouterChainPingAndTracerouteSameSeedSameTranscript() throws Exception {
        Path dir = chain();
        String[] args = {"run", dir.resolve("chain5.yaml").toString(), "--script", dir.resolve("chain5.script").toString(),
                "--virtual-time", "--seed", "7"};
        Run a = main(args);
        assertEquals(0, a.status(), a.out() + a.err());
        assertTrue(a.out().contains("R1#traceroute 10.255.0.5 source Loopback0"), a.out());
        assertTrue(a.out().contains("Success rate is"), a.out());
        Run b = main(args);
        assertEquals(a.out(), b.out(), "same seed, same transcript");
        Path pcap = dir.resolve("chain5-link3.pcap");
        assertTrue(Files.size(pcap) > 24, "capture written");
        tshark(pcap);
    }

    @Test
    void failedExpectationIsReportedWithItsLine() throws Exception {
        Path dir = chain();
        Path bad = dir.resolve("bad.script");
        Files.writeString(bad, "[R1]\nenable\nshow ip route\n@expect 99\\.99\\.99\\.99\n");
        Run r = main("run", dir.resolve("chain5.yaml").toString(), "--script", bad.toString(), "--virtual-time");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("bad.script:4: expected /99"), r.err());
    }

    @Test
    void badTopologyIsReportedWithFileAndLineAndNothingStarts() throws Exception {
        Path t = tmp.resolve("bad.yaml");
        Files.writeString(t, "nodes:\n  R1: {}\n  R2: {colour: red}\nlinks:\n  - endpoints: [\"R1:Gi0/0\", \"R2:Gi0/1\"]\n  - endpoints: [\"R1:g0/0\", \"R9:Gi0/0\"]\n");
        Run r = main("run", t.toString(), "--script", t.toString(), "--virtual-time");
        assertEquals(2, r.status());
        assertTrue(r.err().contains(t + ":3:"), r.err());
        assertTrue(r.err().contains(t + ":6:"), r.err());
    }

    /** Every capture opens in tshark with no malformed frame (skipped when tshark is missing). */
    public static void tshark(Path pcap) throws Exception {
        Path tshark = Stream.of("/usr/bin/tshark", "/usr/local/bin/tshark").map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        if (tshark == null) return;
        Process p = new ProcessBuilder(tshark.toString(), "-r", pcap.toString(), "-Y", "_ws.malformed").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals("", out.strip(), "malformed frames in " + pcap);
    }
}
