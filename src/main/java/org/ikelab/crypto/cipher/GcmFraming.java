package org.ikelab.crypto.cipher;

/**
 * The ESP framing both GCM engines ({@link JceGcm}, {@link BcGcm}) share (RFC 4106 §3-4): the
 * 12-byte nonce is the 4-byte salt from the key material followed by the packet's 8-byte explicit
 * IV, and the bounds an {@code open} refuses before touching the buffers.
 */
final class GcmFraming {
    static final int EXPLICIT_IV = 8;

    private GcmFraming() {
    }

    /** Copies the explicit IV at {@code buf[ivOff, ivOff+8)} behind the salt in {@code nonce}. */
    static void loadIv(byte[] buf, int ivOff, byte[] nonce) {
        System.arraycopy(buf, ivOff, nonce, 4, EXPLICIT_IV);
    }

    /** True when the explicit IV, the payload with its {@code icv}-byte ICV and the AAD all lie inside their arrays. */
    static boolean inBounds(byte[] aad, int aadOff, int aadLen, byte[] buf, int ivOff, int off, int len, int icv) {
        return len >= 0 && off >= 0 && ivOff >= 0 && ivOff + EXPLICIT_IV <= buf.length && off + len + icv <= buf.length
                && aadOff >= 0 && aadLen >= 0 && aadOff + aadLen <= aad.length;
    }
}
