package org.ikelab.cli.telnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.ikelab.config.StartupStore;
import org.ikelab.lab.InterfaceNames;
import org.ikelab.lab.Lab;
import org.ikelab.lab.topology.Topology;
import org.ikelab.lab.topology.TopologyParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telnet consoles with a plain socket client on 127.0.0.1, as telnet, PuTTY and Netmiko use them. */
class TelnetServerTest {
    @TempDir
    Path tmp;
    private Lab lab;
    private TelnetServer server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        Path topo = tmp.resolve("t.yaml");
        Files.writeString(topo, "nodes:\n  R1: {config: R1.cfg}\n  R2: {}\nlinks:\n  - endpoints: [\"R1:Gi0/0\", \"R2:Gi0/0\"]\n");
        Files.writeString(tmp.resolve("R1.cfg"), "hostname R1\nenable secret cisco\ninterface GigabitEthernet0/0\n ip address 10.0.0.1 255.255.255.0\n no shutdown\nline vty 0 4\n password lab\n login\n transport input telnet\nend\n");
        Topology t = ((TopologyParser.Result.Ok) new TopologyParser(InterfaceNames::canonical).parse(topo)).topology();
        lab = Lab.start(t, Lab.Options.realTime(n -> {
            StartupStore s = StartupStore.memory();
            try {
                if (n.config() != null) s.write(Files.readString(n.config()));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
            return s;
        }), (n, d, total, r) -> { });
        server = new TelnetServer();
        port = server.listen(lab.nodes().get("R1"), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        lab.close();
    }

    /** A minimal client that refuses every option (as Netmiko does) and collects the screen. */
    private final class Client implements AutoCloseable {
        final Socket s;
        final InputStream in;
        final OutputStream out;
        final StringBuilder screen = new StringBuilder();
        boolean sawWillEcho;
        boolean sawDoNaws;
        boolean closedByServer;

        Client() throws IOException {
            s = new Socket("127.0.0.1", port);
            s.setSoTimeout(200);
            in = s.getInputStream();
            out = s.getOutputStream();
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** Reads until {@code p} matches the screen (bounded: 20 s); returns the screen since the last call. */
        String until(Pattern p) throws IOException {
            int from = screen.length();
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (p.matcher(screen.substring(from)).find()) break;
                readSome();
            }
            String got = screen.substring(from);
            assertTrue(p.matcher(got).find(), "waited for /" + p + "/, screen:\n" + got);
            return got;
        }

        private void readSome() throws IOException {
            byte[] b = new byte[4096];
            int n;
            try {
                n = in.read(b);
            } catch (SocketTimeoutException e) {
                return;
            } catch (SocketException e) {
                closedByServer = true;   // reset after our refusal hit the closed socket
                return;
            }
            if (n < 0) {
                closedByServer = true;
                return;
            }
            for (int i = 0; i < n; i++) {
                int c = b[i] & 0xff;
                if (c == 255 && i + 2 < n + 1) {
                    int verb = b[i + 1] & 0xff;
                    int opt = b[i + 2] & 0xff;
                    if (verb == 251 && opt == 1) sawWillEcho = true;
                    if (verb == 253 && opt == 31) sawDoNaws = true;
                    // Refuse: DONT for WILL, WONT for DO. A server that sent its options and then
                    // closed (a refused session) makes this write fail; the reads that follow see the close.
                    try {
                        if (verb == 251) send("\u00ff\u00fe" + (char) opt);
                        if (verb == 253) send("\u00ff\u00fc" + (char) opt);
                    } catch (SocketException e) {
                        // the peer is gone: nothing to refuse
                    }
                    i += 2;
                    continue;
                }
                if (c != '\r') screen.append((char) c);
            }
        }

        @Override
        public void close() throws IOException {
            s.close();
        }
    }

    private Client login() throws IOException {
        Client c = new Client();
        c.until(Pattern.compile("Password: $"));
        c.send("lab\r\n");
        c.until(Pattern.compile("R1>$"));
        return c;
    }

    @Test
    void negotiatesAndAsksTheVtyPassword() throws Exception {
        try (Client c = new Client()) {
            String first = c.until(Pattern.compile("Password: $"));
            assertTrue(c.sawWillEcho && c.sawDoNaws);
            assertTrue(first.contains("User Access Verification"));
            c.send("wrong\r\n");
            c.until(Pattern.compile("% Login invalid\n\nPassword: $"));
            c.send("lab\r\n");
            c.until(Pattern.compile("\nR1>$"));
        }
    }

    @Test
    void helpTabCtrlZAndEchoOverTelnet() throws Exception {
        try (Client c = login()) {
            c.send("terminal length 0\r\n");
            assertEquals("terminal length 0\nR1>", c.until(Pattern.compile("R1>$")));
            c.send("enable\r\n");
            c.until(Pattern.compile("Password: $"));
            c.send("cisco\r\n");
            assertEquals("\nR1#", c.until(Pattern.compile("R1#$")), "the enable secret is not echoed");
            c.send("show ip int?");
            String help = c.until(Pattern.compile("R1#show ip int$"));
            assertTrue(help.contains("interface"), help);
            c.send("\u0015conf\t");
            c.until(Pattern.compile("configure $"));
            c.send("t\r\n");
            c.until(Pattern.compile("R1\\(config\\)#$"));
            c.send("interface lo0\r\n");
            c.until(Pattern.compile("R1\\(config-if\\)#$"));
            c.send("\u001a");
            c.until(Pattern.compile("\\^Z\nR1#$"));
            c.send("show ip interface brief\r\n");
            String brief = c.until(Pattern.compile("\nR1#$"));
            assertTrue(brief.contains("Loopback0                  unassigned      YES unset  up                    up      "), brief);
            assertFalse(brief.contains("SYS-5-CONFIG_I"), "no log lines on a vty without terminal monitor");
        }
    }

    /** automation-clients.md, points 1-9, with a client that behaves as Netmiko 2.4.2 does. */
    @Test
    void netmikoStyleClient() throws Exception {
        try (Client c = login()) {
            c.send("\u00ff\u00f1");  // IAC NOP is ignored
            c.send("terminal length 0\r\n");
            c.until(Pattern.compile("terminal length 0\nR1>$"));
            c.send("terminal width 511\r\n");
            c.until(Pattern.compile("terminal width 511\nR1>$"));
            c.send("enable\r\n");
            c.until(Pattern.compile("Password: $"));
            c.send("cisco\r\n");
            c.until(Pattern.compile("\nR1#$"));
            c.send("terminal monitor\r\n");
            c.until(Pattern.compile("\nR1#$"));
            // One write per answer: an empty line is answered by one segment, CR LF and the prompt.
            c.send("\r\n");
            byte[] b = new byte[256];
            int n = -1;
            for (int i = 0; i < 50 && n <= 0; i++) {
                try {
                    n = c.in.read(b);
                } catch (SocketTimeoutException e) {
                    n = -1;
                }
            }
            assertEquals("\r\nR1#", new String(b, 0, Math.max(n, 0), StandardCharsets.ISO_8859_1));
            // Config lines typed ahead 50 ms apart, leading spaces kept, without waiting for prompts.
            c.send("config term\r\n");
            String[] lines = {"interface Loopback9", " description typed ahead", " ip address 9.9.9.9 255.255.255.255", "exit",
                    "ip route 10.9.0.0 255.255.0.0 Loopback9"};
            for (String l : lines) {
                c.send(l + "\r\n");
                Thread.sleep(50);
            }
            c.send("end\r\n");
            String screen = c.until(Pattern.compile("%SYS-5-CONFIG_I: Configured from console by vty\\d \\(127\\.0\\.0\\.1\\)\nR1#$"));
            for (String l : lines) assertEquals(1, count(screen, l + "\n"), "echoed once: " + l + "\n" + screen);
            c.send("show running-config | include description|9.9.9.9|10.9.0.0\r\n");
            String run = c.until(Pattern.compile("\nR1#$"));
            assertTrue(run.contains(" description typed ahead\n ip address 9.9.9.9 255.255.255.255\nip route 10.9.0.0 255.255.0.0 Loopback9\n"), run);
            assertFalse(run.contains("R1#\n*"), "no log line after a prompt");
        }
    }

    private static int count(String s, String part) {
        int k = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) k++;
        return k;
    }

    /** Real Netmiko 2.4.2 over telnet (Debian python3-netmiko), skipped when it is not installed. */
    @Test
    void realNetmikoDrivesTheRouter() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(python));
        Process probe = new ProcessBuilder(python.toString(), "-c", "import netmiko").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        org.junit.jupiter.api.Assumptions.assumeTrue(probe.waitFor() == 0, "python3-netmiko not installed");
        Process p = new ProcessBuilder(python.toString(), "src/test/resources/lab/netmiko_drive.py", Integer.toString(port))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("PROMPT=R1#"), out);
        assertTrue(out.contains("Loopback7                  7.7.7.7         YES manual up                    up"), out);
        assertTrue(out.contains("RUN=True"), out);
        assertTrue(out.contains("Success rate is"), out);
        assertTrue(out.contains("[OK]"), out);
        assertTrue(out.contains("DONE"), out);
    }

    @Test
    void severalSessionsAtOnceAndTerminalMonitor() throws Exception {
        try (Client a = login(); Client b = login()) {
            a.send("enable\r\n");
            a.until(Pattern.compile("Password: $"));
            a.send("cisco\r\n");
            a.until(Pattern.compile("R1#$"));
            a.send("terminal monitor\r\n");
            a.until(Pattern.compile("R1#$"));
            b.send("enable\r\ncisco\r\nconfigure terminal\r\nhostname R1\r\nend\r\n");
            b.until(Pattern.compile("\nR1#$"));
            // Type-ahead from b arrived in order; a (terminal monitor) sees b's config message.
            String log = a.until(Pattern.compile("Configured from console by vty\\d \\(127\\.0\\.0\\.1\\)\nR1#$"));
            assertTrue(Pattern.compile("\\*\\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}: %SYS-5-CONFIG_I").matcher(log).find(), log);
            a.send("ping 10.0.0.2 repeat 3\r\n");
            String ping = a.until(Pattern.compile("Success rate is \\d+ percent.*\nR1#$"));
            assertTrue(ping.contains("Sending 3, 100-byte ICMP Echos to 10.0.0.2, timeout is 2 seconds:"), ping);
            // Ctrl-^ aborts a traceroute to nowhere; typed-ahead lines then run.
            a.send("traceroute 10.9.9.9\r\n");
            a.until(Pattern.compile("VRF info: \\(vrf in name/id, vrf out name/id\\)\n"));
            a.send("show history\r\n\u001e");
            String after = a.until(Pattern.compile("R1#show history\n(.*\n)*R1#$"));
            assertTrue(after.contains("  traceroute 10.9.9.9\n"), after);
        }
    }

    /** Reads until the server closes the connection (bounded: 20 s); returns the whole screen. */
    private static String untilClosed(Client c) throws IOException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!c.closedByServer && System.nanoTime() < deadline) c.readSome();
        assertTrue(c.closedByServer, "the router closed the session; screen:\n" + c.screen);
        return c.screen.toString();
    }

    private void onR1(java.util.function.Consumer<org.ikelab.config.RouterConfig> change) throws Exception {
        org.ikelab.lab.RouterNode n = lab.nodes().get("R1");
        lab.call(n, () -> {
            change.accept(n.config());
            return null;
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    private void vty(java.util.function.UnaryOperator<org.ikelab.config.LineConfig> f) throws Exception {
        onR1(c -> c.lines().put("vty", f.apply(c.lines().get("vty"))));
    }

    /**
     * A router whose config never sets up its vty lines (every lab start config) answers its telnet
     * port as a console server's port: no login, the prompt at once. Its running-config still shows
     * IOSv's default {@code line vty 0 4} / {@code login} / {@code transport input none}.
     */
    @Test
    void labRouterWithoutVtyConfigIsAConsolePort() throws Exception {
        int r2 = server.listen(lab.nodes().get("R2"), "127.0.0.1", 0);
        int saved = port;
        port = r2;
        try (Client c = new Client()) {
            String first = c.until(Pattern.compile("\\n?\\w+>$"));
            assertFalse(first.contains("Password"), first);
            c.send("enable\r\n");
            c.until(Pattern.compile("#$"));
            c.send("terminal length 0\r\nshow running-config | section line vty\r\n");
            String run = c.until(Pattern.compile("transport input none\n\\w+#$"));
            assertTrue(run.contains("line vty 0 4\n login\n transport input none\n"), run);
        } finally {
            port = saved;
        }
    }

    /** Log lines emitted together (the debug lines of one IKE packet) form one block with one prompt after it. */
    @Test
    void aBurstOfLogLinesGetsOnePrompt() throws Exception {
        try (Client c = login()) {
            c.send("terminal monitor\r\n");
            c.until(Pattern.compile("terminal monitor\nR1>$"));
            org.ikelab.lab.RouterNode n = lab.nodes().get("R1");
            lab.call(n, () -> {
                n.logMessage("%TEST-7-ONE: first");
                n.logMessage("%TEST-7-TWO: second");
                return null;
            }).get(10, java.util.concurrent.TimeUnit.SECONDS);
            String burst = c.until(Pattern.compile("second\nR1>$"));
            assertTrue(Pattern.compile("\n\\*[^\n]*%TEST-7-ONE: first\n\\*[^\n]*%TEST-7-TWO: second\nR1>$").matcher(burst).find(), burst);
        }
    }

    @Test
    void transportInputNoneRefusesTelnet() throws Exception {
        vty(l -> l.withTransportInput("none"));
        try (Client c = new Client()) {
            assertFalse(untilClosed(c).contains("Password:"));
        }
        vty(l -> l.withTransportInput("ssh"));
        try (Client c = new Client()) {
            untilClosed(c);
        }
        vty(l -> l.withTransportInput("telnet ssh"));
        login().close();
    }

    @Test
    void loginWithoutPasswordIsRefusedWithIosText() throws Exception {
        vty(l -> l.withPassword(null));
        try (Client c = new Client()) {
            String screen = untilClosed(c);
            assertTrue(screen.endsWith("\nPassword required, but none set\n"), screen);
        }
    }

    @Test
    void execTimeoutClosesAnIdleVty() throws Exception {
        vty(l -> l.withExecTimeout(1));
        try (Client c = login()) {
            untilClosed(c);
        }
    }

    @Test
    void enableOnAVtyWithoutEnablePassword() throws Exception {
        onR1(c -> c.enableSecret(null));
        try (Client c = login()) {
            c.send("enable\r\n");
            assertEquals("enable\n% No password set\nR1>", c.until(Pattern.compile("% No password set\nR1>$")));
        }
    }

    @Test
    void afterReloadOtherSessionsSeeTheNewConfiguration() throws Exception {
        try (Client a = login(); Client b = login()) {
            a.send("enable\r\n");
            a.until(Pattern.compile("Password: $"));
            a.send("cisco\r\nconfigure terminal\r\nhostname CHANGED\r\nend\r\n");
            a.until(Pattern.compile("CHANGED#$"));
            b.send("\r\n");
            b.until(Pattern.compile("CHANGED>$"));
            a.send("reload\r\n");
            a.until(Pattern.compile("Save\\? \\[yes/no\\]: $"));
            a.send("no\r\n");
            a.until(Pattern.compile("\\[confirm\\]$"));
            a.send("\r\n");
            a.until(Pattern.compile("R1>$"));
            b.send("\r\n");
            b.until(Pattern.compile("\nR1>$"));
        }
    }

    @Test
    void ctrlRightBracketOpensTheLabShellOnlyWhenStartedInteractively() throws Exception {
        try (Client c = login()) {
            c.send("\u001d\r\n");
            String plain = c.until(Pattern.compile("R1>$"));
            assertFalse(plain.contains("lab>"), plain);
        }
        server.escapeTo(() -> new org.ikelab.cli.LabShell(lab, java.util.Map.of("R1", port), null, "R1"), "127.0.0.1");
        try (Client c = login()) {
            c.send("\u001d");
            c.until(Pattern.compile("lab> $"));
            c.send("list\r\n");
            String table = c.until(Pattern.compile("link 1 .*\n(.*\n)*lab> $"));
            assertTrue(table.contains("R1           127.0.0.1 " + port), table);
            c.send("\r\n");
            c.until(Pattern.compile("\nR1>$"));
            c.send("show ip interface brief\r\n");
            c.until(Pattern.compile("show ip interface brief\nInterface .*\n(.*\n)*R1>$"));
        }
    }
}
