package org.ikelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lab split over two lab hosts, run as two processes ({@code ikelab run FILE --host A} and
 * {@code --host B}) on 127.0.0.1 and 127.0.0.2: the cross-host link becomes a UDP link.
 */
class MultiHostTest {
    @TempDir
    Path tmp;

    @Test
    void twoProcessesPingAcrossTheUdpLink() throws Exception {
        Path topo = tmp.resolve("two.yaml");
        Files.writeString(topo, """
                name: two-hosts
                udp_base: 39100
                hosts:
                  A: {address: 127.0.0.1}
                  B: {address: 127.0.0.2}
                nodes:
                  R1: {host: A, config: R1.cfg}
                  R2: {host: B, config: R2.cfg}
                links:
                  - endpoints: ["R1:Gi0/0", "R2:Gi0/0"]
                """);
        Files.writeString(tmp.resolve("R1.cfg"), "hostname R1\ninterface GigabitEthernet0/0\n ip address 10.0.0.1 255.255.255.0\n no shutdown\nend\n");
        Files.writeString(tmp.resolve("R2.cfg"), "hostname R2\ninterface GigabitEthernet0/0\n ip address 10.0.0.2 255.255.255.0\n no shutdown\nend\n");
        Path a = tmp.resolve("a.script");
        Files.writeString(a, "[R1]\nenable\nping 10.0.0.2\n@wait 60 Success rate is 100 percent\n");
        Path b = tmp.resolve("b.script");
        Files.writeString(b, "[R2]\nenable\nshow arp\n@wait 60 Internet  10\\.0\\.0\\.1 \n@sleep 3\n");
        Process pb = start(topo, "B", b);
        Process pa = start(topo, "A", a);
        assertTrue(pa.waitFor(120, TimeUnit.SECONDS), "host A finished");
        assertTrue(pb.waitFor(120, TimeUnit.SECONDS), "host B finished");
        String outA = new String(pa.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String outB = new String(pb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, pa.exitValue(), outA);
        assertEquals(0, pb.exitValue(), outB);
        assertTrue(outA.contains("R1#ping 10.0.0.2"), outA);
        assertTrue(outB.contains("Internet  10.0.0.1"), outB);
    }

    private static Process start(Path topo, String host, Path script) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), "org.ikelab.app.Main",
                "run", topo.toString(), "--host", host, "--script", script.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
