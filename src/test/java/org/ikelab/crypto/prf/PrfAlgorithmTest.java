package org.ikelab.crypto.prf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.ikelab.common.Hex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Known-answer tests from RFC 2202 (MD5, SHA-1), RFC 4231 (SHA-2) and RFC 4868 §2.7.1 (SHA-2 PRFs). */
class PrfAlgorithmTest {
    private static final String HI = Hex.encode("Hi There".getBytes(StandardCharsets.US_ASCII));
    private static final String JEFE_DATA = Hex.encode("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
    private static final String BIG_KEY_DATA = Hex.encode(
            "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII));
    private static final String BIG_BOTH_DATA = Hex.encode(("This is a test using a larger than block-size key and a larger "
            + "than block-size data. The key needs to be hashed before being used by the HMAC algorithm.")
            .getBytes(StandardCharsets.US_ASCII));

    private static String rep(String hexByte, int n) {
        return hexByte.repeat(n);
    }

    private static void check(PrfAlgorithm a, String key, String data, String expected) {
        assertEquals(expected, Hex.encode(a.compute(Hex.decode(key), Hex.decode(data))));
    }

    @Test
    void rfc2202HmacMd5() {
        check(PrfAlgorithm.HMAC_MD5, rep("0b", 16), HI, "9294727a3638bb1c13f48ef8158bfc9d");
        check(PrfAlgorithm.HMAC_MD5, "4a656665", JEFE_DATA, "750c783e6ab0b503eaa86e310a5db738");
        check(PrfAlgorithm.HMAC_MD5, rep("aa", 16), rep("dd", 50), "56be34521d144c88dbb8c733f0e8b3f6");
        check(PrfAlgorithm.HMAC_MD5, "0102030405060708090a0b0c0d0e0f10111213141516171819", rep("cd", 50),
                "697eaf0aca3a3aea3a75164746ffaa79");
        check(PrfAlgorithm.HMAC_MD5, rep("aa", 80), BIG_KEY_DATA, "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd");
    }

    @Test
    void rfc2202HmacSha1() {
        check(PrfAlgorithm.HMAC_SHA1, rep("0b", 20), HI, "b617318655057264e28bc0b6fb378c8ef146be00");
        check(PrfAlgorithm.HMAC_SHA1, "4a656665", JEFE_DATA, "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
        check(PrfAlgorithm.HMAC_SHA1, rep("aa", 20), rep("dd", 50), "125d7342b9ac11cd91a39af48aa17b4f63f175d3");
        check(PrfAlgorithm.HMAC_SHA1, "0102030405060708090a0b0c0d0e0f10111213141516171819", rep("cd", 50),
                "4c9007f4026250c6bc8414f9bf50c86c2d7235da");
        check(PrfAlgorithm.HMAC_SHA1, rep("aa", 80), BIG_KEY_DATA, "aa4ae5e15272d00e95705637ce8a3b55ed402112");
    }

    @ParameterizedTest
    @CsvSource({
        "HMAC_SHA2_256, 1, b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
        "HMAC_SHA2_256, 2, 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        "HMAC_SHA2_256, 3, 773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
        "HMAC_SHA2_256, 4, 82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
        "HMAC_SHA2_256, 6, 60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
        "HMAC_SHA2_256, 7, 9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
        "HMAC_SHA2_384, 1, afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6",
        "HMAC_SHA2_384, 2, af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649",
        "HMAC_SHA2_384, 6, 4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952",
        "HMAC_SHA2_384, 7, 6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e",
        "HMAC_SHA2_512, 1, 87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854",
        "HMAC_SHA2_512, 2, 164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
        "HMAC_SHA2_512, 6, 80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598",
        "HMAC_SHA2_512, 7, e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58",
    })
    void rfc4231(PrfAlgorithm a, int testCase, String expected) {
        switch (testCase) {
            case 1 -> check(a, rep("0b", 20), HI, expected);
            case 2 -> check(a, "4a656665", JEFE_DATA, expected);
            case 3 -> check(a, rep("aa", 20), rep("dd", 50), expected);
            case 4 -> check(a, "0102030405060708090a0b0c0d0e0f10111213141516171819", rep("cd", 50), expected);
            case 6 -> check(a, rep("aa", 131), BIG_KEY_DATA, expected);
            case 7 -> check(a, rep("aa", 131), BIG_BOTH_DATA, expected);
            default -> throw new IllegalArgumentException();
        }
    }

    /** RFC 4868 §2.7.1 PRF test case 1: keys as long as the PRF output. */
    @Test
    void rfc4868PrfVectors() {
        check(PrfAlgorithm.HMAC_SHA2_256, rep("0b", 32), HI, "198a607eb44bfbc69903a0f1cf2bbdc5ba0aa3f3d9ae3c1c7a3b1696a0b68cf7");
        check(PrfAlgorithm.HMAC_SHA2_384, rep("0b", 48), HI,
                "b6a8d5636f5c6a7224f9977dcf7ee6c7fb6d0c48cbdee9737a959796489bddbc4c5df61d5b3297b4fb68dab9f1b582c2");
        check(PrfAlgorithm.HMAC_SHA2_512, rep("0b", 64), HI,
                "637edc6e01dce7e6742a99451aae82df23da3e92439e590e43e761b33e910fb8ac2878ebd5803f6f0b61dbce5e251ff8789a4722c1be65aea45fd464e89f8f5b");
    }

    @Test
    void partsAreConcatenatedAndPrfIsReusable() {
        Prf p = PrfAlgorithm.HMAC_SHA1.keyed(Hex.decode(rep("0b", 20)));
        byte[] whole = p.compute("Hi There".getBytes(StandardCharsets.US_ASCII));
        byte[] split = p.compute("Hi ".getBytes(StandardCharsets.US_ASCII), "There".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(whole, split);
    }

    /** Python: hmac.new(b"", b"abc", "sha1").hexdigest(). */
    @Test
    void emptyKeyIsAllowed() {
        assertEquals("9b4a918f398d74d3e367970aba3cbe54e4d2b5d9",
                Hex.encode(PrfAlgorithm.HMAC_SHA1.compute(new byte[0], "abc".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void identifiers() {
        assertEquals(PrfAlgorithm.HMAC_SHA2_256, PrfAlgorithm.byIkev1HashId(4).orElseThrow());
        assertEquals(PrfAlgorithm.HMAC_SHA2_256, PrfAlgorithm.byIkev2PrfId(5).orElseThrow());
        assertEquals(PrfAlgorithm.HMAC_SHA1, PrfAlgorithm.byIkev1HashId(2).orElseThrow());
        assertEquals("sha", PrfAlgorithm.HMAC_SHA1.iosName());
        assertEquals("a9993e364706816aba3e25717850c26c9cd0d89d",
                Hex.encode(PrfAlgorithm.HMAC_SHA1.hash("abc".getBytes(StandardCharsets.US_ASCII))));
    }

    /**
     * prf+ expected values computed independently with Python's hmac module:
     * T1 = hmac(K, S|01), Tn = hmac(K, Tn-1|S|n), concatenated and truncated.
     */
    @Test
    void prfPlus() {
        byte[] k = new byte[20];
        for (int i = 0; i < 20; i++) k[i] = (byte) i;
        assertEquals("7faf5e2e297d8fd2e0ea6f74e1061bba3c2f33f61ac56a89baedb73928a06f710608cdf69b40ca237da22dcf818cf07a"
                + "d7d034c78f0023a0c955855430eb2a8e60701ecf9bafeaca261f288bed72eb803d74f96eddbfc2f9ce8fb55971179bc8f7bdd696",
                Hex.encode(PrfPlus.expand(PrfAlgorithm.HMAC_SHA1.keyed(k), "seed-bytes".getBytes(StandardCharsets.US_ASCII), 100)));
        byte[] s = new byte[40];
        for (int i = 0; i < 40; i++) s[i] = (byte) i;
        assertEquals("427a2398405bfdf11ff5ba405ec3f256ca0fd96dfbb6b151eaa3aeffee4d6459838ceed433cbcb6d57f2af73f30aa0c2"
                + "a566d50330dfaf7c08b6def7f85518b79dfb38584b68",
                Hex.encode(PrfPlus.expand(PrfAlgorithm.HMAC_SHA2_256.keyed("key".getBytes(StandardCharsets.US_ASCII)), s, 70)));
        assertThrows(IllegalArgumentException.class,
                () -> PrfPlus.expand(PrfAlgorithm.HMAC_SHA1.keyed(k), new byte[0], 20 * 256));
    }
}
