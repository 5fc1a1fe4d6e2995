package org.ikelab.crypto.ikev1;

import java.util.Arrays;
import java.util.Optional;
import org.ikelab.crypto.cipher.CbcCipher;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;

/**
 * The production {@link Ikev1CipherProvider}: phase-1 CBC ciphers from {@code crypto.cipher}
 * (the same classes ESP uses), chosen by the RFC 2409 Appendix A encryption attribute.
 */
public final class Phase1Ciphers implements Ikev1CipherProvider {
    /** RFC 2409 Appendix A encryption algorithm values. */
    public static final int DES_CBC = 1, TRIPLE_DES_CBC = 5, AES_CBC = 7;

    public static final Phase1Ciphers INSTANCE = new Phase1Ciphers();

    private Phase1Ciphers() {
    }

    @Override
    public Optional<Ikev1Cipher> phase1Cipher(int encryptionAlgorithm, int keyLengthBits) {
        EncryptionAlgorithm alg = switch (encryptionAlgorithm) {
            case DES_CBC -> EncryptionAlgorithm.DES_CBC;
            case TRIPLE_DES_CBC -> EncryptionAlgorithm.TRIPLE_DES_CBC;
            case AES_CBC -> switch (keyLengthBits) {
                case 128 -> EncryptionAlgorithm.AES_CBC_128;
                case 192 -> EncryptionAlgorithm.AES_CBC_192;
                case 256 -> EncryptionAlgorithm.AES_CBC_256;
                default -> null;
            };
            default -> null;
        };
        return alg == null ? Optional.empty() : Optional.of(new Cbc(alg));
    }

    /**
     * One per ISAKMP SA ({@link #phase1Cipher} is asked once per SA), so confined to its router's
     * thread. The keyed JCE cipher is made on first use and kept while the key stays the same:
     * looking up and keying a JCE cipher per message (two {@code Cipher.getInstance} calls) cost
     * about a tenth of a whole main + quick mode setup.
     */
    private static final class Cbc implements Ikev1Cipher {
        private final EncryptionAlgorithm alg;
        private byte[] cachedKey;
        private CbcCipher cached;

        Cbc(EncryptionAlgorithm alg) {
            this.alg = alg;
        }

        @Override public int blockSize() { return alg.blockBytes(); }
        @Override public int keyLength() { return alg.keyBytes(); }

        private CbcCipher keyed(byte[] key) {
            if (cached == null || !Arrays.equals(cachedKey, key)) {
                cached = CbcCipher.create(alg, key);
                cachedKey = key.clone();
            }
            return cached;
        }

        @Override
        public byte[] encrypt(byte[] key, byte[] iv, byte[] plaintext) {
            byte[] out = plaintext.clone();
            keyed(key).encrypt(iv, 0, out, 0, out.length);
            return out;
        }

        @Override
        public byte[] decrypt(byte[] key, byte[] iv, byte[] ciphertext) {
            byte[] out = ciphertext.clone();
            // Ikev1Crypter checks lengths from the wire before calling, so this cannot fail here.
            keyed(key).decrypt(iv, 0, out, 0, out.length);
            return out;
        }
    }
}
