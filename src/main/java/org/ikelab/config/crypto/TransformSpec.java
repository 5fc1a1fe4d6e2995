package org.ikelab.config.crypto;

/**
 * One transform of a set with its key size ({@code esp-aes 256}); {@code keyBits} is 0 for
 * transforms without a size and 128 for an AES/GCM/GMAC typed without one.
 */
public record TransformSpec(Transform transform, int keyBits) {
    public static TransformSpec of(Transform t) {
        return new TransformSpec(t, t.takesKeySize() ? 128 : 0);
    }

    public static TransformSpec of(Transform t, int keyBits) {
        return new TransformSpec(t, t.takesKeySize() ? keyBits : 0);
    }

    /** Text as in the config ({@code esp-aes}, {@code esp-aes 256}); 128 bit is the unsized form. */
    public String configText() {
        return transform.takesKeySize() && keyBits != 128 ? transform.keyword() + " " + keyBits : transform.keyword();
    }

    /**
     * Text in {@code show crypto ipsec sa/transform-set/map}: {@code esp-192-aes},
     * {@code esp-256-aes}, {@code esp-gcm 256}.
     */
    public String displayText() {
        if (transform == Transform.ESP_AES && keyBits != 128) return "esp-" + keyBits + "-aes";
        return configText();
    }
}
