package org.ikelab.crypto.prf;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed HMAC PRF. Not thread-safe: it wraps one JCE {@link Mac}, which suits the one-thread-per-
 * router model (a PRF lives inside one SA's key derivation).
 */
public final class Prf {
    private final PrfAlgorithm algorithm;
    private final Mac mac;

    Prf(PrfAlgorithm algorithm, byte[] key) {
        this.algorithm = algorithm;
        // JCE refuses empty keys, but HMAC zero-pads short keys to the block length, so an empty
        // key and an all-zero block-length key give the same MAC (RFC 2104 §2).
        byte[] k = key.length == 0 ? new byte[algorithm.blockLength()] : key;
        try {
            this.mac = Mac.getInstance(algorithm.jceMac());
            this.mac.init(new SecretKeySpec(k, algorithm.jceMac()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.jceMac() + " unavailable in the JDK", e);
        }
    }

    public PrfAlgorithm algorithm() {
        return algorithm;
    }

    public int outputLength() {
        return algorithm.outputLength();
    }

    /** prf(key, parts[0] | parts[1] | ...). */
    public byte[] compute(byte[]... parts) {
        for (byte[] p : parts) mac.update(p);
        return mac.doFinal();
    }
}
