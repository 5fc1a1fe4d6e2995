package org.ikelab.ipsec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent check of our ESP and AH: packets we generate (tunnel and transport, raw and
 * UDP-encapsulated, AH and an AH+ESP bundle) go into a pcap with Ethernet headers, our key log
 * goes into Wireshark's {@code esp_sa} table, and tshark must decrypt every ESP packet with
 * {@code esp.icv_good} true and find the ICMP echo inside every packet. Skipped without tshark.
 */
@Tag("tshark")
class TsharkDecryptTest {
    private static final String TSHARK = "/usr/bin/tshark";

    @TempDir
    Path dir;

    private record Case(String name, SaConfig.Builder[] esp, SaConfig.Builder[] ah) { }

    @Test
    void tsharkDecryptsAndVerifiesWhatWeSend() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(TSHARK)), "tshark not installed");
        RandomSource r = RandomSource.seeded(2026);
        VirtualScheduler clock = new VirtualScheduler();
        List<String> keyLog = new ArrayList<>();
        IpsecDataPlane a = new IpsecDataPlane(clock, RandomSource.seeded(5), null);
        a.keyLog(new EspKeyLog(keyLog::add));

        List<Case> cases = new ArrayList<>();
        long spi = 0xC0DE0001L;
        cases.add(new Case("aes-cbc sha1 tunnel", Packets.espPair(spi++, EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96, r), null));
        cases.add(new Case("aes-256 sha512 tunnel udp", udp(Packets.espPair(spi++, EncryptionAlgorithm.AES_CBC_256, IntegrityAlgorithm.HMAC_SHA2_512_256, r)), null));
        cases.add(new Case("aes-192 sha384 transport", transport(Packets.espPair(spi++, EncryptionAlgorithm.AES_CBC_192, IntegrityAlgorithm.HMAC_SHA2_384_192, r)), null));
        cases.add(new Case("3des md5 tunnel", Packets.espPair(spi++, EncryptionAlgorithm.TRIPLE_DES_CBC, IntegrityAlgorithm.HMAC_MD5_96, r), null));
        cases.add(new Case("des sha256 transport", transport(Packets.espPair(spi++, EncryptionAlgorithm.DES_CBC, IntegrityAlgorithm.HMAC_SHA2_256_128, r)), null));
        cases.add(new Case("null sha1 transport", transport(Packets.espPair(spi++, EncryptionAlgorithm.NULL, IntegrityAlgorithm.HMAC_SHA1_96, r)), null));
        cases.add(new Case("gcm16-128 tunnel", Packets.espPair(spi++, EncryptionAlgorithm.AES_GCM_16_128, IntegrityAlgorithm.NONE, r), null));
        cases.add(new Case("gcm16-256 transport udp", udp(transport(Packets.espPair(spi++, EncryptionAlgorithm.AES_GCM_16_256, IntegrityAlgorithm.NONE, r))), null));
        cases.add(new Case("gcm12-128 tunnel", Packets.espPair(spi++, EncryptionAlgorithm.AES_GCM_12_128, IntegrityAlgorithm.NONE, r), null));
        cases.add(new Case("gcm8-128 tunnel", Packets.espPair(spi++, EncryptionAlgorithm.AES_GCM_8_128, IntegrityAlgorithm.NONE, r), null));
        cases.add(new Case("ah sha1 tunnel", null, Packets.ahPair(spi++, IntegrityAlgorithm.HMAC_SHA1_96, r)));
        cases.add(new Case("ah sha256 transport", null, transport(Packets.ahPair(spi++, IntegrityAlgorithm.HMAC_SHA2_256_128, r))));
        cases.add(new Case("ah+esp tunnel", Packets.espPair(spi++, EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96, r),
                Packets.ahPair(spi++, IntegrityAlgorithm.HMAC_SHA1_96, r)));
        cases.add(new Case("ah+esp transport", transport(Packets.espPair(spi++, EncryptionAlgorithm.AES_GCM_16_128, IntegrityAlgorithm.NONE, r)),
                transport(Packets.ahPair(spi, IntegrityAlgorithm.HMAC_SHA2_256_128, r))));

        List<byte[]> frames = new ArrayList<>();
        int espFrames = 0;
        for (Case c : cases) {
            IpsecSa esp = c.esp() == null ? null : a.install(c.esp()[0].build());
            IpsecSa ah = c.ah() == null ? null : a.install(c.ah()[0].build());
            SaBundle bundle = new SaBundle(esp, ah);
            boolean tunnel = (esp != null ? esp : ah).config().mode() == Mode.TUNNEL;
            for (int i = 1; i <= 2; i++) {
                byte[] inner = tunnel ? Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 84, i, true)
                        : Packets.icmpEcho(Packets.A, Packets.B, 84, i, true);
                PacketBuffer p = Packets.buffer(inner);
                assertEquals(Verdict.PROTECTED, a.outbound(bundle, p), c.name());
                frames.add(p.toArray());
                if (esp != null) espFrames++;
            }
        }
        Path pcap = dir.resolve("esp.pcap");
        Files.write(pcap, pcap(frames));
        Path conf = Files.createDirectories(dir.resolve("wireshark"));
        Files.write(conf.resolve("esp_sa"), (String.join("\n", keyLog) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("esp_sa.txt"), String.join("\n", keyLog));

        List<String> rows = tshark(pcap, conf);
        assertEquals(frames.size(), rows.size(), String.join("\n", rows));
        int icvGood = 0;
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i).split("\\|", -1);
            // frame|esp.spi|esp.icv_good|ah.spi|icmp.type
            assertTrue(f[4].contains("8"), "frame " + (i + 1) + " ICMP echo visible inside: " + rows.get(i));
            if (!f[1].isEmpty()) {
                assertTrue(f[2].equals("1") || f[2].equalsIgnoreCase("true"), "frame " + (i + 1) + " icv_good: " + rows.get(i));
                icvGood++;
            }
        }
        assertEquals(espFrames, icvGood, "every ESP frame verified by tshark");
    }

    private static SaConfig.Builder[] transport(SaConfig.Builder[] p) {
        p[0].mode(Mode.TRANSPORT);
        p[1].mode(Mode.TRANSPORT);
        return p;
    }

    private static SaConfig.Builder[] udp(SaConfig.Builder[] p) {
        p[0].udpEncap(4500, 4500);
        p[1].udpEncap(4500, 4500);
        return p;
    }

    private static List<String> tshark(Path pcap, Path conf) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(TSHARK, "-n", "-r", pcap.toString(),
                "-o", "esp.enable_encryption_decode:TRUE", "-o", "esp.enable_authentication_check:TRUE",
                "-T", "fields", "-E", "separator=|", "-e", "frame.number", "-e", "esp.spi", "-e", "esp.icv_good", "-e", "ah.spi", "-e", "icmp.type");
        pb.environment().put("WIRESHARK_CONFIG_DIR", conf.toString());
        pb.redirectErrorStream(false);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process proc = pb.start();
        byte[] out = proc.getInputStream().readAllBytes();
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS), "tshark finished");
        assertEquals(0, proc.exitValue());
        List<String> rows = new ArrayList<>();
        for (String l : new String(out, StandardCharsets.UTF_8).split("\n")) if (!l.isBlank()) rows.add(l);
        return rows;
    }

    /** A classic pcap (LINKTYPE_ETHERNET) with one frame per packet, Ethernet header built here. */
    private static byte[] pcap(List<byte[]> packets) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        le32(o, 0xa1b2c3d4);
        le16(o, 2);
        le16(o, 4);
        le32(o, 0);
        le32(o, 0);
        le32(o, 65535);
        le32(o, 1);
        int t = 0;
        for (byte[] ip : packets) {
            int len = 14 + ip.length;
            le32(o, 1_767_225_600 + t);
            le32(o, 0);
            le32(o, len);
            le32(o, len);
            o.writeBytes(new byte[] {0x02, 0, 0, 0, 0, 0x02, 0x02, 0, 0, 0, 0, 0x01, 0x08, 0x00});
            o.writeBytes(ip);
            t++;
        }
        return o.toByteArray();
    }

    private static void le32(ByteArrayOutputStream o, int v) {
        o.write(v);
        o.write(v >>> 8);
        o.write(v >>> 16);
        o.write(v >>> 24);
    }

    private static void le16(ByteArrayOutputStream o, int v) {
        o.write(v);
        o.write(v >>> 8);
    }
}
