package org.ikelab.config.crypto;

/** Phase-1 ciphers of {@code encryption} in {@code (config-isakmp)}. */
public enum IsakmpEncryption {
    DES("des", 0, "DES - Data Encryption Standard (56 bit keys)."),
    TRIPLE_DES("3des", 0, "Three key triple DES"),
    AES_128("aes", 128, "AES - Advanced Encryption Standard (128 bit keys)."),
    AES_192("aes 192", 192, "AES - Advanced Encryption Standard (192 bit keys)."),
    AES_256("aes 256", 256, "AES - Advanced Encryption Standard (256 bit keys).");

    private final String nvgen;
    private final int keyBits;
    private final String showText;

    IsakmpEncryption(String nvgen, int keyBits, String showText) {
        this.nvgen = nvgen;
        this.keyBits = keyBits;
        this.showText = showText;
    }

    /** Text after {@code encr} in running-config. */
    public String nvgen() {
        return nvgen;
    }

    /** AES key length in bits, 0 for DES/3DES (fixed key size). */
    public int keyBits() {
        return keyBits;
    }

    public String showText() {
        return showText;
    }

    /** {@code aes} with an optional key size keyword; {@code aes} alone is 128 bit. */
    public static IsakmpEncryption aes(int bits) {
        return switch (bits) {
            case 192 -> AES_192;
            case 256 -> AES_256;
            default -> AES_128;
        };
    }
}
