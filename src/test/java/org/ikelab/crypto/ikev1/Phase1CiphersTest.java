package org.ikelab.crypto.ikev1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ikelab.common.RandomSource;
import org.junit.jupiter.api.Test;

/** The production phase-1 ciphers agree with the JDK's CBC ciphers the engine tests use. */
class Phase1CiphersTest {
    @Test
    void everyPhase1CipherMatchesTheJdk() {
        RandomSource r = RandomSource.seeded(1);
        int[][] cases = {{1, 0}, {5, 0}, {7, 128}, {7, 192}, {7, 256}};
        for (int[] c : cases) {
            Ikev1Cipher ours = Phase1Ciphers.INSTANCE.phase1Cipher(c[0], c[1]).orElseThrow();
            Ikev1Cipher jdk = JdkCbcCipher.provider().phase1Cipher(c[0], c[1]).orElseThrow();
            assertEquals(jdk.blockSize(), ours.blockSize());
            assertEquals(jdk.keyLength(), ours.keyLength());
            byte[] key = r.bytes(ours.keyLength());
            byte[] iv = r.bytes(ours.blockSize());
            byte[] plain = r.bytes(ours.blockSize() * 5);
            byte[] ct = ours.encrypt(key, iv, plain);
            assertArrayEquals(jdk.encrypt(key, iv, plain), ct, "attribute " + c[0] + "/" + c[1]);
            assertArrayEquals(plain, ours.decrypt(key, iv, ct));
        }
        assertTrue(Phase1Ciphers.INSTANCE.phase1Cipher(7, 100).isEmpty());
        assertTrue(Phase1Ciphers.INSTANCE.phase1Cipher(3, 0).isEmpty());
    }
}
