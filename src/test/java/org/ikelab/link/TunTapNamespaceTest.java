package org.ikelab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ikelab.common.RealScheduler;
import org.ikelab.router.PingRequest;
import org.ikelab.router.PingResult;
import org.ikelab.router.Router;
import org.ikelab.wire.Ipv4Address;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Linux hosts in two namespaces the test creates reach a virtual router and each other through
 * it: host A (10.99.1.2) on a TUN device bridged to Gi0/0 (10.99.1.1), host B (10.99.2.2) on a
 * TAP device bridged to Gi0/1 (10.99.2.1). Needs root and /dev/net/tun; skipped otherwise. The
 * namespaces have no default route and are deleted even when the test fails.
 */
@Tag("netns")
@Timeout(120)
class TunTapNamespaceTest {
    static boolean root() {
        try {
            Process p = new ProcessBuilder("id", "-u").start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor(10, TimeUnit.SECONDS) && out.equals("0");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static int run(List<String> log, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        log.add(String.join(" ", cmd) + " -> " + p.exitValue() + "\n" + out);
        return p.exitValue();
    }

    static void must(List<String> log, String... cmd) throws IOException, InterruptedException {
        int rc = run(log, cmd);
        if (rc != 0) throw new AssertionError("command failed: " + String.join("\n", log));
    }

    @Test
    void hostsPingTheRouterAndEachOtherThroughIt() throws Exception {
        assumeTrue(root(), "needs root");
        assumeTrue(Files.exists(Path.of("/dev/net/tun")), "needs /dev/net/tun");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/sbin/ip")), "needs iproute2");
        long pid = ProcessHandle.current().pid();
        String a = "ikl-a-" + pid;
        String b = "ikl-b-" + pid;
        List<String> log = new ArrayList<>();
        RealScheduler sched = RealScheduler.newThread("R1");
        TunTapBridge tun = null;
        TunTapBridge tap = null;
        try {
            must(log, "ip", "netns", "add", a);
            must(log, "ip", "netns", "add", b);
            must(log, "ip", "-n", a, "link", "set", "lo", "up");
            must(log, "ip", "-n", a, "tuntap", "add", "dev", "ika0", "mode", "tun");
            must(log, "ip", "-n", a, "addr", "add", "10.99.1.2/24", "dev", "ika0");
            must(log, "ip", "-n", a, "link", "set", "ika0", "up");
            must(log, "ip", "-n", b, "link", "set", "lo", "up");
            must(log, "ip", "-n", b, "tuntap", "add", "dev", "ikb0", "mode", "tap");
            must(log, "ip", "-n", b, "addr", "add", "10.99.2.2/24", "dev", "ikb0");
            must(log, "ip", "-n", b, "link", "set", "ikb0", "up");
            tun = TunTapBridge.open("ika0", TunTapBridge.Mode.TUN, a);
            tap = TunTapBridge.open("ikb0", TunTapBridge.Mode.TAP, b);
            must(log, "ip", "-n", a, "route", "add", "10.99.2.0/24", "via", "10.99.1.1");
            must(log, "ip", "-n", b, "route", "add", "10.99.1.0/24", "via", "10.99.2.1");

            Router r = new Router("R1", sched);
            TunTapBridge tunF = tun;
            TunTapBridge tapF = tap;
            CompletableFuture<Void> ready = new CompletableFuture<>();
            sched.execute(() -> {
                r.setAddress("GigabitEthernet0/0", Ipv4Address.parse("10.99.1.1"), 24);
                r.setAdminUp("GigabitEthernet0/0", true);
                r.connect("GigabitEthernet0/0", tunF);
                r.setAddress("GigabitEthernet0/1", Ipv4Address.parse("10.99.2.1"), 24);
                r.setAdminUp("GigabitEthernet0/1", true);
                r.connect("GigabitEthernet0/1", tapF);
                ready.complete(null);
            });
            ready.get(10, TimeUnit.SECONDS);

            CompletableFuture<PingResult> fromRouter = new CompletableFuture<>();
            sched.execute(() -> r.ping(PingRequest.to("10.99.2.2"), fromRouter::complete));
            assertEquals('!', fromRouter.get(30, TimeUnit.SECONDS).results().charAt(4), String.join("\n", log));

            boolean havePing = Files.isExecutable(Path.of("/usr/bin/ping")) || Files.isExecutable(Path.of("/bin/ping"));
            assumeTrue(havePing, "the host side needs the ping command (iputils-ping)");
            assertEquals(0, run(log, "ip", "netns", "exec", a, "ping", "-c", "3", "-W", "2", "10.99.1.1"), () -> String.join("\n", log));
            assertEquals(0, run(log, "ip", "netns", "exec", a, "ping", "-c", "3", "-W", "2", "10.99.2.2"), () -> String.join("\n", log));
            assertEquals(0, run(log, "ip", "netns", "exec", b, "ping", "-c", "2", "-W", "2", "-s", "3000", "10.99.1.2"),
                    () -> String.join("\n", log));
            assertTrue(tun.framesIn() >= 5 && tap.framesIn() >= 5);
        } finally {
            if (tun != null) tun.close();
            if (tap != null) tap.close();
            sched.executor().shutdownNow();
            run(log, "ip", "netns", "del", a);
            run(log, "ip", "netns", "del", b);
        }
    }
}
