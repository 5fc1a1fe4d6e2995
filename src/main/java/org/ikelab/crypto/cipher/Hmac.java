package org.ikelab.crypto.cipher;

import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * A keyed HMAC (RFC 2104) truncated to the ICV length of its {@link IntegrityAlgorithm}
 * (RFC 2403/2404 96-bit, RFC 4868 half-length truncation). Incremental, because ESP with extended
 * sequence numbers and AH feed data that is not contiguous in the packet.
 *
 * <p>Built on {@link MessageDigest} rather than {@code javax.crypto.Mac}: the digests keep the
 * JDK's SHA intrinsics, and {@code digest(byte[], int, int)} writes into a reused array, whereas
 * {@code Mac.doFinal} allocates its result on every packet. Keyed pads are computed once; per
 * packet the inner and outer pad blocks are fed again, as the JDK's own HMAC does.
 */
public final class Hmac {
    private final IntegrityAlgorithm algorithm;
    private final MessageDigest inner;
    private final MessageDigest outer;
    private final byte[] ipad;
    private final byte[] opad;
    private final byte[] full;
    private final int icv;
    private boolean started;

    private Hmac(IntegrityAlgorithm algorithm, byte[] key) {
        if (algorithm == IntegrityAlgorithm.NONE) throw new IllegalArgumentException("NONE has no HMAC");
        if (key.length == 0) throw new IllegalArgumentException("empty HMAC key");
        this.algorithm = algorithm;
        String digest = algorithm.digestName();
        try {
            this.inner = MessageDigest.getInstance(digest);
            this.outer = MessageDigest.getInstance(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks " + digest, e);
        }
        int block = algorithm.blockBytes();
        // RFC 2104 §2: keys longer than the block are hashed first, shorter ones zero-padded.
        byte[] k = key.length > block ? inner.digest(key) : key;
        this.ipad = new byte[block];
        this.opad = new byte[block];
        for (int i = 0; i < block; i++) {
            byte b = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (b ^ 0x36);
            opad[i] = (byte) (b ^ 0x5c);
        }
        this.full = new byte[inner.getDigestLength()];
        this.icv = algorithm.icvBytes();
    }

    /**
     * A keyed HMAC with a key of any length (RFC 2104). ESP and AH keys are exactly
     * {@link IntegrityAlgorithm#keyBytes()} long; {@link Transforms#integrity} enforces that.
     */
    public static Hmac create(IntegrityAlgorithm algorithm, byte[] key) {
        return new Hmac(algorithm, key);
    }

    public IntegrityAlgorithm algorithm() {
        return algorithm;
    }

    public int icvBytes() {
        return icv;
    }

    public void update(byte[] b, int off, int len) {
        start();
        inner.update(b, off, len);
    }

    /** Writes the truncated ICV to {@code out[outOff, outOff+icvBytes())} and resets. */
    public void finish(byte[] out, int outOff) {
        digest();
        System.arraycopy(full, 0, out, outOff, icv);
    }

    /** Compares the truncated ICV with {@code icvIn[off, ...)} in constant time, and resets. */
    public boolean finishAndVerify(byte[] icvIn, int off) {
        digest();
        if (off < 0 || off + icv > icvIn.length) return false;
        int diff = 0;
        for (int i = 0; i < icv; i++) diff |= full[i] ^ icvIn[off + i];
        return diff == 0;
    }

    /** Discards data fed so far. */
    public void reset() {
        inner.reset();
        started = false;
    }

    private void start() {
        if (!started) {
            inner.update(ipad);
            started = true;
        }
    }

    private void digest() {
        start();
        try {
            inner.digest(full, 0, full.length);
            outer.update(opad);
            outer.update(full);
            outer.digest(full, 0, full.length);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
        started = false;
    }
}
