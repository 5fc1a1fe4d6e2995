package org.ikelab.crypto.cipher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.ikelab.common.Hex;
import org.junit.jupiter.api.Test;

/**
 * IKEv1 phase 1 reuses {@link CbcCipher} with its own IV handling (RFC 2409 Appendix B): the IV
 * of a message is the last ciphertext block of the previous one, kept by the caller, separate
 * from the message buffer. RFC 3602's two-block vector, split into two "messages", must give the
 * same ciphertext as one CBC run.
 */
class Ikev1CbcUseTest {
    @Test
    void chainingAcrossMessagesEqualsOneCbcRun() {
        byte[] key = Hex.decode("c286696d887c9aa0611bbb3e2025a45a");
        byte[] iv = Hex.decode("562e17996d093d28ddb3ba695a2e6f58");
        byte[] m1 = Hex.decode("000102030405060708090a0b0c0d0e0f");
        byte[] m2 = Hex.decode("101112131415161718191a1b1c1d1e1f");
        CbcCipher c = Transforms.cbc(EncryptionAlgorithm.AES_CBC_128, key);
        c.encrypt(iv, 0, m1, 0, 16);
        byte[] nextIv = Arrays.copyOfRange(m1, 0, 16); // last block of message 1
        c.encrypt(nextIv, 0, m2, 0, 16);
        // RFC 3602 §4 Case #2 ciphertext.
        assertArrayEquals(Hex.decode("d296cd94c2cccf8a3a863028b5e1dc0a"), m1);
        assertArrayEquals(Hex.decode("7586602d253cfff91b8266bea6d61ab1"), m2);
        CbcCipher d = Transforms.cbc(EncryptionAlgorithm.AES_CBC_128, key);
        byte[] lastOfM1 = m1.clone();
        d.decrypt(iv, 0, m1, 0, 16);
        d.decrypt(lastOfM1, 0, m2, 0, 16);
        assertArrayEquals(Hex.decode("000102030405060708090a0b0c0d0e0f"), m1);
        assertArrayEquals(Hex.decode("101112131415161718191a1b1c1d1e1f"), m2);
    }
}
