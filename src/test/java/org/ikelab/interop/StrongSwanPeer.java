package org.ikelab.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A strongSwan charon in a network namespace the test creates (strongswan-interop.md), shared by
 * the interop tests: the namespace and a temp folder, strongswan.conf (libipsec, vici on a socket
 * in the folder, file log), swanctl.conf with PSK connections "lab" (main mode) and "am"
 * (aggressive mode), charon started and stopped by its PID, and removal of all of it. How the
 * namespace is wired to our side (veth, TUN) stays with each test.
 */
public final class StrongSwanPeer implements AutoCloseable {
    private static final Path CHARON = Path.of("/usr/sbin/charon-systemd");

    private final String ns;
    private final Path dir;
    private boolean namespaceCreated;
    private Process charon;

    private StrongSwanPeer(String ns, Path dir) {
        this.ns = ns;
        this.dir = dir;
    }

    /** Skips the calling test unless strongSwan is installed and we are root (namespaces need it). */
    public static void assumeAvailable() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(CHARON), "strongSwan not installed");
        Assumptions.assumeTrue("0".equals(run("id", "-u").trim()), "needs root for network namespaces");
    }

    /** Creates a temp folder (name starting with {@code dirPrefix}) and the empty namespace {@code ns}. */
    public static StrongSwanPeer create(String ns, String dirPrefix) throws IOException, InterruptedException {
        StrongSwanPeer peer = new StrongSwanPeer(ns, Files.createTempDirectory(dirPrefix));
        run("ip", "netns", "add", ns);
        peer.namespaceCreated = true;
        return peer;
    }

    /** Runs a command with a 30 s bound; a non-zero exit or a timeout is an IOException with the output. */
    public static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timeout: " + String.join(" ", cmd));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " -> " + p.exitValue() + ": " + out);
        return out;
    }

    /** {@link #run}, for clean-up: a failure comes back as its message instead of an exception. */
    public static String quiet(String... cmd) {
        try {
            return run(cmd);
        } catch (IOException | InterruptedException e) {
            return e.getMessage();
        }
    }

    /** One swanctl child between charon's 192.168.2.0/24 and our 192.168.1.0/24 in tunnel mode. */
    public static String child(String name, String espProposals, String startAction, String extra) {
        return """
                      %s {
                        local_ts = 192.168.2.0/24
                        remote_ts = 192.168.1.0/24
                        esp_proposals = %s
                        mode = tunnel
                        start_action = %s
                        %s
                      }
                """.formatted(name, espProposals, startAction, extra);
    }

    /**
     * swanctl.conf for charon at {@code theirs} and us at {@code ours}, PSK "cisco123", IKE proposal
     * aes128-sha1-modp1024: connection "lab" (main mode) with {@code labChildren}, connection "am"
     * (aggressive mode) with {@code amChildren}.
     */
    public static String pskConnections(String theirs, String ours, String labChildren, String amChildren) {
        return """
                connections {
                  lab {
                    version = 1
                    local_addrs = %1$s
                    remote_addrs = %2$s
                    proposals = aes128-sha1-modp1024
                    local { auth = psk
                      id = %1$s }
                    remote { auth = psk
                      id = %2$s }
                    children {
                %3$s
                    }
                  }
                  am {
                    version = 1
                    aggressive = yes
                    local_addrs = %1$s
                    remote_addrs = %2$s
                    proposals = aes128-sha1-modp1024
                    local { auth = psk
                      id = %1$s }
                    remote { auth = psk
                      id = %2$s }
                    children {
                %4$s
                    }
                  }
                }
                secrets { ike-lab { id-1 = %1$s
                    id-2 = %2$s
                    secret = "cisco123" } }
                """.formatted(theirs, ours, labChildren, amChildren);
    }

    /**
     * One IKEv1 PSK connection {@code name} from charon at {@code theirs} to us at {@code ours} with
     * IKE proposal {@code ikeProposals}, {@code extra} lines (e.g. {@code aggressive = yes},
     * {@code dpd_delay = 2s}) and {@code children}. Wrap it (and others) with {@link #conf}.
     */
    public static String connection(String name, String theirs, String ours, String ikeProposals, String extra, String children) {
        return """
                  %1$s {
                    version = 1
                    local_addrs = %2$s
                    remote_addrs = %3$s
                    proposals = %4$s
                    %5$s
                    local {
                      auth = psk
                      id = %2$s
                    }
                    remote {
                      auth = psk
                      id = %3$s
                    }
                    children {
                %6$s
                    }
                  }
                """.formatted(name, theirs, ours, ikeProposals, extra, children);
    }

    /** A swanctl.conf from {@link #connection}s, with the PSK "cisco123" between {@code theirs} and {@code ours}. */
    public static String conf(String theirs, String ours, String... connections) {
        return "connections {\n" + String.join("", connections) + "}\n" + """
                secrets {
                  ike-lab {
                    id-1 = %s
                    id-2 = %s
                    secret = "cisco123"
                  }
                }
                """.formatted(theirs, ours);
    }

    /**
     * The namespace wired for a virtual router (strongswan-interop.md, "Plugging a virtual router
     * in"): loopback up with charon's protected 192.168.2.2/24 on it, and a TUN device {@code dev}
     * holding {@code theirs}/24, for the router to bridge to. Charon is not started yet.
     */
    public static StrongSwanPeer withTun(String ns, String dirPrefix, String dev, String theirs) throws Exception {
        StrongSwanPeer peer = create(ns, dirPrefix);
        try {
            run("ip", "-n", ns, "link", "set", "lo", "up");
            run("ip", "-n", ns, "tuntap", "add", "dev", dev, "mode", "tun");
            run("ip", "-n", ns, "addr", "add", theirs + "/24", "dev", dev);
            run("ip", "-n", ns, "link", "set", dev, "up");
            // charon's protected network must exist on its side, or libipsec cannot route into the tunnel.
            run("ip", "-n", ns, "addr", "add", "192.168.2.2/24", "dev", "lo");
        } catch (Exception e) {
            peer.close();
            throw e;
        }
        return peer;
    }

    /**
     * {@code count} echoes from 192.168.2.2 in the namespace to our 192.168.1.1, {@code interval}
     * apart (as root ping accepts 0.2 s), each waiting up to 2 s: true when every one is answered.
     */
    public boolean ping(int count, String interval) {
        try {
            inNamespace("ping", "-c", String.valueOf(count), "-i", interval, "-W", "2", "-I", "192.168.2.2", "192.168.1.1");
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Replaces the loaded connections by those of {@code swanctlConf} (swanctl unloads what is no longer there). */
    public void reload(String swanctlConf) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("swanctl.conf"), swanctlConf);
        swanctl("--load-all", "--file", dir.resolve("swanctl.conf").toString());
    }

    /** Kills charon with SIGKILL (a peer that dies without a word) and waits, bounded, for it to be gone. */
    public void kill() throws InterruptedException {
        if (charon == null) return;
        charon.destroyForcibly();
        charon.waitFor(5, TimeUnit.SECONDS);
        charon = null;
        // A killed charon leaves its socket file; the next start waits for a fresh one.
        try {
            Files.deleteIfExists(dir.resolve("charon.vici"));
        } catch (IOException e) {
            // the next start fails with "charon did not start" if this mattered
        }
        quiet("ip", "-n", ns, "link", "delete", "ipsec0");
    }

    /** True while the charon we started is alive. */
    public boolean running() {
        return charon != null && charon.isAlive();
    }

    public String namespace() {
        return ns;
    }

    public Path dir() {
        return dir;
    }

    /** Runs a command inside the namespace. */
    public String inNamespace(String... cmd) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        all.addAll(List.of(cmd));
        return run(all.toArray(String[]::new));
    }

    /** Writes the configuration, starts charon in the namespace, waits (bounded) for vici and loads {@code swanctlConf}. */
    public void start(String swanctlConf) throws Exception {
        Files.writeString(dir.resolve("strongswan.conf"), """
                charon {
                  load_modular = no
                  load = random nonce openssl aes sha1 sha2 md5 hmac gcm gmp curve25519 kdf pem pkcs1 x509 pubkey kernel-libipsec kernel-netlink socket-default vici updown
                  i_dont_care_about_security_and_use_aggressive_mode_psk = yes
                  install_routes = yes
                  delete_rekeyed = yes
                  plugins { vici { socket = unix://%1$s/charon.vici } }
                  filelog { main { path = %1$s/charon.log
                      time_add_ms = yes
                      flush_line = yes
                      default = 1
                      ike = 2
                      chd = 2 } }
                  syslog { daemon { default = -1 } }
                  journal { default = -1 }
                }
                """.formatted(dir));
        // swanctl --load-all also scans the credential folders next to the file and fails without them.
        for (String d : List.of("x509", "x509ca", "x509aa", "x509ocsp", "x509crl", "x509ac", "pubkey", "private", "rsa",
                "ecdsa", "bliss", "pkcs8", "pkcs12")) {
            Files.createDirectories(dir.resolve(d));
        }
        Files.writeString(dir.resolve("swanctl.conf"), swanctlConf);
        charon = new ProcessBuilder("ip", "netns", "exec", ns, "env", "STRONGSWAN_CONF=" + dir.resolve("strongswan.conf"),
                CHARON.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("charon.out").toFile()).start();
        for (int i = 0; i < 100 && !Files.exists(dir.resolve("charon.vici")); i++) Thread.sleep(100);
        assertTrue(Files.exists(dir.resolve("charon.vici")), "charon did not start");
        swanctl("--load-all", "--file", dir.resolve("swanctl.conf").toString());
    }

    /** swanctl in the namespace, talking to this charon's vici socket. */
    public String swanctl(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("swanctl"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--uri", "unix://" + dir.resolve("charon.vici")));
        return inNamespace(cmd.toArray(String[]::new));
    }

    /** {@code swanctl --terminate --ike NAME} for clean-up: quiet, and nothing when charon is not running. */
    public void terminateQuietly(String ike) {
        if (running()) quiet("ip", "netns", "exec", ns, "swanctl", "--terminate", "--ike", ike, "--uri", "unix://" + dir.resolve("charon.vici"));
    }

    /** charon's file log so far, for failure messages. */
    public String log() throws IOException {
        Path p = dir.resolve("charon.log");
        return Files.exists(p) ? Files.readString(p) : "(no charon log)";
    }

    /** Stops charon, deletes the namespace (and with it the devices in it) and the temp folder. */
    @Override
    public void close() throws Exception {
        if (charon != null) {
            // ip netns exec execs charon, so this PID is charon itself.
            charon.destroy();
            if (!charon.waitFor(5, TimeUnit.SECONDS)) charon.destroyForcibly();
        }
        if (namespaceCreated) quiet("ip", "netns", "delete", ns);
        // Keep charon's log for a failure's post-mortem (surefire cuts long assertion messages).
        Path log = dir.resolve("charon.log");
        Path keep = Path.of("target", "interop-logs");
        if (Files.exists(log) && Files.isDirectory(keep.getParent())) {
            Files.createDirectories(keep);
            Files.copy(log, keep.resolve(ns + ".log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
