package org.ikelab.crypto.cipher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The GCM provider {@link GcmProvider} picks: on Linux x86-64 (where this project's CI runs and
 * the Corretto provider ships its native library) it is Corretto; whichever it is, it seals and
 * opens exactly as the JDK's own GCM, and a large ESP packet leaves next to no garbage.
 */
class GcmProviderTest {
    private static final byte[] KEY = new byte[20];

    static {
        for (int i = 0; i < KEY.length; i++) KEY[i] = (byte) (i * 13 + 5);
    }

    private static boolean linuxX86() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
                && System.getProperty("os.arch").matches("amd64|x86_64");
    }

    @Test
    void onLinuxX86TheCorrettoProviderRunsGcm() {
        assumeTrue(linuxX86() && System.getProperty("ikelab.gcm") == null, "Corretto ships a native library for Linux x86-64 only");
        assertTrue(GcmProvider.corretto(), "GCM provider: " + GcmProvider.name());
    }

    /** Same bytes as SunJCE for any length and IV, both ways, and a flipped bit is refused. */
    @Property(tries = 300)
    void sealsAndOpensExactlyAsTheJdk(@ForAll @IntRange(min = 0, max = 3000) int len, @ForAll long iv, @ForAll int seq,
            @ForAll @IntRange(min = 0, max = 3000) int flip) {
        for (EncryptionAlgorithm alg : new EncryptionAlgorithm[] {EncryptionAlgorithm.AES_GCM_16_128, EncryptionAlgorithm.AES_GCM_12_128,
                EncryptionAlgorithm.AES_GMAC_128}) {
            byte[] key = java.util.Arrays.copyOf(KEY, alg.keyMaterialBytes());
            Aead chosen = new JceGcm(alg, key, false);
            Aead jdk = new JceGcm(alg, key, true);
            int icv = alg.icvBytes();
            byte[] aad = {0, 0, 0x20, 0x01, (byte) (seq >> 24), (byte) (seq >> 16), (byte) (seq >> 8), (byte) seq};
            byte[] a = packet(iv, len, icv);
            byte[] b = packet(iv, len, icv);
            chosen.seal(aad, 0, 8, a, 0, 8, len);
            jdk.seal(aad, 0, 8, b, 0, 8, len);
            assertArrayEquals(b, a, alg + " " + len + " B");
            byte[] opened = a.clone();
            assertTrue(jdk.open(aad, 0, 8, opened, 0, 8, len), "SunJCE opens what " + GcmProvider.name() + " sealed");
            assertArrayEquals(java.util.Arrays.copyOf(packet(iv, len, icv), 8 + len), java.util.Arrays.copyOf(opened, 8 + len));
            assertTrue(chosen.open(aad, 0, 8, b.clone(), 0, 8, len), GcmProvider.name() + " opens what SunJCE sealed");
            byte[] forged = a.clone();
            forged[flip % forged.length] ^= 0x40;
            assertFalse(chosen.open(aad, 0, 8, forged, 0, 8, len), "a flipped bit is refused");
        }
    }

    /** The reason for the choice: about 1 KB per packet with SunJCE, one or two 12-byte IV copies with Corretto. */
    @Test
    void aLargeEspPacketLeavesNextToNoGarbage() {
        assumeTrue(GcmProvider.corretto(), "only Corretto keeps its GCM state between packets");
        Aead aead = Transforms.aead(EncryptionAlgorithm.AES_GCM_16_128, KEY);
        byte[] aad = {0, 0, 0x20, 0x01, 0, 0, 0, 1};
        byte[] buf = packet(0, 1424, 16);
        var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        double perPacket = Double.MAX_VALUE;
        // The best round counts: until the JIT's C2 has compiled the path (later in a busy suite),
        // temporaries it would remove still show. Ten rounds at most.
        for (int round = 0; round < 10 && perPacket > 2 * 32 + 16; round++) {
            long before = mx.getThreadAllocatedBytes(tid);
            for (int n = 1; n <= 20_000; n++) {
                for (int i = 0; i < 8; i++) buf[7 - i] = (byte) ((long) (round * 20_000 + n) >>> (8 * i));
                aead.seal(aad, 0, 8, buf, 0, 8, 1424);
                if (!aead.open(aad, 0, 8, buf, 0, 8, 1424)) throw new AssertionError("open failed");
            }
            perPacket = Math.min(perPacket, (mx.getThreadAllocatedBytes(tid) - before) / 20_000.0);
        }
        // One 12-byte IV copy per operation once compiled (ours, for the JCE contract; the
        // provider's own copy is removed by C2); SunJCE leaves about 1.7 KB for the pair.
        assertTrue(perPacket <= 256, perPacket + " bytes allocated per seal and open of 1424 bytes");
    }

    private static byte[] packet(long iv, int len, int icv) {
        byte[] b = new byte[8 + len + icv];
        for (int i = 0; i < 8; i++) b[i] = (byte) (iv >>> (56 - 8 * i));
        for (int i = 0; i < len; i++) b[8 + i] = (byte) (i * 7 + 1);
        return b;
    }
}
