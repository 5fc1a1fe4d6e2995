package org.ikelab.crypto.cipher;

/**
 * The ESP encryption transforms ikelab speaks, with their IANA numbers and the names IOS and
 * Wireshark use for them (ARCHITECTURE decision 9: the control plane chooses by id, the data
 * plane gets a keyed instance from {@link Transforms}).
 *
 * <p>{@code ikev2Id} is the IKEv2 "Transform Type 1 - Encryption Algorithm" number (RFC 7296
 * §3.3.2, IANA registry), {@code ikev1EspId} the IKEv1 IPsec DOI ESP transform id (RFC 2407
 * §4.4.4); they coincide for every algorithm here except GMAC (IKEv1 23, IKEv2 21, RFC 4543 §9).
 * AES-CBC is one IANA id with a key-length attribute; the catalogue lists one constant per key
 * size because IOS treats them as different transforms ({@code esp-aes} vs {@code esp-256-aes}).
 *
 * <p>{@code keyMaterialBytes} is what the key derivation must produce: for the RFC 4106/4543
 * modes it is the AES key followed by the 4-byte salt. {@code blockBytes} is the alignment the
 * ESP padding must reach (4 for the stream-like GCM/GMAC/NULL, RFC 4303 §2.4).
 */
public enum EncryptionAlgorithm {
    DES_CBC(2, 2, "esp-des", "esp-des", "DES-CBC [RFC2405]", 8, 0, 8, 8, 0, Kind.CBC),
    TRIPLE_DES_CBC(3, 3, "esp-3des", "esp-3des", "TripleDES-CBC [RFC2451]", 24, 0, 8, 8, 0, Kind.CBC),
    NULL(11, 11, "esp-null", "esp-null", "NULL", 0, 0, 0, 4, 0, Kind.NULL),
    AES_CBC_128(12, 12, "esp-aes", "esp-aes", "AES-CBC [RFC3602]", 16, 0, 16, 16, 0, Kind.CBC),
    AES_CBC_192(12, 12, "esp-aes 192", "esp-192-aes", "AES-CBC [RFC3602]", 24, 0, 16, 16, 0, Kind.CBC),
    AES_CBC_256(12, 12, "esp-aes 256", "esp-256-aes", "AES-CBC [RFC3602]", 32, 0, 16, 16, 0, Kind.CBC),
    AES_GCM_16_128(20, 20, "esp-gcm", "esp-gcm", "AES-GCM with 16 octet ICV [RFC4106]", 16, 4, 8, 4, 16, Kind.AEAD),
    AES_GCM_16_192(20, 20, "esp-gcm 192", "esp-gcm 192", "AES-GCM with 16 octet ICV [RFC4106]", 24, 4, 8, 4, 16, Kind.AEAD),
    AES_GCM_16_256(20, 20, "esp-gcm 256", "esp-gcm 256", "AES-GCM with 16 octet ICV [RFC4106]", 32, 4, 8, 4, 16, Kind.AEAD),
    // IOS offers only the 16-octet ICV; the shorter ICVs exist for IKE peers that propose them.
    AES_GCM_12_128(19, 19, null, null, "AES-GCM with 12 octet ICV [RFC4106]", 16, 4, 8, 4, 12, Kind.AEAD),
    AES_GCM_12_192(19, 19, null, null, "AES-GCM with 12 octet ICV [RFC4106]", 24, 4, 8, 4, 12, Kind.AEAD),
    AES_GCM_12_256(19, 19, null, null, "AES-GCM with 12 octet ICV [RFC4106]", 32, 4, 8, 4, 12, Kind.AEAD),
    AES_GCM_8_128(18, 18, null, null, "AES-GCM with 8 octet ICV [RFC4106]", 16, 4, 8, 4, 8, Kind.AEAD),
    AES_GCM_8_192(18, 18, null, null, "AES-GCM with 8 octet ICV [RFC4106]", 24, 4, 8, 4, 8, Kind.AEAD),
    AES_GCM_8_256(18, 18, null, null, "AES-GCM with 8 octet ICV [RFC4106]", 32, 4, 8, 4, 8, Kind.AEAD),
    AES_GMAC_128(21, 23, "esp-gmac", "esp-gmac", null, 16, 4, 8, 4, 16, Kind.GMAC),
    AES_GMAC_192(21, 23, "esp-gmac 192", "esp-gmac 192", null, 24, 4, 8, 4, 16, Kind.GMAC),
    AES_GMAC_256(21, 23, "esp-gmac 256", "esp-gmac 256", null, 32, 4, 8, 4, 16, Kind.GMAC);

    /** How the transform protects the payload; decides which keyed class {@link Transforms} builds. */
    public enum Kind {
        /** A block cipher in CBC mode with an explicit IV; needs a separate integrity transform. */
        CBC,
        /** No confidentiality at all (RFC 2410); needs a separate integrity transform. */
        NULL,
        /** Combined mode: encrypts and authenticates (RFC 4106). */
        AEAD,
        /** Combined mode that authenticates only (RFC 4543); the payload stays in clear. */
        GMAC
    }

    private final int ikev2Id;
    private final int ikev1EspId;
    private final String iosConfigName;
    private final String iosDisplayName;
    private final String wiresharkName;
    private final int keyBytes;
    private final int saltBytes;
    private final int ivBytes;
    private final int blockBytes;
    private final int icvBytes;
    private final Kind kind;

    EncryptionAlgorithm(int ikev2Id, int ikev1EspId, String iosConfigName, String iosDisplayName,
                        String wiresharkName, int keyBytes, int saltBytes, int ivBytes, int blockBytes,
                        int icvBytes, Kind kind) {
        this.ikev2Id = ikev2Id;
        this.ikev1EspId = ikev1EspId;
        this.iosConfigName = iosConfigName;
        this.iosDisplayName = iosDisplayName;
        this.wiresharkName = wiresharkName;
        this.keyBytes = keyBytes;
        this.saltBytes = saltBytes;
        this.ivBytes = ivBytes;
        this.blockBytes = blockBytes;
        this.icvBytes = icvBytes;
        this.kind = kind;
    }

    /** IKEv2 ENCR transform id (RFC 7296 / IANA "Transform Type 1"). */
    public int ikev2Id() { return ikev2Id; }

    /** IKEv1 IPsec DOI ESP transform id (RFC 2407 §4.4.4, RFC 4106 §8, RFC 4543 §9). */
    public int ikev1EspId() { return ikev1EspId; }

    /** Key length attribute in bits as negotiated (0 for the fixed-size DES, 3DES and NULL). */
    public int keyLengthAttributeBits() {
        return switch (this) {
            case DES_CBC, TRIPLE_DES_CBC, NULL -> 0;
            default -> keyBytes * 8;
        };
    }

    /** The transform as typed in {@code crypto ipsec transform-set} (e.g. {@code esp-aes 256}); null if IOS has none. */
    public String iosConfigName() { return iosConfigName; }

    /** The transform as {@code show crypto ipsec sa} prints it (e.g. {@code esp-256-aes}); null if IOS has none. */
    public String iosDisplayName() { return iosDisplayName; }

    /**
     * The encryption algorithm string of Wireshark's {@code esp_sa} user table, or null where
     * Wireshark (4.0) cannot decode the transform (GMAC): a key-log line with an unknown name
     * would make Wireshark reject the whole table.
     */
    public String wiresharkName() { return wiresharkName; }

    /** Cipher key length in bytes, without salt. */
    public int keyBytes() { return keyBytes; }

    /** Salt taken from the end of the key material (RFC 4106 §8.1), 0 when none. */
    public int saltBytes() { return saltBytes; }

    /** Key material the key derivation must provide: key then salt. */
    public int keyMaterialBytes() { return keyBytes + saltBytes; }

    /** Explicit IV carried in each ESP packet. */
    public int ivBytes() { return ivBytes; }

    /** Alignment of payload + padding + 2 trailer bytes (at least 4, RFC 4303 §2.4). */
    public int blockBytes() { return blockBytes; }

    /** ICV produced by the combined mode itself (0 for CBC and NULL). */
    public int icvBytes() { return icvBytes; }

    public Kind kind() { return kind; }

    /** True for the combined modes, which must not be paired with an integrity transform. */
    public boolean combinedMode() { return kind == Kind.AEAD || kind == Kind.GMAC; }

    /** True if the transform hides the payload (everything but NULL and GMAC). */
    public boolean encrypts() { return kind == Kind.CBC || kind == Kind.AEAD; }

    /** Looks a transform up by its IKEv2 id and key length in bits (0 where none applies). */
    public static EncryptionAlgorithm byIkev2(int id, int keyBits) {
        for (EncryptionAlgorithm a : values()) {
            if (a.ikev2Id == id && (a.keyLengthAttributeBits() == keyBits || (keyBits == 0 && a.keyLengthAttributeBits() == 0))) return a;
        }
        return null;
    }

    /** Looks a transform up by its IKEv1 ESP transform id and key length in bits (0 where none applies). */
    public static EncryptionAlgorithm byIkev1Esp(int id, int keyBits) {
        for (EncryptionAlgorithm a : values()) {
            if (a.ikev1EspId == id && a.keyLengthAttributeBits() == keyBits) return a;
        }
        return null;
    }

    /** Looks a transform up by its IOS config or display name, or null. */
    public static EncryptionAlgorithm byIosName(String name) {
        for (EncryptionAlgorithm a : values()) {
            if (name.equals(a.iosConfigName) || name.equals(a.iosDisplayName)) return a;
        }
        if ("esp-aes 128".equals(name)) return AES_CBC_128;
        if ("esp-gcm 128".equals(name)) return AES_GCM_16_128;
        if ("esp-gmac 128".equals(name)) return AES_GMAC_128;
        return null;
    }
}
