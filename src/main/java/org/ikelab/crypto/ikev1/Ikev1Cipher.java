package org.ikelab.crypto.ikev1;

/**
 * The CBC block cipher that protects IKEv1 messages after the key exchange (DES, 3DES, AES).
 * A tiny port of its own so that phase-1 code does not depend on how the cipher is provided;
 * the implementation comes from {@code org.ikelab.crypto.cipher}. Inputs are always a whole
 * number of blocks; {@link Ikev1Crypter} checks lengths from the wire before calling.
 */
public interface Ikev1Cipher {
    int blockSize();

    /** The key length in bytes the cipher expects (e.g. 24 for 3DES, 16/24/32 for AES). */
    int keyLength();

    byte[] encrypt(byte[] key, byte[] iv, byte[] plaintext);

    byte[] decrypt(byte[] key, byte[] iv, byte[] ciphertext);
}
