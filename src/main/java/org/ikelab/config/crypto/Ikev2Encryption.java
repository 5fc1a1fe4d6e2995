package org.ikelab.config.crypto;

import java.util.Optional;

/** Ciphers of {@code encryption} in {@code (config-ikev2-proposal)}. */
public enum Ikev2Encryption implements IosKeyword {
    THREE_DES("3des", false),
    AES_CBC_128("aes-cbc-128", false),
    AES_CBC_192("aes-cbc-192", false),
    AES_CBC_256("aes-cbc-256", false),
    AES_GCM_128("aes-gcm-128", true),
    AES_GCM_256("aes-gcm-256", true),
    DES("des", false);

    private final String keyword;
    private final boolean aead;

    Ikev2Encryption(String keyword, boolean aead) {
        this.keyword = keyword;
        this.aead = aead;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** AES-GCM carries its own integrity and needs a {@code prf} instead. */
    public boolean aead() {
        return aead;
    }

    public static Optional<Ikev2Encryption> ofKeyword(String k) {
        return IosKeyword.lookup(Ikev2Encryption.class, k);
    }
}
