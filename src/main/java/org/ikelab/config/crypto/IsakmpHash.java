package org.ikelab.config.crypto;

/** Phase-1 hash of {@code hash} in {@code (config-isakmp)}. */
public enum IsakmpHash implements IosKeyword {
    MD5("md5", "Message Digest 5"),
    SHA("sha", "Secure Hash Standard"),
    SHA256("sha256", "Secure Hash Standard 2 (256 bit)"),
    SHA384("sha384", "Secure Hash Standard 2 (384 bit)"),
    SHA512("sha512", "Secure Hash Standard 2 (512 bit)");

    private final String keyword;
    private final String showText;

    IsakmpHash(String keyword, String showText) {
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

    public static IsakmpHash ofKeyword(String k) {
        return IosKeyword.lookup(IsakmpHash.class, k).orElseThrow(() -> new IllegalArgumentException(k));
    }
}
