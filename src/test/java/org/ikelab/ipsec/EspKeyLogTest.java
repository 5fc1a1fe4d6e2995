package org.ikelab.ipsec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.Hex;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The esp_sa lines, exactly as strongswan-interop.md describes them. */
class EspKeyLogTest {
    @TempDir
    Path dir;

    @Test
    void cbcWithHmacLine() {
        SaConfig c = SaConfig.esp(0x48BAC7D3L, Direction.OUTBOUND, Ipv4.parse("10.99.12.1"), Ipv4.parse("10.99.12.2"))
                .encryption(EncryptionAlgorithm.AES_CBC_128, Hex.decode("000102030405060708090a0b0c0d0e0f"))
                .integrity(IntegrityAlgorithm.HMAC_SHA1_96, Hex.decode("101112131415161718191a1b1c1d1e1f20212223")).build();
        assertEquals("\"IPv4\",\"10.99.12.1\",\"10.99.12.2\",\"0x48bac7d3\",\"AES-CBC [RFC3602]\",\"0x000102030405060708090a0b0c0d0e0f\","
                + "\"HMAC-SHA-1-96 [RFC2404]\",\"0x101112131415161718191a1b1c1d1e1f20212223\"", EspKeyLog.line(c));
    }

    @Test
    void gcmLineCarriesTheSaltAndNullAuthentication() {
        // Inbound SA: packets travel from the peer to us.
        SaConfig c = SaConfig.esp(0x1000, Direction.INBOUND, Ipv4.parse("10.99.12.1"), Ipv4.parse("10.99.12.2"))
                .encryption(EncryptionAlgorithm.AES_GCM_16_128, Hex.decode("000102030405060708090a0b0c0d0e0f" + "cafebabe")).build();
        assertEquals("\"IPv4\",\"10.99.12.2\",\"10.99.12.1\",\"0x00001000\",\"AES-GCM with 16 octet ICV [RFC4106]\","
                + "\"0x000102030405060708090a0b0c0d0e0fcafebabe\",\"NULL\",\"\"", EspKeyLog.line(c));
    }

    @Test
    void nothingWiresharkCannotUse() {
        SaConfig gmac = SaConfig.esp(0x1000, Direction.INBOUND, 1, 2).encryption(EncryptionAlgorithm.AES_GMAC_128, new byte[20]).build();
        assertNull(EspKeyLog.line(gmac));
        SaConfig ah = SaConfig.ah(0x1000, Direction.INBOUND, 1, 2).integrity(IntegrityAlgorithm.HMAC_SHA1_96, new byte[20]).build();
        assertNull(EspKeyLog.line(ah));
    }

    @Test
    void offUnlessAskedForThenOneLinePerEspSa() throws Exception {
        IpsecDataPlane dp = new IpsecDataPlane(new VirtualScheduler(), RandomSource.seeded(1), null);
        SaConfig.Builder[] p1 = Packets.espPair(0x501, EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96, RandomSource.seeded(2));
        dp.installPair(p1[1].build(), p1[0].build());
        Path file = dir.resolve("esp_sa");
        dp.keyLog(EspKeyLog.appendingTo(file));
        SaConfig.Builder[] p2 = Packets.espPair(0x502, EncryptionAlgorithm.AES_GCM_16_256, IntegrityAlgorithm.NONE, RandomSource.seeded(3));
        dp.installPair(p2[1].build(), p2[0].build());
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        assertEquals(2, lines.size());
        assertEquals(true, lines.get(0).startsWith("\"IPv4\",\"10.99.12.1\",\"10.99.12.2\",\"0x00000502\""), lines.get(0));
        // Both halves of the pair (B's inbound, A's outbound) describe packets from A to B.
        assertEquals(lines.get(0), lines.get(1));
    }
}
