package org.ikelab.crypto.prf;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The HMAC PRFs IKE negotiates, untruncated, with their numbers in both protocols: the IKEv1
 * phase-1 "hash algorithm" attribute (RFC 2409 Appendix A; IKEv1 uses HMAC of that hash as its
 * PRF) and the IKEv2 PRF transform id (RFC 7296 §3.3.2, RFC 4868). Each also exposes its plain
 * hash, which IKEv1 needs for the phase-1 and phase-2 IVs.
 */
public enum PrfAlgorithm {
    HMAC_MD5(1, 1, "HmacMD5", "MD5", 16, 64, "md5"),
    HMAC_SHA1(2, 2, "HmacSHA1", "SHA-1", 20, 64, "sha"),
    HMAC_SHA2_256(4, 5, "HmacSHA256", "SHA-256", 32, 64, "sha256"),
    HMAC_SHA2_384(5, 6, "HmacSHA384", "SHA-384", 48, 128, "sha384"),
    HMAC_SHA2_512(6, 7, "HmacSHA512", "SHA-512", 64, 128, "sha512");

    private final int ikev1HashId;
    private final int ikev2PrfId;
    private final String jceMac;
    private final String jceDigest;
    private final int outputLength;
    private final int blockLength;
    private final String iosName;

    PrfAlgorithm(int ikev1HashId, int ikev2PrfId, String jceMac, String jceDigest, int outputLength,
            int blockLength, String iosName) {
        this.ikev1HashId = ikev1HashId;
        this.ikev2PrfId = ikev2PrfId;
        this.jceMac = jceMac;
        this.jceDigest = jceDigest;
        this.outputLength = outputLength;
        this.blockLength = blockLength;
        this.iosName = iosName;
    }

    /** IKEv1 phase-1 Hash Algorithm attribute value (1 MD5, 2 SHA, 4 SHA2-256, 5 SHA2-384, 6 SHA2-512). */
    public int ikev1HashId() { return ikev1HashId; }

    /** IKEv2 PRF transform id (1 MD5, 2 SHA1, 5/6/7 SHA2-256/384/512). */
    public int ikev2PrfId() { return ikev2PrfId; }

    /** Output length in bytes. */
    public int outputLength() { return outputLength; }

    /** The hash's block length in bytes (the HMAC key padding length). */
    public int blockLength() { return blockLength; }

    /** The IOS keyword for the hash in {@code crypto isakmp policy} ({@code md5}, {@code sha}, {@code sha256}, ...). */
    public String iosName() { return iosName; }

    String jceMac() { return jceMac; }

    /** A PRF keyed with {@code key} (any length, including empty). */
    public Prf keyed(byte[] key) {
        return new Prf(this, key);
    }

    /** One-shot: prf(key, parts[0] | parts[1] | ...). */
    public byte[] compute(byte[] key, byte[]... parts) {
        return keyed(key).compute(parts);
    }

    /** The plain hash of the concatenated parts. */
    public byte[] hash(byte[]... parts) {
        MessageDigest md = digest();
        for (byte[] p : parts) md.update(p);
        return md.digest();
    }

    private MessageDigest digest() {
        try {
            return MessageDigest.getInstance(jceDigest);
        } catch (NoSuchAlgorithmException e) {
            // Every JDK must provide MD5, SHA-1 and SHA-2; missing one is a broken runtime.
            throw new IllegalStateException(jceDigest + " missing from the JDK", e);
        }
    }

    public static Optional<PrfAlgorithm> byIkev1HashId(int id) {
        for (PrfAlgorithm a : values()) if (a.ikev1HashId == id) return Optional.of(a);
        return Optional.empty();
    }

    public static Optional<PrfAlgorithm> byIkev2PrfId(int id) {
        for (PrfAlgorithm a : values()) if (a.ikev2PrfId == id) return Optional.of(a);
        return Optional.empty();
    }
}
