package org.ikelab.crypto.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.modes.gcm.GCMMultiplier;
import org.bouncycastle.crypto.modes.gcm.Tables4kGCMMultiplier;

/**
 * AES-GCM (NIST SP 800-38D) for small payloads without allocating: the counter keystream comes
 * from a JCE "AES/ECB/NoPadding" cipher keyed once per SA (AES-NI), GHASH from bouncycastle's
 * 4 KB-table multiplier keyed once with H. The JCE's own GCM needs an {@code init} per packet,
 * which leaves about 1 KB of garbage. GHASH in Java costs about 30 ns per 16-byte block where
 * the JCE pays a fixed 250 ns or so for its init, so this is as fast for small payloads and far
 * slower for large ones ({@code GcmAlternativeJmhBench}, seal medians: 210 vs 250 ns at 48 bytes,
 * 241 vs 250 at 64, 280 vs 260 at 80, 390 vs 270 at 128, 3.5 us vs 0.4 at 1424). {@link JceGcm}
 * sends payloads up to {@link #MAX_PAYLOAD} bytes here: a 64-byte inner packet is one.
 *
 * <p>Nonce: salt || 8-byte explicit IV (RFC 4106 §4); J0 = nonce || 1, payload counters from 2.
 * One instance per SA direction; not thread-safe.
 */
final class SmallGcm {
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.nativeOrder());
    /** Largest payload handled here; larger ones go to the JCE. */
    static final int MAX_PAYLOAD = 80;
    private static final int MAX_BLOCKS = MAX_PAYLOAD / 16;

    private final Cipher ecb;
    private final GCMMultiplier ghash = new Tables4kGCMMultiplier();
    private final byte[] salt = new byte[4];
    private final int icv;
    private final byte[] counters = new byte[(MAX_BLOCKS + 1) * 16];
    private final byte[] stream = new byte[(MAX_BLOCKS + 1) * 16];
    private final byte[] x = new byte[16];

    SmallGcm(EncryptionAlgorithm algorithm, byte[] keyMaterial) {
        int k = algorithm.keyBytes();
        System.arraycopy(keyMaterial, k, salt, 0, 4);
        this.icv = algorithm.icvBytes();
        try {
            ecb = Cipher.getInstance("AES/ECB/NoPadding");
            ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyMaterial, 0, k, "AES"));
            byte[] h = new byte[16];
            ecb.update(h, 0, 16, h, 0);
            ghash.init(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JCE lacks AES/ECB", e);
        }
    }

    /** Same contract as {@link Aead#seal}, for {@code len <= MAX_PAYLOAD}. */
    void seal(byte[] aad, int aadOff, int aadLen, byte[] buf, int ivOff, int off, int len) {
        keystream(buf, ivOff, len);
        for (int i = 0; i < len; i++) buf[off + i] ^= stream[16 + i];
        tag(aad, aadOff, aadLen, buf, off, len);
        for (int i = 0; i < icv; i++) buf[off + len + i] = (byte) (x[i] ^ stream[i]);
    }

    /** Same contract as {@link Aead#open} (bounds already checked), for {@code len <= MAX_PAYLOAD}; a wrong ICV leaves buf as it was. */
    boolean open(byte[] aad, int aadOff, int aadLen, byte[] buf, int ivOff, int off, int len) {
        keystream(buf, ivOff, len);
        tag(aad, aadOff, aadLen, buf, off, len);
        int diff = 0;
        for (int i = 0; i < icv; i++) diff |= (x[i] ^ stream[i]) ^ buf[off + len + i];
        if (diff != 0) return false;
        for (int i = 0; i < len; i++) buf[off + i] ^= stream[16 + i];
        return true;
    }

    /** E(K, J0) into stream[0, 16), then the payload keystream E(K, nonce || 2), E(K, nonce || 3), ... */
    private void keystream(byte[] buf, int ivOff, int len) {
        int blocks = (len + 15) / 16 + 1;
        for (int b = 0; b < blocks; b++) {
            int p = b * 16;
            System.arraycopy(salt, 0, counters, p, 4);
            System.arraycopy(buf, ivOff, counters, p + 4, 8);
            counters[p + 12] = 0;
            counters[p + 13] = 0;
            counters[p + 14] = 0;
            counters[p + 15] = (byte) (b + 1);
        }
        try {
            ecb.update(counters, 0, blocks * 16, stream, 0);
        } catch (GeneralSecurityException e) {
            // Whole blocks into a large enough array: unreachable.
            throw new IllegalStateException("AES/ECB failed", e);
        }
    }

    /** x = GHASH_H(A || pad || C || pad || len(A) || len(C)), C at buf[off, off+len). */
    private void tag(byte[] aad, int aadOff, int aadLen, byte[] buf, int off, int len) {
        java.util.Arrays.fill(x, (byte) 0);
        absorb(aad, aadOff, aadLen);
        absorb(buf, off, len);
        long aBits = aadLen * 8L;
        long cBits = len * 8L;
        for (int i = 0; i < 8; i++) {
            x[i] ^= (byte) (aBits >>> (56 - 8 * i));
            x[8 + i] ^= (byte) (cBits >>> (56 - 8 * i));
        }
        ghash.multiplyH(x);
    }

    private void absorb(byte[] d, int off, int len) {
        int p = 0;
        for (; p + 16 <= len; p += 16) {
            // XOR is the same in any byte order, so native-order longs are fine.
            LONGS.set(x, 0, (long) LONGS.get(x, 0) ^ (long) LONGS.get(d, off + p));
            LONGS.set(x, 8, (long) LONGS.get(x, 8) ^ (long) LONGS.get(d, off + p + 8));
            ghash.multiplyH(x);
        }
        if (p < len) {
            for (int i = 0; i < len - p; i++) x[i] ^= d[off + p + i];
            ghash.multiplyH(x);
        }
    }
}
