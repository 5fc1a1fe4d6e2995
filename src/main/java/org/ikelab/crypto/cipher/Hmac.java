package org.ikelab.crypto.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed HMAC truncated to the ICV length of its {@link IntegrityAlgorithm} (RFC 2104 with
 * RFC 2403/2404 96-bit and RFC 4868 half-length truncation). Incremental, because ESP with
 * extended sequence numbers and AH feed data that is not contiguous in the packet. The full
 * digest goes to a reused scratch array; nothing is allocated per packet.
 */
public final class Hmac {
    private final IntegrityAlgorithm algorithm;
    private final Mac mac;
    private final byte[] full;
    private final int icv;

    private Hmac(IntegrityAlgorithm algorithm, byte[] key) {
        if (algorithm == IntegrityAlgorithm.NONE) throw new IllegalArgumentException("NONE has no HMAC");
        if (key.length == 0) throw new IllegalArgumentException("empty HMAC key");
        this.algorithm = algorithm;
        try {
            this.mac = Mac.getInstance(algorithm.jceName());
            mac.init(new SecretKeySpec(key, algorithm.jceName()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JCE lacks " + algorithm.jceName(), e);
        }
        this.full = new byte[mac.getMacLength()];
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
        mac.update(b, off, len);
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
        mac.reset();
    }

    private void digest() {
        try {
            mac.doFinal(full, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException(e);
        }
    }
}
