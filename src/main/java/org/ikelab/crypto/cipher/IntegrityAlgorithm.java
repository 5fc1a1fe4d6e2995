package org.ikelab.crypto.cipher;

/**
 * Integrity transforms for ESP and AH: HMACs truncated to the ICV length (RFC 2403, RFC 2404,
 * RFC 4868). {@code ikev2Id} is the IKEv2 "Transform Type 3" number, {@code ikev1AuthAttr} the
 * IKEv1 "Authentication Algorithm" SA attribute value (RFC 2407 §4.5) and {@code ikev1AhId} the
 * IKEv1 AH transform id (RFC 2407 §4.4.3, RFC 4868 §7).
 */
public enum IntegrityAlgorithm {
    NONE(0, 0, 0, null, null, "NULL", null, 0, 0),
    HMAC_MD5_96(1, 1, 2, "esp-md5-hmac", "ah-md5-hmac", "HMAC-MD5-96 [RFC2403]", "MD5", 16, 12),
    HMAC_SHA1_96(2, 2, 3, "esp-sha-hmac", "ah-sha-hmac", "HMAC-SHA-1-96 [RFC2404]", "SHA-1", 20, 12),
    HMAC_SHA2_256_128(12, 5, 5, "esp-sha256-hmac", "ah-sha256-hmac", "HMAC-SHA-256-128 [RFC4868]", "SHA-256", 32, 16),
    HMAC_SHA2_384_192(13, 6, 6, "esp-sha384-hmac", "ah-sha384-hmac", "HMAC-SHA-384-192 [RFC4868]", "SHA-384", 48, 24),
    HMAC_SHA2_512_256(14, 7, 7, "esp-sha512-hmac", "ah-sha512-hmac", "HMAC-SHA-512-256 [RFC4868]", "SHA-512", 64, 32);

    private final int ikev2Id;
    private final int ikev1AuthAttr;
    private final int ikev1AhId;
    private final String iosEspName;
    private final String iosAhName;
    private final String wiresharkName;
    private final String digestName;
    private final int keyBytes;
    private final int icvBytes;

    IntegrityAlgorithm(int ikev2Id, int ikev1AuthAttr, int ikev1AhId, String iosEspName, String iosAhName,
                       String wiresharkName, String digestName, int keyBytes, int icvBytes) {
        this.ikev2Id = ikev2Id;
        this.ikev1AuthAttr = ikev1AuthAttr;
        this.ikev1AhId = ikev1AhId;
        this.iosEspName = iosEspName;
        this.iosAhName = iosAhName;
        this.wiresharkName = wiresharkName;
        this.digestName = digestName;
        this.keyBytes = keyBytes;
        this.icvBytes = icvBytes;
    }

    public int ikev2Id() { return ikev2Id; }

    public int ikev1AuthAttr() { return ikev1AuthAttr; }

    public int ikev1AhId() { return ikev1AhId; }

    /** IOS ESP authentication transform name ({@code esp-sha-hmac}), null for NONE. */
    public String iosEspName() { return iosEspName; }

    /** IOS AH transform name ({@code ah-sha-hmac}), null for NONE. */
    public String iosAhName() { return iosAhName; }

    /** The authentication algorithm string of Wireshark's {@code esp_sa} user table. */
    public String wiresharkName() { return wiresharkName; }

    /** JDK MessageDigest name of the underlying hash (package-private: only the crypto layer talks JCE). */
    String digestName() { return digestName; }

    /** HMAC block size of the hash (RFC 2104 B): 64 bytes, 128 for SHA-384/512. */
    int blockBytes() {
        return this == HMAC_SHA2_384_192 || this == HMAC_SHA2_512_256 ? 128 : 64;
    }

    /** Key length: the hash output length, as RFC 2403/2404/4868 specify. */
    public int keyBytes() { return keyBytes; }

    /** Truncated ICV length carried in the packet. */
    public int icvBytes() { return icvBytes; }

    public static IntegrityAlgorithm byIkev2(int id) {
        for (IntegrityAlgorithm a : values()) if (a != NONE && a.ikev2Id == id) return a;
        return null;
    }

    public static IntegrityAlgorithm byIkev1AuthAttr(int attr) {
        for (IntegrityAlgorithm a : values()) if (a != NONE && a.ikev1AuthAttr == attr) return a;
        return null;
    }

    public static IntegrityAlgorithm byIkev1Ah(int id) {
        for (IntegrityAlgorithm a : values()) if (a != NONE && a.ikev1AhId == id) return a;
        return null;
    }

    /** By IOS name, ESP ({@code esp-sha-hmac}) or AH ({@code ah-sha-hmac}) form, or null. */
    public static IntegrityAlgorithm byIosName(String name) {
        for (IntegrityAlgorithm a : values()) {
            if (a != NONE && (name.equals(a.iosEspName) || name.equals(a.iosAhName))) return a;
        }
        return null;
    }
}
