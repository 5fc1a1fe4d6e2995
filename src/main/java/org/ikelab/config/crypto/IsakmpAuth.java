package org.ikelab.config.crypto;

/** Phase-1 authentication method of {@code authentication} in {@code (config-isakmp)}. */
public enum IsakmpAuth implements IosKeyword {
    PRE_SHARE("pre-share", "Pre-Shared Key"),
    RSA_SIG("rsa-sig", "Rivest-Shamir-Adleman Signature"),
    RSA_ENCR("rsa-encr", "Rivest-Shamir-Adleman Encryption");

    private final String keyword;
    private final String showText;

    IsakmpAuth(String keyword, String showText) {
        this.keyword = keyword;
        this.showText = showText;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    public String showText() {
        return showText;
    }

    public static IsakmpAuth ofKeyword(String k) {
        return IosKeyword.lookup(IsakmpAuth.class, k).orElseThrow(() -> new IllegalArgumentException(k));
    }
}
