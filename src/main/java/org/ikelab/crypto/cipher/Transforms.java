package org.ikelab.crypto.cipher;

/**
 * The one door to keyed symmetric transforms (ARCHITECTURE decision 9): give it a catalogue
 * entry and key material, get an instance that works in place on byte arrays. JCE where the JDK
 * is fast (AES-CBC, AES-GCM, HMAC; also DES/3DES, which the JDK still ships), bouncycastle for
 * AES-GCM with an 8-byte ICV, which the JDK refuses, and for the GHASH of small GCM payloads
 * ({@link SmallGcm}, which spares them the garbage of a JCE init per packet).
 */
public final class Transforms {
    private Transforms() {
    }

    /** A CBC cipher (DES, 3DES, AES-CBC); the key is exactly {@link EncryptionAlgorithm#keyBytes()}. */
    public static CbcCipher cbc(EncryptionAlgorithm algorithm, byte[] key) {
        return CbcCipher.create(algorithm, key);
    }

    /** A GCM or GMAC instance; {@code keyMaterial} is key || 4-byte salt. */
    public static Aead aead(EncryptionAlgorithm algorithm, byte[] keyMaterial) {
        if (!algorithm.combinedMode()) throw new IllegalArgumentException(algorithm + " is not a combined mode");
        if (keyMaterial.length != algorithm.keyMaterialBytes()) {
            throw new IllegalArgumentException(algorithm + " needs " + algorithm.keyMaterialBytes()
                    + " bytes of key material (key + salt), got " + keyMaterial.length);
        }
        return algorithm.icvBytes() < 12 ? new BcGcm(algorithm, keyMaterial) : new JceGcm(algorithm, keyMaterial);
    }

    /** A truncated HMAC for ESP or AH. */
    public static Hmac integrity(IntegrityAlgorithm algorithm, byte[] key) {
        if (key.length != algorithm.keyBytes()) {
            throw new IllegalArgumentException(algorithm + " needs a " + algorithm.keyBytes() + "-byte key, got " + key.length);
        }
        return Hmac.create(algorithm, key);
    }
}
