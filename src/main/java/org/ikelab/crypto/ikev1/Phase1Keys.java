package org.ikelab.crypto.ikev1;

/**
 * The keys of one IKEv1 phase-1 SA (RFC 2409 §5): SKEYID and its three children, the phase-1
 * encryption key expanded to the cipher's key length (Appendix B), and the initial phase-1 IV.
 * Arrays are owned by this record; callers must not modify them.
 */
public record Phase1Keys(byte[] skeyid, byte[] skeyidD, byte[] skeyidA, byte[] skeyidE, byte[] encryptionKey,
        byte[] initialIv) {
}
