package org.ikelab.crypto.ikev1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.ikelab.common.Hex;
import org.ikelab.crypto.prf.PrfAlgorithm;
import org.junit.jupiter.api.Test;

/**
 * IV chaining of RFC 2409 Appendix B. Expected ciphertexts come from derive_vectors.py
 * (Python 'cryptography' AES-CBC, zero padding, IVs chained by hand).
 */
class Ikev1CrypterTest {
    private static final int MID = 0xCAFEBABE;

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static Ikev1Crypter crypter() {
        byte[] key = Ikev1KdfTest.range(0, 16);
        byte[] iv0 = Ikev1Kdf.phase1Iv(PrfAlgorithm.HMAC_SHA1, Ikev1KdfTest.GXI, Ikev1KdfTest.GXR, 16);
        return new Ikev1Crypter(JdkCbcCipher.aes(16), key, PrfAlgorithm.HMAC_SHA1, iv0);
    }

    @Test
    void phase1ThenQuickModeChain() {
        Ikev1Crypter c = crypter();
        assertEquals("ebe89bce01e03ebecc55813068526bdf9362de84ebea55d88588c13af36a76e9",
                Hex.encode(c.encrypt(0, ascii("main mode message 5 payloads"))));
        assertEquals("e795495d1b0d6b62619f39f32d0973c7b700bde0b03968cae66b619d8977bb85",
                Hex.encode(c.encrypt(0, ascii("main mode message 6"))));
        assertEquals("e84d38d138252c1d3e1e4673c2ccedcb", Hex.encode(c.currentIv(MID)));
        assertEquals("50d138e479d26973e6ccd7a3e4707e18", Hex.encode(c.encrypt(MID, ascii("quick mode 1"))));
        assertEquals("8c5f0e27b6b0b02bf1a33ba314ecf9ac", Hex.encode(c.encrypt(MID, ascii("quick mode 2"))));
    }

    @Test
    void twoPeersStayInStep() {
        Ikev1Crypter i = crypter();
        Ikev1Crypter r = crypter();
        byte[] m5 = i.encrypt(0, ascii("MM5 from the initiator"));
        assertArrayEquals(Arrays.copyOf(ascii("MM5 from the initiator"), 32), r.decrypt(0, m5).value());
        byte[] m6 = r.encrypt(0, ascii("MM6"));
        assertArrayEquals(Arrays.copyOf(ascii("MM6"), 16), i.decrypt(0, m6).value());
        byte[] q1 = i.encrypt(MID, ascii("QM1"));
        assertArrayEquals(Arrays.copyOf(ascii("QM1"), 16), r.decrypt(MID, q1).value());
        byte[] info = r.encrypt(7, ascii("informational"));
        assertArrayEquals(Arrays.copyOf(ascii("informational"), 16), i.decrypt(7, info).value());
        byte[] q2 = r.encrypt(MID, ascii("QM2"));
        assertArrayEquals(Arrays.copyOf(ascii("QM2"), 16), i.decrypt(MID, q2).value());
    }

    @Test
    void badLengthsAreErrors() {
        Ikev1Crypter c = crypter();
        assertFalse(c.decrypt(0, new byte[15]).isOk());
        assertFalse(c.decrypt(0, new byte[0]).isOk());
    }

    @Test
    void tripleDesUsesEightByteBlocks() {
        byte[] key = Ikev1KdfTest.range(1, 24);
        Ikev1Crypter a = new Ikev1Crypter(JdkCbcCipher.tripleDes(), key, PrfAlgorithm.HMAC_MD5, new byte[8]);
        Ikev1Crypter b = new Ikev1Crypter(JdkCbcCipher.tripleDes(), key, PrfAlgorithm.HMAC_MD5, new byte[8]);
        byte[] ct = a.encrypt(0, ascii("0123456789"));
        assertEquals(16, ct.length);
        assertArrayEquals(Arrays.copyOf(ascii("0123456789"), 16), b.decrypt(0, ct).value());
    }
}
