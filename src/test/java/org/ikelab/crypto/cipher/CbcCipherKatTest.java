package org.ikelab.crypto.cipher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.ikelab.common.Hex;
import org.junit.jupiter.api.Test;

/** Known-answer tests for the CBC ciphers, in place, with IVs taken from the buffer as ESP does. */
class CbcCipherKatTest {

    private static void kat(EncryptionAlgorithm alg, String key, String iv, byte[] plain, String cipher) {
        CbcCipher c = Transforms.cbc(alg, Hex.decode(key));
        byte[] ivb = Hex.decode(iv);
        // Put the IV in front of the data, as in an ESP payload, and work in place.
        byte[] buf = new byte[ivb.length + plain.length];
        System.arraycopy(ivb, 0, buf, 0, ivb.length);
        System.arraycopy(plain, 0, buf, ivb.length, plain.length);
        c.encrypt(buf, 0, buf, ivb.length, plain.length);
        assertArrayEquals(Hex.decode(cipher), java.util.Arrays.copyOfRange(buf, ivb.length, buf.length), alg + " encrypt");
        assertTrue(c.decrypt(buf, 0, buf, ivb.length, plain.length));
        assertArrayEquals(plain, java.util.Arrays.copyOfRange(buf, ivb.length, buf.length), alg + " decrypt");
    }

    @Test
    void aes128CbcRfc3602Case1() {
        // RFC 3602 §4, Case #1: one block "Single block msg".
        kat(EncryptionAlgorithm.AES_CBC_128, "06a9214036b8a15b512e03d534120006", "3dafba429d9eb430b422da802c9fac41",
                "Single block msg".getBytes(StandardCharsets.US_ASCII), "e353779c1079aeb82708942dbe77181a");
    }

    @Test
    void aes128CbcRfc3602Case2() {
        // RFC 3602 §4, Case #2: two blocks 0x00..0x1f.
        kat(EncryptionAlgorithm.AES_CBC_128, "c286696d887c9aa0611bbb3e2025a45a", "562e17996d093d28ddb3ba695a2e6f58",
                Hex.decode("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"),
                "d296cd94c2cccf8a3a863028b5e1dc0a7586602d253cfff91b8266bea6d61ab1");
    }

    @Test
    void aes192CbcNistSp800_38a() {
        // NIST SP 800-38A F.2.3 CBC-AES192.Encrypt, first block.
        kat(EncryptionAlgorithm.AES_CBC_192, "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b", "000102030405060708090a0b0c0d0e0f",
                Hex.decode("6bc1bee22e409f96e93d7e117393172a"), "4f021db243bc633d7178183a9fa071e8");
    }

    @Test
    void aes256CbcNistSp800_38a() {
        // NIST SP 800-38A F.2.5 CBC-AES256.Encrypt, first block.
        kat(EncryptionAlgorithm.AES_CBC_256, "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
                "000102030405060708090a0b0c0d0e0f", Hex.decode("6bc1bee22e409f96e93d7e117393172a"), "f58c4c04d6e5f1ba779eabfb5f7bfbd6");
    }

    @Test
    void desCbcNessieSet8() {
        // NESSIE DES set 8 vectors #0 and #1 (zero IV: CBC of one block equals ECB); DES-CBC is RFC 2405.
        kat(EncryptionAlgorithm.DES_CBC, "0001020304050607", "0000000000000000", Hex.decode("41ad068548809d02"), "0011223344556677");
        kat(EncryptionAlgorithm.DES_CBC, "2bd6459f82c5b300", "0000000000000000", Hex.decode("b10f843097a0f932"), "ea024714ad5c4d84");
    }

    @Test
    void tripleDesCbcNistMmt() {
        // NIST CAVP TDES MMT (TCBCMMT3) examples 1 and 2; 3DES-CBC in ESP is RFC 2451.
        kat(EncryptionAlgorithm.TRIPLE_DES_CBC, "627f460e08104a1043cd265d5840eaf1313edf97df2a8a8c", "8e29f75ea77e5475",
                Hex.decode("326a494cd33fe756"), "b22b8d66de970692");
        kat(EncryptionAlgorithm.TRIPLE_DES_CBC, "37ae5ebf46dff2dc0754b94f31cbb3855e7fd36dc870bfae", "3d1de3cc132e3b65",
                Hex.decode("84401f78fe6c10876d8ea23094ea5309"), "7b1f7c7e3b1c948ebd04a75ffba7d2f5");
    }

    @Test
    void espChainingMethodsAreCbcUnderTheIvInTheBuffer() {
        // decryptAfterIv on RFC 3602 §4 Case #2 laid out as an ESP payload: IV then ciphertext.
        CbcCipher c = Transforms.cbc(EncryptionAlgorithm.AES_CBC_128, Hex.decode("c286696d887c9aa0611bbb3e2025a45a"));
        byte[] buf = Hex.decode("562e17996d093d28ddb3ba695a2e6f58" + "d296cd94c2cccf8a3a863028b5e1dc0a7586602d253cfff91b8266bea6d61ab1");
        assertTrue(c.decryptAfterIv(buf, 0, 32));
        assertEquals("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", Hex.encode(buf, 16, 32));
        // Twice more on the same instance: the running chain state must not leak between packets.
        for (int round = 0; round < 2; round++) {
            byte[] again = Hex.decode("562e17996d093d28ddb3ba695a2e6f58" + "d296cd94c2cccf8a3a863028b5e1dc0a7586602d253cfff91b8266bea6d61ab1");
            assertTrue(c.decryptAfterIv(again, 0, 32));
            assertEquals(Hex.encode(buf, 16, 32), Hex.encode(again, 16, 32));
        }
        // encryptWithIv: whatever IV it chose, plain CBC decryption under that IV gives the data back,
        // and consecutive packets get different IVs.
        for (EncryptionAlgorithm alg : new EncryptionAlgorithm[] {EncryptionAlgorithm.AES_CBC_256, EncryptionAlgorithm.TRIPLE_DES_CBC,
                EncryptionAlgorithm.DES_CBC}) {
            CbcCipher e = Transforms.cbc(alg, new byte[alg.keyBytes()]);
            CbcCipher d = Transforms.cbc(alg, new byte[alg.keyBytes()]);
            int bs = alg.blockBytes();
            byte[] previousIv = null;
            for (long seq = 1; seq <= 3; seq++) {
                byte[] p = new byte[bs + 4 * bs];
                for (int i = bs; i < p.length; i++) p[i] = (byte) (i * seq);
                byte[] plain = java.util.Arrays.copyOfRange(p, bs, p.length);
                e.encryptWithIv(p, 0, 4 * bs, seq);
                byte[] iv = java.util.Arrays.copyOf(p, bs);
                org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(iv, previousIv), "fresh IV");
                previousIv = iv;
                assertTrue(d.decrypt(p, 0, p, bs, 4 * bs));
                assertArrayEquals(plain, java.util.Arrays.copyOfRange(p, bs, p.length), alg + " seq " + seq);
            }
        }
    }

    @Test
    void decryptRejectsBadLengthsWithoutThrowing() {
        CbcCipher c = Transforms.cbc(EncryptionAlgorithm.AES_CBC_128, new byte[16]);
        byte[] buf = new byte[40];
        assertFalse(c.decrypt(buf, 0, buf, 16, 15));
        assertFalse(c.decrypt(buf, 0, buf, 16, 0));
        assertFalse(c.decrypt(buf, 0, buf, 16, 32));
        assertFalse(c.decrypt(buf, 30, buf, 16, 16));
        assertFalse(c.decryptAfterIv(buf, 0, 15));
        assertFalse(c.decryptAfterIv(buf, 0, 32));
    }
}
