package org.ikelab.config.crypto;

import java.util.Optional;

/** IPsec transforms of {@code crypto ipsec transform-set}, with the IOS keyword and help text. */
public enum Transform implements IosKeyword {
    AH_MD5_HMAC("ah-md5-hmac", Family.AH, "AH-HMAC-MD5 transform"),
    AH_SHA_HMAC("ah-sha-hmac", Family.AH, "AH-HMAC-SHA transform"),
    AH_SHA256_HMAC("ah-sha256-hmac", Family.AH, "AH-HMAC-SHA256 transform"),
    AH_SHA384_HMAC("ah-sha384-hmac", Family.AH, "AH-HMAC-SHA384 transform"),
    AH_SHA512_HMAC("ah-sha512-hmac", Family.AH, "AH-HMAC-SHA512 transform"),
    COMP_LZS("comp-lzs", Family.COMPRESSION, "IP Compression using the LZS compression algorithm"),
    ESP_3DES("esp-3des", Family.ESP_CIPHER, "ESP transform using 3DES(EDE) cipher (168 bits)"),
    ESP_AES("esp-aes", Family.ESP_CIPHER, "ESP transform using AES cipher"),
    ESP_DES("esp-des", Family.ESP_CIPHER, "ESP transform using DES cipher (56 bits)"),
    ESP_GCM("esp-gcm", Family.ESP_COMBINED, "ESP transform using GCM cipher"),
    ESP_GMAC("esp-gmac", Family.ESP_COMBINED, "ESP transform using GMAC cipher"),
    ESP_MD5_HMAC("esp-md5-hmac", Family.ESP_AUTH, "ESP transform using HMAC-MD5 auth"),
    ESP_NULL("esp-null", Family.ESP_CIPHER, "ESP transform w/o cipher"),
    ESP_SEAL("esp-seal", Family.ESP_CIPHER, "ESP transform using SEAL cipher (160 bits)"),
    ESP_SHA_HMAC("esp-sha-hmac", Family.ESP_AUTH, "ESP transform using HMAC-SHA auth"),
    ESP_SHA256_HMAC("esp-sha256-hmac", Family.ESP_AUTH, "ESP transform using HMAC-SHA256 auth"),
    ESP_SHA384_HMAC("esp-sha384-hmac", Family.ESP_AUTH, "ESP transform using HMAC-SHA384 auth"),
    ESP_SHA512_HMAC("esp-sha512-hmac", Family.ESP_AUTH, "ESP transform using HMAC-SHA512 auth");

    /**
     * Which slot of a transform set a transform fills. A set holds at most one of each; the
     * combined-mode ciphers (GCM, GMAC) fill both ESP slots.
     */
    public enum Family { AH, ESP_CIPHER, ESP_AUTH, ESP_COMBINED, COMPRESSION }

    private final String keyword;
    private final Family family;
    private final String help;

    Transform(String keyword, Family family, String help) {
        this.keyword = keyword;
        this.family = family;
        this.help = help;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    public Family family() {
        return family;
    }

    public String help() {
        return help;
    }

    /** True for the ciphers that take a {@code 128|192|256} key size keyword. */
    public boolean takesKeySize() {
        return this == ESP_AES || this == ESP_GCM || this == ESP_GMAC;
    }

    /** True for ESP (any slot); false for AH and compression. */
    public boolean isEsp() {
        return family == Family.ESP_CIPHER || family == Family.ESP_AUTH || family == Family.ESP_COMBINED;
    }

    public static Optional<Transform> ofKeyword(String k) {
        return IosKeyword.lookup(Transform.class, k);
    }
}
