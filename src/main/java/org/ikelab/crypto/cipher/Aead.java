package org.ikelab.crypto.cipher;

/**
 * A keyed combined-mode ESP transform: AES-GCM (RFC 4106) or AES-GMAC (RFC 4543). The key
 * material is the AES key followed by a 4-byte salt; the 12-byte nonce is salt || the 8-byte
 * explicit IV carried in the packet (RFC 4106 §4).
 *
 * <p>The AAD comes from the caller's array (ESP: SPI and sequence number, with the ESN high half
 * in the middle when extended sequence numbers are used, RFC 4106 §5), so it need not be
 * contiguous with the packet. For GMAC the explicit IV and the payload are authenticated as
 * well and nothing is encrypted (RFC 4543 §3.3).
 *
 * <p>One instance per SA direction; not thread-safe.
 */
public interface Aead {
    EncryptionAlgorithm algorithm();

    /** ICV length appended after the payload. */
    default int icvBytes() {
        return algorithm().icvBytes();
    }

    /**
     * Protects {@code buf[off, off+len)} in place and writes the ICV to
     * {@code buf[off+len, off+len+icvBytes())}; the explicit IV is {@code buf[ivOff, ivOff+8)}.
     */
    void seal(byte[] aad, int aadOff, int aadLen, byte[] buf, int ivOff, int off, int len);

    /**
     * Verifies the ICV at {@code buf[off+len, ...)} and decrypts {@code buf[off, off+len)} in place.
     * Returns false on a wrong ICV or impossible bounds; then the payload bytes are unspecified.
     */
    boolean open(byte[] aad, int aadOff, int aadLen, byte[] buf, int ivOff, int off, int len);
}
