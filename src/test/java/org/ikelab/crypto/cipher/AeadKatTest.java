package org.ikelab.crypto.cipher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.GMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.ikelab.common.Hex;
import org.junit.jupiter.api.Test;

/**
 * Known answers for the RFC 4106 (GCM) and RFC 4543 (GMAC) transforms. GCM vectors are the test
 * cases of McGrew and Viega's GCM specification (test cases 3/4, 9, 15/16) and the ESP packet
 * vectors of draft-mcgrew-gcm-test-01 §4, recast as RFC 4106 key material (key || salt) plus an
 * 8-byte explicit IV, exactly as an SA holds them. Shorter ICVs are the truncated tag (RFC 4106
 * §6: "the ICV consists solely of the AES-GCM Authentication Tag", truncated for 8/12 octets).
 */
class AeadKatTest {

    /** Seals {@code plain} with {@code aad}, compares ciphertext||ICV, then opens it back. */
    private static void kat(EncryptionAlgorithm alg, String keyAndSalt, String iv, String aad, String plain, String cipherAndTag) {
        Aead a = Transforms.aead(alg, Hex.decode(keyAndSalt));
        byte[] p = Hex.decode(plain);
        byte[] ivb = Hex.decode(iv);
        byte[] ad = Hex.decode(aad);
        byte[] buf = new byte[8 + p.length + a.icvBytes()];
        System.arraycopy(ivb, 0, buf, 0, 8);
        System.arraycopy(p, 0, buf, 8, p.length);
        a.seal(ad, 0, ad.length, buf, 0, 8, p.length);
        byte[] expected = Hex.decode(cipherAndTag);
        assertArrayEquals(Arrays.copyOf(expected, p.length + a.icvBytes()), Arrays.copyOfRange(buf, 8, buf.length), alg + " seal");
        Aead b = Transforms.aead(alg, Hex.decode(keyAndSalt));
        assertTrue(b.open(ad, 0, ad.length, buf, 0, 8, p.length), alg + " open");
        assertArrayEquals(p, Arrays.copyOfRange(buf, 8, 8 + p.length));
        // One flipped ICV bit must fail. (A fresh instance: the JDK refuses to seal twice under one IV.)
        Transforms.aead(alg, Hex.decode(keyAndSalt)).seal(ad, 0, ad.length, buf, 0, 8, p.length);
        buf[buf.length - 1] ^= 1;
        assertFalse(b.open(ad, 0, ad.length, buf, 0, 8, p.length), alg + " tampered ICV accepted");
    }

    private static final String K128 = "feffe9928665731c6d6a8f9467308308";
    private static final String SALT = "cafebabe";
    private static final String IV = "facedbaddecaf888";
    private static final String P64 = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";
    private static final String C64_128 = "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
            + "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985";

    @Test
    void gcm128TestCase3AllIcvLengths() {
        // GCM spec test case 3 (no AAD), tag 4d5c2af327cd64a62cf35abd2ba6fab4.
        String ct = C64_128 + "4d5c2af327cd64a62cf35abd2ba6fab4";
        kat(EncryptionAlgorithm.AES_GCM_16_128, K128 + SALT, IV, "", P64, ct);
        kat(EncryptionAlgorithm.AES_GCM_12_128, K128 + SALT, IV, "", P64, ct);
        kat(EncryptionAlgorithm.AES_GCM_8_128, K128 + SALT, IV, "", P64, ct);
    }

    @Test
    void gcm128TestCase4WithAad() {
        // GCM spec test case 4: 60-byte plaintext, 20-byte AAD.
        kat(EncryptionAlgorithm.AES_GCM_16_128, K128 + SALT, IV, "feedfacedeadbeeffeedfacedeadbeefabaddad2",
                P64.substring(0, 120), C64_128.substring(0, 120) + "5bc94fbc3221a5db94fae95ae7121a47");
    }

    @Test
    void gcm192TestCase9() {
        // GCM spec test case 9 (AES-192, no AAD).
        String k = K128 + "feffe9928665731c";
        String ct = "3980ca0b3c00e841eb06fac4872a2757859e1ceaa6efd984628593b40ca1e19c"
                + "7d773d00c144c525ac619d18c84a3f4718e2448b2fe324d9ccda2710acade256" + "9924a7c8587336bfb118024db8674a14";
        kat(EncryptionAlgorithm.AES_GCM_16_192, k + SALT, IV, "", P64, ct);
        kat(EncryptionAlgorithm.AES_GCM_12_192, k + SALT, IV, "", P64, ct);
        kat(EncryptionAlgorithm.AES_GCM_8_192, k + SALT, IV, "", P64, ct);
    }

    @Test
    void gcm256TestCases15And16() {
        String k = K128 + K128;
        String c = "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad";
        // Test case 15 (no AAD).
        kat(EncryptionAlgorithm.AES_GCM_16_256, k + SALT, IV, "", P64, c + "b094dac5d93471bdec1a502270e3cc6c");
        kat(EncryptionAlgorithm.AES_GCM_12_256, k + SALT, IV, "", P64, c + "b094dac5d93471bdec1a502270e3cc6c");
        kat(EncryptionAlgorithm.AES_GCM_8_256, k + SALT, IV, "", P64, c + "b094dac5d93471bdec1a502270e3cc6c");
        // Test case 16 (AAD, 60 bytes).
        kat(EncryptionAlgorithm.AES_GCM_16_256, k + SALT, IV, "feedfacedeadbeeffeedfacedeadbeefabaddad2",
                P64.substring(0, 120), c.substring(0, 120) + "76fc6ece0f4e1768cddf8853bb2d551b");
    }

    @Test
    void gcmEspPacketDraftMcgrewTestCase1() {
        // draft-mcgrew-gcm-test-01 §4 case 1: SPI 0x00004321, 64-bit ESN 0x8765432100000000 (AAD =
        // SPI || ESN, 12 bytes), salt 2e443b68, IV 4956ed7e3b244cfe; plaintext is an IPv4/UDP packet
        // with ESP padding 01 02 02 01 (pad 1-2, pad length 2, next header 1? as in the draft).
        kat(EncryptionAlgorithm.AES_GCM_16_128, "4c80cdefbb5d10da906ac73c3613a634" + "2e443b68", "4956ed7e3b244cfe",
                "000043218765432100000000",
                "45000048699a000080114db7c0a80102c0a801010a9bf15638d3010000010000"
                        + "00000000045f736970045f756470037369700963796265726369747902646b00" + "0021000101020201",
                "fecf537e729d5b07dc30df528dd22b768d1b98736696a6fd348509fa13ceac34"
                        + "cfa2436f14a3f3cf65925bf1f4a13c5d15b21e1884f5ff6247aeabb786b93bce"
                        + "61bc17d768fd9732" + "459018148f6cbe722fd04796562dfdb4");
    }

    @Test
    void gcmEspPacketDraftMcgrewTestCase3Aes256() {
        // draft-mcgrew-gcm-test-01 §4 case 3: AES-256, SPI 0x4a2cbfe3, seq 2, salt 11223344.
        kat(EncryptionAlgorithm.AES_GCM_16_256, "abbccddef00112233445566778899aababbccddef00112233445566778899aab" + "11223344",
                "0102030405060708", "4a2cbfe300000002",
                "4500003069a6400080062690c0a801029389155e0a9e008b2dc57ee0000000007002400020bf0000020405b40101040201020201",
                "ff425c9b724599df7a3bcd510194e00d6a78107f1b0b1cbf06efae9d65a5d763748a637985771d347f0545659f14e99def842d8e"
                        + "b335f4eecfdbf831824b4c4915956c96");
    }

    @Test
    void gmacMatchesAnIndependentGmacOverSpiSeqIvPayload() {
        // RFC 4543 §3.3: AAD = SPI || seq || IV || payload, nothing encrypted, 16-byte ICV.
        // RFC 4543 itself publishes no vectors, so the reference is bouncycastle's GMac, an
        // implementation independent of the JDK GCM that JceGcm uses, over those exact bytes.
        for (EncryptionAlgorithm alg : new EncryptionAlgorithm[] {
                EncryptionAlgorithm.AES_GMAC_128, EncryptionAlgorithm.AES_GMAC_192, EncryptionAlgorithm.AES_GMAC_256}) {
            byte[] keymat = new byte[alg.keyMaterialBytes()];
            for (int i = 0; i < keymat.length; i++) keymat[i] = (byte) (i * 7 + 3);
            byte[] aad = Hex.decode("0000432100000007");
            byte[] iv = Hex.decode("0001020304050607");
            byte[] payload = Hex.decode("45000030da3a00008001df3bc0a80005c0a800010800c6cd020007006162636465666768696a6b6c6d6e6f707172737401020201");
            byte[] buf = new byte[8 + payload.length + 16];
            System.arraycopy(iv, 0, buf, 0, 8);
            System.arraycopy(payload, 0, buf, 8, payload.length);
            Aead g = Transforms.aead(alg, keymat);
            g.seal(aad, 0, aad.length, buf, 0, 8, payload.length);
            assertArrayEquals(payload, Arrays.copyOfRange(buf, 8, 8 + payload.length), "GMAC must not encrypt");

            GMac ref = new GMac(GCMBlockCipher.newInstance(AESEngine.newInstance()), 128);
            byte[] nonce = new byte[12];
            System.arraycopy(keymat, alg.keyBytes(), nonce, 0, 4);
            System.arraycopy(iv, 0, nonce, 4, 8);
            ref.init(new ParametersWithIV(new KeyParameter(keymat, 0, alg.keyBytes()), nonce));
            ref.update(aad, 0, aad.length);
            ref.update(iv, 0, 8);
            ref.update(payload, 0, payload.length);
            byte[] tag = new byte[16];
            ref.doFinal(tag, 0);
            assertArrayEquals(tag, Arrays.copyOfRange(buf, 8 + payload.length, buf.length), alg + " ICV");
            assertTrue(Transforms.aead(alg, keymat).open(aad, 0, aad.length, buf, 0, 8, payload.length));
            buf[10] ^= 0x40; // the payload is authenticated
            assertFalse(Transforms.aead(alg, keymat).open(aad, 0, aad.length, buf, 0, 8, payload.length));
        }
    }

    @Test
    void openRejectsImpossibleBoundsWithoutThrowing() {
        for (EncryptionAlgorithm alg : new EncryptionAlgorithm[] {EncryptionAlgorithm.AES_GCM_16_128, EncryptionAlgorithm.AES_GCM_8_128,
                EncryptionAlgorithm.AES_GMAC_128}) {
            Aead a = Transforms.aead(alg, new byte[alg.keyMaterialBytes()]);
            byte[] buf = new byte[20];
            assertFalse(a.open(new byte[8], 0, 8, buf, 0, 8, 10));
            assertFalse(a.open(new byte[8], 0, 8, buf, 15, 8, 0));
            assertFalse(a.open(new byte[8], 0, 9, buf, 0, 8, 0));
        }
    }
}
