package org.ikelab.crypto.ikev1;

import java.util.Optional;

/**
 * Supplies the phase-1 CBC cipher for a negotiated encryption algorithm (the RFC 2409
 * Appendix A attribute value: 1 DES-CBC, 5 3DES-CBC, 7 AES-CBC) and key length in bits (0 when
 * the algorithm has a fixed key). Empty when the algorithm is not available.
 */
@FunctionalInterface
public interface Ikev1CipherProvider {
    Optional<Ikev1Cipher> phase1Cipher(int encryptionAlgorithm, int keyLengthBits);
}
