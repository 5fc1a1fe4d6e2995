package org.ikelab.wire.isakmp;

/**
 * Phase-1 (ISAKMP SA) transform attribute types and values, RFC 2409 Appendix A, with AES from
 * RFC 3602 and the SHA-2 hashes and groups from the IANA registry. Names follow IOS debug output
 * ({@code encryption AES-CBC}, {@code hash SHA}, {@code auth pre-share}).
 */
public final class Phase1Attribute {
    public static final int ENCRYPTION = 1;
    public static final int HASH = 2;
    public static final int AUTH_METHOD = 3;
    public static final int GROUP_DESCRIPTION = 4;
    public static final int GROUP_TYPE = 5;
    public static final int LIFE_TYPE = 11;
    public static final int LIFE_DURATION = 12;
    public static final int PRF = 13;
    public static final int KEY_LENGTH = 14;

    public static final int ENCR_DES_CBC = 1;
    public static final int ENCR_3DES_CBC = 5;
    public static final int ENCR_AES_CBC = 7;

    public static final int HASH_MD5 = 1;
    public static final int HASH_SHA = 2;
    public static final int HASH_SHA2_256 = 4;
    public static final int HASH_SHA2_384 = 5;
    public static final int HASH_SHA2_512 = 6;

    public static final int AUTH_PRE_SHARED = 1;
    public static final int AUTH_DSS_SIG = 2;
    public static final int AUTH_RSA_SIG = 3;
    public static final int AUTH_RSA_ENC = 4;
    public static final int AUTH_RSA_REVISED_ENC = 5;

    public static final int LIFE_SECONDS = 1;
    public static final int LIFE_KILOBYTES = 2;

    /** The transform id of every phase-1 transform (RFC 2407 §4.4.2). */
    public static final int KEY_IKE = 1;

    private Phase1Attribute() {
    }

    public static String typeName(int type) {
        return switch (type) {
            case ENCRYPTION -> "encryption";
            case HASH -> "hash";
            case AUTH_METHOD -> "auth";
            case GROUP_DESCRIPTION -> "group";
            case GROUP_TYPE -> "group type";
            case LIFE_TYPE -> "life type";
            case LIFE_DURATION -> "life duration";
            case PRF -> "prf";
            case KEY_LENGTH -> "keylength";
            default -> "attribute " + type;
        };
    }

    public static String encryptionName(int v) {
        return switch (v) {
            case ENCR_DES_CBC -> "DES-CBC";
            case ENCR_3DES_CBC -> "3DES-CBC";
            case ENCR_AES_CBC -> "AES-CBC";
            default -> "encryption " + v;
        };
    }

    public static String hashName(int v) {
        return switch (v) {
            case HASH_MD5 -> "MD5";
            case HASH_SHA -> "SHA";
            case HASH_SHA2_256 -> "SHA256";
            case HASH_SHA2_384 -> "SHA384";
            case HASH_SHA2_512 -> "SHA512";
            default -> "hash " + v;
        };
    }

    public static String authName(int v) {
        return switch (v) {
            case AUTH_PRE_SHARED -> "pre-share";
            case AUTH_DSS_SIG -> "DSS sig";
            case AUTH_RSA_SIG -> "RSA sig";
            case AUTH_RSA_ENC -> "RSA encr";
            case AUTH_RSA_REVISED_ENC -> "RSA revised encr";
            default -> "auth " + v;
        };
    }
}
