package org.ikelab.config.crypto;

import java.util.Optional;

/** Hash algorithms of {@code integrity} and {@code prf} in {@code (config-ikev2-proposal)}. */
public enum Ikev2Hash implements IosKeyword {
    MD5("md5"), SHA1("sha1"), SHA256("sha256"), SHA384("sha384"), SHA512("sha512");

    private final String keyword;

    Ikev2Hash(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    public static Optional<Ikev2Hash> ofKeyword(String k) {
        return IosKeyword.lookup(Ikev2Hash.class, k);
    }
}
