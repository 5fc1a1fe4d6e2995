package org.ikelab.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * tshark as an independent reader of our captures (strongswan-interop.md, "Checking the wire"):
 * our key log goes into a Wireshark configuration folder as the {@code esp_sa} and
 * {@code ikev1_decryption_table} user tables, and tshark prints chosen fields of the packets a
 * display filter selects, one row per packet, fields separated by '|'.
 */
public final class Tshark {
    private static final Path TSHARK = Path.of("/usr/bin/tshark");

    private Tshark() {
    }

    /** Skips the calling test when tshark is not installed. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(available(), "tshark not installed");
    }

    /** Whether tshark is installed (for tests that check the capture only when it is). */
    public static boolean available() {
        return Files.isExecutable(TSHARK);
    }

    /** Writes our key log lines as Wireshark's user tables into a new folder {@code dir}. */
    public static Path keys(Path dir, List<String> espSa, List<String> ikev1Table) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("esp_sa"), String.join("\n", espSa) + "\n");
        Files.writeString(dir.resolve("ikev1_decryption_table"), String.join("\n", ikev1Table) + "\n");
        return dir;
    }

    /** The non-blank rows tshark prints for {@code filter} over {@code pcap}, decrypting with the tables in {@code keys}. */
    public static List<String> rows(Path pcap, Path keys, String filter, String... fields) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(TSHARK.toString(), "-n", "-r", pcap.toString(), "-o",
                "esp.enable_encryption_decode:TRUE", "-o", "esp.enable_authentication_check:TRUE", "-Y", filter, "-T", "fields",
                "-E", "separator=|"));
        for (String f : fields) {
            cmd.add("-e");
            cmd.add(f);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("WIRESHARK_CONFIG_DIR", keys.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tshark did not finish");
        }
        return out.lines().filter(l -> !l.isBlank()).toList();
    }
}
