package org.ikelab.crypto.cipher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Small GCM payloads take the allocation-free {@link SmallGcm} path and large ones the JCE's
 * GCM: every length on both sides of the switch, with 8- and 12-byte AAD (ESN) and 16- and
 * 12-byte ICVs, seals exactly as the JDK's own AES/GCM does, opens back, and refuses any flipped
 * bit. Also: an {@link Aead} is one per SA direction and serves every packet: sealing many packets with one
 * instance gives the same bytes as a fresh instance per packet, another single instance opens
 * them in any order, a forged packet in between changes nothing for the next one, and lengths on
 * both sides of the JDK's 512-byte intrinsic chunk and of the open scratch array all round-trip.
 */
class AeadReuseTest {
    private static final int[] LENGTHS = {0, 1, 15, 16, 17, 511, 512, 513, 1400, 1424, 3000, 64};

    private static byte[] keyMaterial(EncryptionAlgorithm alg) {
        byte[] k = new byte[alg.keyMaterialBytes()];
        for (int i = 0; i < k.length; i++) k[i] = (byte) (i * 29 + 3);
        return k;
    }

    /** IV at 0, payload at 8, ICV after; explicit IV = packet number. */
    private static byte[] packet(int n, int len, int icv) {
        byte[] b = new byte[8 + len + icv];
        for (int i = 0; i < 8; i++) b[i] = (byte) ((long) n >>> (56 - 8 * i));
        for (int i = 0; i < len; i++) b[8 + i] = (byte) (i * 7 + n);
        return b;
    }

    private static byte[] aad(int n) {
        return new byte[] {0, 0, 0x10, 0x01, 0, 0, (byte) (n >> 8), (byte) n};
    }

    @Test
    void oneInstanceSealsAndOpensEveryPacketLikeFreshOnes() {
        for (EncryptionAlgorithm alg : new EncryptionAlgorithm[] {EncryptionAlgorithm.AES_GCM_16_128, EncryptionAlgorithm.AES_GCM_12_256,
                EncryptionAlgorithm.AES_GCM_8_128, EncryptionAlgorithm.AES_GMAC_128}) {
            Aead sealer = Transforms.aead(alg, keyMaterial(alg));
            int icv = sealer.icvBytes();
            byte[][] sealed = new byte[LENGTHS.length][];
            for (int n = 0; n < LENGTHS.length; n++) {
                int len = LENGTHS[n];
                byte[] reused = packet(n + 1, len, icv);
                sealer.seal(aad(n + 1), 0, 8, reused, 0, 8, len);
                byte[] fresh = packet(n + 1, len, icv);
                Transforms.aead(alg, keyMaterial(alg)).seal(aad(n + 1), 0, 8, fresh, 0, 8, len);
                assertArrayEquals(fresh, reused, alg + " packet " + n + " of " + len + " bytes");
                sealed[n] = reused;
            }
            Aead opener = Transforms.aead(alg, keyMaterial(alg));
            // Backwards, with a forged copy of each packet opened (and refused) just before it.
            for (int n = LENGTHS.length - 1; n >= 0; n--) {
                int len = LENGTHS[n];
                byte[] forged = sealed[n].clone();
                forged[forged.length - 1] ^= 0x40;
                assertFalse(opener.open(aad(n + 1), 0, 8, forged, 0, 8, len), alg + " forged packet " + n + " accepted");
                byte[] b = sealed[n].clone();
                assertTrue(opener.open(aad(n + 1), 0, 8, b, 0, 8, len), alg + " packet " + n + " of " + len + " bytes");
                assertArrayEquals(Arrays.copyOfRange(packet(n + 1, len, icv), 0, 8 + len), Arrays.copyOfRange(b, 0, 8 + len),
                        alg + " plaintext of packet " + n);
            }
        }
    }

    @Test
    void openLeavesNothingOfAnotherPacketBehind() {
        // A short packet after a long one: the open copies back only its own length.
        Aead sealer = Transforms.aead(EncryptionAlgorithm.AES_GCM_16_128, keyMaterial(EncryptionAlgorithm.AES_GCM_16_128));
        Aead opener = Transforms.aead(EncryptionAlgorithm.AES_GCM_16_128, keyMaterial(EncryptionAlgorithm.AES_GCM_16_128));
        byte[] big = packet(1, 1400, 16);
        sealer.seal(aad(1), 0, 8, big, 0, 8, 1400);
        assertTrue(opener.open(aad(1), 0, 8, big, 0, 8, 1400));
        byte[] small = packet(2, 40, 16);
        sealer.seal(aad(2), 0, 8, small, 0, 8, 40);
        byte[] framed = new byte[100];
        Arrays.fill(framed, (byte) 0x5a);
        System.arraycopy(small, 0, framed, 20, small.length);
        assertTrue(opener.open(aad(2), 0, 8, framed, 20, 28, 40));
        assertArrayEquals(Arrays.copyOfRange(packet(2, 40, 16), 8, 48), Arrays.copyOfRange(framed, 28, 68));
        for (int i = 0; i < 20; i++) assertTrue(framed[i] == 0x5a, "byte " + i + " before the packet changed");
        for (int i = 68 + 16; i < 100; i++) assertTrue(framed[i] == 0x5a, "byte " + i + " after the ICV changed");
    }

    @Test
    void everyLengthSealsLikeTheJdkGcmAndRefusesAnyFlippedBit() throws Exception {
        for (EncryptionAlgorithm alg : new EncryptionAlgorithm[] {EncryptionAlgorithm.AES_GCM_16_128, EncryptionAlgorithm.AES_GCM_12_192,
                EncryptionAlgorithm.AES_GCM_16_256}) {
            byte[] km = keyMaterial(alg);
            Aead sealer = Transforms.aead(alg, km);
            Aead opener = Transforms.aead(alg, km);
            int icv = sealer.icvBytes();
            int n = 0;
            for (int len = 0; len <= SmallGcm.MAX_PAYLOAD + 40; len++) {
                for (int aadLen : new int[] {8, 12}) {
                    n++;
                    byte[] ad = new byte[aadLen];
                    for (int i = 0; i < aadLen; i++) ad[i] = (byte) (n * 3 + i);
                    byte[] b = packet(n, len, icv);
                    sealer.seal(ad, 0, aadLen, b, 0, 8, len);
                    // The JDK's GCM on the same key, nonce (salt || explicit IV), AAD and plaintext.
                    Cipher jdk = Cipher.getInstance("AES/GCM/NoPadding");
                    byte[] nonce = new byte[12];
                    System.arraycopy(km, alg.keyBytes(), nonce, 0, 4);
                    System.arraycopy(b, 0, nonce, 4, 8);
                    jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(km, 0, alg.keyBytes(), "AES"), new GCMParameterSpec(icv * 8, nonce));
                    jdk.updateAAD(ad);
                    byte[] expected = jdk.doFinal(Arrays.copyOfRange(packet(n, len, icv), 8, 8 + len));
                    assertArrayEquals(expected, Arrays.copyOfRange(b, 8, 8 + len + icv), alg + " " + len + " bytes, AAD " + aadLen);
                    for (int bit : new int[] {0, 8 * (8 + len + icv) - 1, 8 * (8 + len / 2) + 3}) {
                        byte[] forged = b.clone();
                        forged[bit / 8] ^= (byte) (1 << (bit % 8));
                        assertFalse(opener.open(ad, 0, aadLen, forged, 0, 8, len), alg + " " + len + " bytes, bit " + bit + " flipped");
                    }
                    byte[] forgedAad = ad.clone();
                    forgedAad[aadLen - 1] ^= 1;
                    assertFalse(opener.open(forgedAad, 0, aadLen, b.clone(), 0, 8, len), alg + " " + len + " bytes, AAD changed");
                    assertTrue(opener.open(ad, 0, aadLen, b, 0, 8, len), alg + " " + len + " bytes, AAD " + aadLen);
                    assertArrayEquals(Arrays.copyOfRange(packet(n, len, icv), 8, 8 + len), Arrays.copyOfRange(b, 8, 8 + len));
                }
            }
        }
    }
}
