package org.ikelab.ike.v1;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * strongSwan's IKEv1 setup rate on this machine, measured like {@link IkelabHubRate}: one hub
 * charon and one spoke charon ({@code charon-systemd}, kernel-libipsec, each with a
 * self-contained strongswan.conf, see reference/strongswan-interop.md) in two network namespaces
 * this class creates, joined by a veth pair in 10.77.0.0/16. The hub has 10.77.0.1; the spoke
 * namespace holds {@code n} addresses and one connection per address (its own identity, its own
 * 172.16.i.0/24 toward the hub's 192.168.0.0/24). Main mode PSK aes128-sha1-modpX, quick mode
 * ESP aes128-sha1 tunnel without PFS, the same proposals as the ikelab run.
 *
 * <p>The clock starts before the {@code n} vici {@code initiate} commands (asynchronous, all sent
 * at once) and stops when the hub's vici has reported {@code n} {@code child-updown up=yes}
 * events, i.e. {@code n} installed CHILD_SAs at the responder. Both charons share the machine's
 * cores. charon installs its usual route per CHILD_SA (libipsec's TUN device), part of its normal
 * setup cost; no traffic is sent through the tunnels, and the namespaces have no default route.
 *
 * <p>Namespaces and processes are removed in {@link #close} and by a shutdown hook; all waits
 * are bounded.
 */
final class StrongSwanHubRate implements AutoCloseable {
    static final Path CHARON = Path.of("/usr/sbin/charon-systemd");
    static final Path SWANCTL = Path.of("/usr/sbin/swanctl");
    static final Path LIBIPSEC = Path.of("/usr/lib/ipsec/plugins/libstrongswan-kernel-libipsec.so");
    private static final String HUB_ADDR = "10.77.0.1";
    /**
     * strongSwan draws full-length MODP exponents by default (ANSI X9.42: 1024 bits for group 2);
     * {@code -Dikerate.swanShortExponents=true} asks for its strength-matched sizes instead
     * ({@code dh_exponent_ansi_x9_42 = no}), as ikelab draws. With 5.9.8's openssl plugin here it
     * made no measurable difference to charon's CPU per setup (perhaps not honoured with
     * OpenSSL 3), so treat it as unverified.
     */
    static final boolean SHORT_EXPONENTS = Boolean.getBoolean("ikerate.swanShortExponents");

    private final String tag = "ikr" + ProcessHandle.current().pid();
    private final String hubNs = tag + "-hub";
    private final String spokeNs = tag + "-spk";
    private final Path dir;
    private final List<Process> charons = new ArrayList<>();
    private final Thread hook = new Thread(this::cleanup, "strongswan-cleanup");
    private boolean namespaces;
    private boolean closed;

    /** Why strongSwan cannot be measured here, or null when it can. */
    static String unavailable() {
        if (!"root".equals(System.getProperty("user.name"))) return "not root (network namespaces need root)";
        for (Path p : List.of(CHARON, SWANCTL, LIBIPSEC, Path.of("/dev/net/tun"))) {
            if (!Files.exists(p)) return p + " is missing";
        }
        return null;
    }

    StrongSwanHubRate() throws IOException {
        dir = Files.createTempDirectory("ikerate-swan-");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Result of one measurement: CHILD_SAs installed at the hub, failures seen, and the time. */
    record Result(int up, int n, int failed, double seconds, double cpuSeconds) {
        double rate() { return up / seconds; }
        /** Setups per second of CPU time (both charons, all their threads). */
        double cpuRate() { return up / cpuSeconds; }
    }

    /** Starts both charons fresh, loads the configs for {@code group}, and times {@code n} setups. */
    Result measure(int group, int n) throws IOException, InterruptedException {
        stopCharons();
        if (!namespaces) createNamespaces(n);
        String proposal = "aes128-sha1-" + switch (group) {
            case 2 -> "modp1024";
            case 14 -> "modp2048";
            default -> throw new IllegalArgumentException("group " + group);
        };
        Path hubDir = Files.createDirectories(dir.resolve("hub"));
        Path spokeDir = Files.createDirectories(dir.resolve("spoke"));
        writeConf(hubDir);
        writeConf(spokeDir);
        Files.writeString(hubDir.resolve("swanctl.conf"), hubConns(proposal));
        Files.writeString(spokeDir.resolve("swanctl.conf"), spokeConns(proposal, n));
        startCharon(hubNs, hubDir);
        startCharon(spokeNs, spokeDir);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        try (ViciClient hub = ViciClient.connect(hubDir.resolve("charon.vici"), deadline);
                ViciClient spoke = ViciClient.connect(spokeDir.resolve("charon.vici"), deadline)) {
            load(hubDir);
            load(spokeDir);
            hub.register("child-updown");
            expect(hub.response(deadline, new ArrayList<>()), ViciClient.EVENT_CONFIRM, "register child-updown");
            List<ViciClient.Packet> events = new ArrayList<>();
            long cpu0 = charonCpuNanos();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                spoke.command("initiate", Map.of("ike", "s" + i, "child", "c" + i, "timeout", "-1", "loglevel", "-1"));
            }
            for (int i = 0; i < n; i++) {
                ViciClient.Packet r = spoke.response(deadline, events);
                if (!"yes".equals(r.values().get("success"))) {
                    System.out.println("  strongSwan initiate failed: " + r.values());
                }
            }
            int up = 0;
            int failed = 0;
            long end = start + TimeUnit.SECONDS.toNanos(60);
            while (up < n && System.nanoTime() < end) {
                ViciClient.Packet p = hub.read(end);
                if (p == null) break;
                if (p.type() != ViciClient.EVENT || !"child-updown".equals(p.name())) continue;
                if ("yes".equals(p.values().get("up"))) up++;
                else failed++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (charonCpuNanos() - cpu0) / 1e9;
            if (up < n) {
                tail(spokeDir.resolve("charon.log"));
                tail(hubDir.resolve("charon.log"));
            }
            return new Result(up, n, failed, seconds, cpu);
        } finally {
            stopCharons();
        }
    }

    /** CPU time the charons have used so far, all their threads ({@link CpuTime}). */
    private synchronized long charonCpuNanos() {
        long sum = 0;
        for (Process p : charons) sum += CpuTime.processNanos(p.pid());
        return sum;
    }

    /** The last lines of a charon log, to see why setups failed. */
    private static void tail(Path log) throws IOException {
        if (!Files.exists(log)) return;
        List<String> lines = Files.readAllLines(log);
        System.out.println("  --- last lines of " + log);
        for (String l : lines.subList(Math.max(0, lines.size() - 15), lines.size())) System.out.println("  " + l);
    }

    private static void expect(ViciClient.Packet p, int type, String what) throws IOException {
        if (p.type() != type) throw new IOException(what + ": vici answered type " + p.type() + " " + p.values());
    }

    private void createNamespaces(int n) throws IOException, InterruptedException {
        synchronized (this) {
            if (closed) throw new IOException("shutting down");
            namespaces = true;
        }
        String vh = tag + "h";
        String vs = tag + "s";
        run("ip", "netns", "add", hubNs);
        run("ip", "netns", "add", spokeNs);
        run("ip", "link", "add", vh, "netns", hubNs, "type", "veth", "peer", "name", vs, "netns", spokeNs);
        StringBuilder hubBatch = new StringBuilder();
        hubBatch.append("link set lo up\n");
        hubBatch.append("addr add ").append(HUB_ADDR).append("/16 dev ").append(vh).append('\n');
        hubBatch.append("link set ").append(vh).append(" up\n");
        // libipsec routes each CHILD_SA through its TUN device from a local address inside the
        // local traffic selector, and fails the install without one: each side owns the first
        // address of its protected network on lo, as the ikelab routers do on Loopback0.
        hubBatch.append("addr add 192.168.0.1/32 dev lo\n");
        StringBuilder spokeBatch = new StringBuilder("link set lo up\n");
        for (int i = 0; i < n; i++) spokeBatch.append("addr add ").append(spokeAddr(i)).append("/16 dev ").append(vs).append('\n');
        spokeBatch.append("link set ").append(vs).append(" up\n");
        for (int i = 0; i < n; i++) spokeBatch.append("addr add ").append(spokeLanHost(i)).append("/32 dev lo\n");
        Path hb = dir.resolve("hub.batch");
        Path sb = dir.resolve("spoke.batch");
        Files.writeString(hb, hubBatch);
        Files.writeString(sb, spokeBatch);
        run("ip", "-n", hubNs, "-batch", hb.toString());
        run("ip", "-n", spokeNs, "-batch", sb.toString());
    }

    static String spokeAddr(int i) {
        return "10.77." + (1 + i / 250) + "." + (1 + i % 250);
    }

    static String spokeLanHost(int i) {
        return "172." + (16 + i / 256) + "." + (i % 256) + ".1";
    }

    static String spokeLan(int i) {
        return "172." + (16 + i / 256) + "." + (i % 256) + ".0/24";
    }

    private static void writeConf(Path d) throws IOException {
        // One setting per line: the settings parser takes everything up to the end of the line
        // (or a brace) as the value. Logging at level 0 only (errors and the audit lines), so log writing is not what we measure.
        Files.writeString(d.resolve("strongswan.conf"), """
                charon {
                  load_modular = no
                  load = random nonce openssl aes sha1 sha2 hmac gmp kdf pem pkcs1 x509 pubkey kernel-libipsec kernel-netlink socket-default vici
                  dh_exponent_ansi_x9_42 = %3$s
                  plugins {
                    vici {
                      socket = unix://%1$s/charon.vici
                    }
                  }
                  filelog {
                    main {
                      path = %1$s/charon.log
                      time_add_ms = yes
                      default = %2$s
                    }
                  }
                  syslog {
                    daemon {
                      default = -1
                    }
                  }
                  journal {
                    default = -1
                  }
                }
                """.formatted(d, System.getProperty("ikerate.loglevel", "0"), SHORT_EXPONENTS ? "no" : "yes"));
    }

    private static String hubConns(String proposal) {
        return """
                connections {
                  hub {
                    version = 1
                    local_addrs = %s
                    proposals = %s
                    local {
                      auth = psk
                      id = %1$s
                    }
                    remote {
                      auth = psk
                    }
                    children {
                      net {
                        local_ts = 192.168.0.0/24
                        remote_ts = 172.16.0.0/12
                        esp_proposals = aes128-sha1
                        mode = tunnel
                      }
                    }
                  }
                }
                secrets {
                  ike-any {
                    secret = "BENCH"
                  }
                }
                """.formatted(HUB_ADDR, proposal);
    }

    private static String spokeConns(String proposal, int n) {
        StringBuilder b = new StringBuilder("connections {\n");
        for (int i = 0; i < n; i++) {
            b.append("""
                      s%1$d {
                        version = 1
                        local_addrs = %2$s
                        remote_addrs = %3$s
                        proposals = %4$s
                        local {
                          auth = psk
                          id = %2$s
                        }
                        remote {
                          auth = psk
                          id = %3$s
                        }
                        children {
                          c%1$d {
                            local_ts = %5$s
                            remote_ts = 192.168.0.0/24
                            esp_proposals = aes128-sha1
                            mode = tunnel
                            start_action = none
                          }
                        }
                      }
                    """.formatted(i, spokeAddr(i), HUB_ADDR, proposal, spokeLan(i)));
        }
        b.append("}\nsecrets {\n  ike-hub {\n    id = ").append(HUB_ADDR).append("\n    secret = \"BENCH\"\n  }\n}\n");
        return b.toString();
    }

    private void startCharon(String ns, Path d) throws IOException {
        Files.deleteIfExists(d.resolve("charon.vici"));
        ProcessBuilder pb = new ProcessBuilder("ip", "netns", "exec", ns, "env", "STRONGSWAN_CONF=" + d.resolve("strongswan.conf"),
                CHARON.toString());
        pb.redirectErrorStream(true).redirectOutput(d.resolve("charon.out").toFile());
        // "ip netns exec" and "env" exec in place, so this PID is charon's own.
        synchronized (this) {
            // After cleanup (the shutdown hook) nothing new may start, or it would outlive us.
            if (closed) throw new IOException("shutting down");
            charons.add(pb.start());
        }
    }

    private void load(Path d) throws IOException, InterruptedException {
        String out = run(SWANCTL.toString(), "--load-all", "--noprompt", "--uri", "unix://" + d.resolve("charon.vici"), "--file",
                d.resolve("swanctl.conf").toString());
        if (out.contains("failed to load")) throw new IOException("swanctl --load-all: " + out);
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", cmd));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " exited " + p.exitValue() + ": " + out);
        return out;
    }

    /** Stops the charons this object started (SIGTERM, then SIGKILL after 3 s), by their own PIDs. */
    private synchronized void stopCharons() {
        for (Process p : charons) p.destroy();
        for (Process p : charons) {
            try {
                if (!p.waitFor(3, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor(3, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        charons.clear();
    }

    private synchronized void cleanup() {
        if (closed) return;
        closed = true;
        stopCharons();
        if (namespaces) {
            for (String ns : List.of(hubNs, spokeNs)) {
                try {
                    run("ip", "netns", "del", ns);
                } catch (IOException | InterruptedException e) {
                    System.err.println("could not delete namespace " + ns + ": " + e.getMessage());
                }
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + dir + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        cleanup();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs (and finds everything cleaned)
        }
    }
}
