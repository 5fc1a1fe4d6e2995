package org.ikelab.config.crypto;

import org.ikelab.crypto.rsa.RsaKeyMaterial;

/**
 * A key pair made by {@code crypto key generate rsa}. IOS keeps keys out of running-config, in
 * the private part of NVRAM (see {@link RsaKeyStore}); they are router state, not configuration.
 *
 * @param general     the general-purpose key, or the signature key of a usage-keys pair
 * @param encryption  the encryption key of a usage-keys pair, null for general keys
 * @param generatedMillis wall-clock time of generation ({@code % Key pair was generated at:})
 */
public record RsaKeyPair(String label, boolean exportable, long generatedMillis, RsaKeyMaterial general,
        RsaKeyMaterial encryption) {
    public static final int MIN_MODULUS = 360;
    public static final int MAX_MODULUS = 4096;
    public static final int DEFAULT_MODULUS = 512;

    public boolean usageKeys() {
        return encryption != null;
    }

    public int modulusBits() {
        return general.modulusBits();
    }
}
