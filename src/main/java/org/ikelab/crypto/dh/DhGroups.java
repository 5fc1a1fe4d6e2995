package org.ikelab.crypto.dh;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.bouncycastle.crypto.params.DHParameters;

/**
 * The catalogue of DH groups ikelab speaks, by IANA number. Primes come from bouncycastle's
 * copies of RFC 2409/3526/5114 (the JDK has none of them). Private exponent sizes are about
 * twice each group's security strength (NIST SP 800-57), the sizes strongSwan uses with
 * {@code dh_exponent_ansi_x9_42 = no} (its default draws full-length exponents).
 */
public final class DhGroups {
    public static final DhGroup GROUP1 = modp(1, DHStandardGroups.rfc2409_768, 160);
    public static final DhGroup GROUP2 = modp(2, DHStandardGroups.rfc2409_1024, 160);
    public static final DhGroup GROUP5 = modp(5, DHStandardGroups.rfc3526_1536, 192);
    public static final DhGroup GROUP14 = modp(14, DHStandardGroups.rfc3526_2048, 224);
    public static final DhGroup GROUP15 = modp(15, DHStandardGroups.rfc3526_3072, 256);
    public static final DhGroup GROUP16 = modp(16, DHStandardGroups.rfc3526_4096, 304);
    public static final DhGroup GROUP19 = new EcpGroup(19, "secp256r1");
    public static final DhGroup GROUP20 = new EcpGroup(20, "secp384r1");
    public static final DhGroup GROUP21 = new EcpGroup(21, "secp521r1");
    /**
     * RFC 5114 §2.3: 2048-bit MODP with a 256-bit prime-order subgroup (bouncycastle no longer
     * ships it). Exponents are drawn mod q; the RFC's Appendix A.3 vector checks these constants.
     */
    public static final DhGroup GROUP24 = new ModpGroup(24,
            new BigInteger("87A8E61DB4B6663CFFBBD19C651959998CEEF608660DD0F25D2CEED4435E3B00"
            + "E00DF8F1D61957D4FAF7DF4561B2AA3016C3D91134096FAA3BF4296D830E9A7C"
            + "209E0C6497517ABD5A8A9D306BCF67ED91F9E6725B4758C022E0B1EF4275BF7B"
            + "6C5BFC11D45F9088B941F54EB1E59BB8BC39A0BF12307F5C4FDB70C581B23F76"
            + "B63ACAE1CAA6B7902D52526735488A0EF13C6D9A51BFA4AB3AD8347796524D8E"
            + "F6A167B5A41825D967E144E5140564251CCACB83E6B486F6B3CA3F7971506026"
            + "C0B857F689962856DED4010ABD0BE621C3A3960A54E710C375F26375D7014103"
            + "A4B54330C198AF126116D2276E11715F693877FAD7EF09CADB094AE91E1A1597", 16),
            new BigInteger("3FB32C9B73134D0B2E77506660EDBD484CA7B18F21EF205407F4793A1A0BA125"
            + "10DBC15077BE463FFF4FED4AAC0BB555BE3A6C1B0C6B47B1BC3773BF7E8C6F62"
            + "901228F8C28CBB18A55AE31341000A650196F931C77A57F2DDF463E5E9EC144B"
            + "777DE62AAAB8A8628AC376D282D6ED3864E67982428EBC831D14348F6F2F9193"
            + "B5045AF2767164E1DFC967C1FB3F2E55A4BD1BFFE83B9C80D052B985D182EA0A"
            + "DB2A3B7313D3FE14C8484B1E052588B9B7D2BBD2DF016199ECD06E1557CD0915"
            + "B3353BBB64E0EC377FD028370DF92B52C7891428CDC67EB6184B523D1DB246C3"
            + "2F63078490F00EF8D647D148D47954515E2327CFEF98C582664B4C0F6CC41659", 16),
            new BigInteger("8CF83642A709A097B447997640129DA299B1A47D1EB3750BA308B0FE64F5FBD3", 16), 256);

    private static final List<DhGroup> ALL = List.of(GROUP1, GROUP2, GROUP5, GROUP14, GROUP15, GROUP16,
            GROUP19, GROUP20, GROUP21, GROUP24);

    private DhGroups() {
    }

    private static DhGroup modp(int id, DHParameters params, int exponentBits) {
        // The RFC 2409/3526 groups are safe primes; we do not use their (p-1)/2 order for
        // exponent draws, so q stays null and only the range check applies to peer values.
        return new ModpGroup(id, params.getP(), params.getG(), null, exponentBits);
    }

    /** All supported groups in ascending IANA number. */
    public static List<DhGroup> all() {
        return ALL;
    }

    public static Optional<DhGroup> byId(int id) {
        for (DhGroup g : ALL) {
            if (g.id() == id) return Optional.of(g);
        }
        return Optional.empty();
    }
}
