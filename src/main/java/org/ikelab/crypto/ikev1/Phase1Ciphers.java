package org.ikelab.crypto.ikev1;

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

    /** Stateless per call: phase-1 messages are few, so a fresh keyed cipher each time is cheap enough. */
    private record Cbc(EncryptionAlgorithm alg) implements Ikev1Cipher {
        @Override public int blockSize() { return alg.blockBytes(); }
        @Override public int keyLength() { return alg.keyBytes(); }

        @Override
        public byte[] encrypt(byte[] key, byte[] iv, byte[] plaintext) {
            byte[] out = plaintext.clone();
            CbcCipher.create(alg, key).encrypt(iv, 0, out, 0, out.length);
            return out;
        }

        @Override
        public byte[] decrypt(byte[] key, byte[] iv, byte[] ciphertext) {
            byte[] out = ciphertext.clone();
            // Ikev1Crypter checks lengths from the wire before calling, so this cannot fail here.
            CbcCipher.create(alg, key).decrypt(iv, 0, out, 0, out.length);
            return out;
        }
    }
}
