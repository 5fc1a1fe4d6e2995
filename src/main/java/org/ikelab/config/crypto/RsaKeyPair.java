package org.ikelab.config.crypto;

/**
 * The record of a {@code crypto key generate rsa} request: which key pair should exist. The key
 * material itself is generated and held by the crypto layer; the configuration only names it
 * (IOS keeps keys out of running-config too).
 */
public record RsaKeyPair(String label, int modulusBits, boolean usageKeys, boolean exportable) {
    public static final int MIN_MODULUS = 360;
    public static final int MAX_MODULUS = 4096;
    public static final int DEFAULT_MODULUS = 512;
}
