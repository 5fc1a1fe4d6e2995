package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ikelab.link.InMemoryLink;
import org.ikelab.link.PcapCapture;
import org.ikelab.wire.pcap.PcapWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wire between two ikelab routers, checked by tshark with our key log: every ESP ICV
 * {@code [correct]} with the ICMP echo visible inside, AH frames dissected, and quick mode
 * decrypted from the {@code ikev1_decryption_table} (its SA payload visible).
 */
@Tag("tshark")
class TsharkCaptureTest {
    private static final String TSHARK = "/usr/bin/tshark";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"esp-aes esp-sha-hmac, tunnel", "esp-gcm 256, tunnel", "esp-aes esp-sha-hmac, transport", "ah-sha-hmac, tunnel",
            "ah-sha256-hmac, transport"})
    void tsharkVerifiesWhatTheRoutersSend(String transforms, String mode) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(TSHARK)), "tshark not installed");
        boolean transport = mode.equals("transport");
        String r1 = CryptoLab.r1(transforms, "");
        String r2 = CryptoLab.r2(transforms, "");
        if (transport) {
            r1 = r1.replace("crypto ipsec transform-set MY_TRANSFORM_SET " + transforms, "crypto ipsec transform-set MY_TRANSFORM_SET "
                    + transforms + "\n mode transport").replaceAll("access-list 100 permit ip .*", "access-list 100 permit ip host 10.10.10.1 host 10.10.10.2");
            r2 = r2.replace("crypto ipsec transform-set MY_TRANSFORM_SET " + transforms, "crypto ipsec transform-set MY_TRANSFORM_SET "
                    + transforms + "\n mode transport").replaceAll("access-list 100 permit ip .*", "access-list 100 permit ip host 10.10.10.2 host 10.10.10.1");
        }
        CryptoLab lab = new CryptoLab();
        lab.router("H1", CryptoLab.H1);
        lab.router("R1", r1);
        lab.router("R2", r2);
        lab.router("H2", CryptoLab.H2);
        List<String> espSa = new ArrayList<>();
        List<String> ike = new ArrayList<>();
        lab.engine("R1").keyLog(espSa::add, ike::add);
        Path pcap = dir.resolve("wire.pcap");
        try (OutputStream out = Files.newOutputStream(pcap); PcapWriter w = new PcapWriter(out, lab.sched)) {
            lab.cable("H1", "GigabitEthernet0/1", "R1", "GigabitEthernet0/1");
            InMemoryLink l = new InMemoryLink();
            lab.routers.get("R1").connect("GigabitEthernet0/2", new PcapCapture(l.a(), w));
            lab.routers.get("R2").connect("GigabitEthernet0/2", l.b());
            lab.cable("R2", "GigabitEthernet0/1", "H2", "GigabitEthernet0/1");
            String from = transport ? "R1" : "H1";
            String to = transport ? "10.10.10.2" : "192.168.2.2";
            assertEquals(".!!!!", lab.ping(from, to));
            assertEquals("!!!!!", lab.ping(from, to));
        }
        Path conf = Files.createDirectories(dir.resolve("wireshark"));
        Files.writeString(conf.resolve("esp_sa"), String.join("\n", espSa) + "\n");
        Files.writeString(conf.resolve("ikev1_decryption_table"), String.join("\n", ike) + "\n");
        List<String> rows = tshark(pcap, conf);
        int esp = 0, ah = 0, echoes = 0, qmSa = 0;
        for (String row : rows) {
            String[] f = row.split("\\|", -1);
            // frame|esp.spi|esp.icv_good|ah.spi|icmp.type|isakmp.exchtype|isakmp.typepayload
            if (!f[1].isEmpty()) {
                esp++;
                assertTrue(f[2].equals("1") || f[2].equalsIgnoreCase("true"), "ICV not verified: " + row);
            }
            if (!f[3].isEmpty()) ah++;
            if (!f[4].isEmpty() && (!f[1].isEmpty() || !f[3].isEmpty())) echoes++;
            if (f[5].equals("32") && f[6].contains("1")) qmSa++;
        }
        boolean isAh = transforms.startsWith("ah");
        assertEquals(18, isAh ? ah : esp, Files.size(pcap) + " bytes, rows:\n" + String.join("\n", rows));
        assertEquals(18, echoes, String.join("\n", rows));
        assertTrue(qmSa >= 2, "quick mode decrypted: " + String.join("\n", rows));
    }

    private static List<String> tshark(Path pcap, Path conf) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(TSHARK, "-n", "-r", pcap.toString(),
                "-o", "esp.enable_encryption_decode:TRUE", "-o", "esp.enable_authentication_check:TRUE",
                "-T", "fields", "-E", "separator=|", "-e", "frame.number", "-e", "esp.spi", "-e", "esp.icv_good", "-e", "ah.spi",
                "-e", "icmp.type", "-e", "isakmp.exchangetype", "-e", "isakmp.typepayload");
        pb.environment().put("WIRESHARK_CONFIG_DIR", conf.toString());
        pb.redirectError(conf.resolve("tshark.err").toFile());
        Process proc = pb.start();
        byte[] out = proc.getInputStream().readAllBytes();
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS), "tshark finished");
        List<String> rows = new ArrayList<>();
        for (String l : new String(out, StandardCharsets.UTF_8).split("\n")) if (!l.isBlank()) rows.add(l);
        return rows;
    }
}
