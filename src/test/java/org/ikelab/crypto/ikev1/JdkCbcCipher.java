package org.ikelab.crypto.ikev1;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Test-only {@link Ikev1Cipher} on the JDK's CBC ciphers (production uses crypto.cipher). */
record JdkCbcCipher(String algorithm, int blockSize, int keyLength) implements Ikev1Cipher {
    static JdkCbcCipher aes(int keyLength) {
        return new JdkCbcCipher("AES", 16, keyLength);
    }

    static JdkCbcCipher tripleDes() {
        return new JdkCbcCipher("DESede", 8, 24);
    }

    @Override
    public byte[] encrypt(byte[] key, byte[] iv, byte[] plaintext) {
        return run(Cipher.ENCRYPT_MODE, key, iv, plaintext);
    }

    @Override
    public byte[] decrypt(byte[] key, byte[] iv, byte[] ciphertext) {
        return run(Cipher.DECRYPT_MODE, key, iv, ciphertext);
    }

    private byte[] run(int mode, byte[] key, byte[] iv, byte[] in) {
        try {
            Cipher c = Cipher.getInstance(algorithm + "/CBC/NoPadding");
            c.init(mode, new SecretKeySpec(key, algorithm), new IvParameterSpec(iv));
            return c.doFinal(in);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
