package org.ikelab.crypto.ikev1;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Test-only {@link Ikev1Cipher} on the JDK's CBC ciphers (production uses crypto.cipher). */
public record JdkCbcCipher(String algorithm, int blockSize, int keyLength) implements Ikev1Cipher {
    /** Phase-1 ciphers for engine tests: DES, 3DES and AES-CBC by RFC 2409 attribute value. */
    public static Ikev1CipherProvider provider() {
        return (alg, bits) -> switch (alg) {
            case 1 -> java.util.Optional.of(new JdkCbcCipher("DES", 8, 8));
            case 5 -> java.util.Optional.of(tripleDes());
            case 7 -> bits == 128 || bits == 192 || bits == 256
                    ? java.util.Optional.of(aes(bits / 8)) : java.util.Optional.empty();
            default -> java.util.Optional.empty();
        };
    }

    public static JdkCbcCipher aes(int keyLength) {
        return new JdkCbcCipher("AES", 16, keyLength);
    }

    public static JdkCbcCipher tripleDes() {
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
