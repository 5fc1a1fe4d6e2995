package org.ikelab.crypto.rsa;

import java.math.BigInteger;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.ikelab.common.RandomSource;

/**
 * Generates RSA key pairs with public exponent 65537 (what IOS uses). Bouncycastle's
 * lightweight generator draws all its randomness from the SecureRandom it is given, so with a
 * seeded {@link RandomSource} the same key comes out on every run.
 */
public final class RsaKeyGenerator {
    /** IOS's accepted modulus range ({@code modulus <360-4096>}). */
    public static final int MIN_BITS = 360;
    public static final int MAX_BITS = 4096;
    private static final BigInteger F4 = BigInteger.valueOf(65537);
    /** Miller-Rabin certainty for the primes (error below 2^-80). */
    private static final int CERTAINTY = 80;

    private RsaKeyGenerator() {}

    public static RsaKeyMaterial generate(int bits, RandomSource random) {
        if (bits < MIN_BITS || bits > MAX_BITS) {
            throw new IllegalArgumentException("modulus " + bits + " outside " + MIN_BITS + "-" + MAX_BITS);
        }
        RSAKeyPairGenerator g = new RSAKeyPairGenerator();
        g.init(new RSAKeyGenerationParameters(F4, new RandomSourceSecureRandom(random), bits, CERTAINTY));
        AsymmetricCipherKeyPair kp = g.generateKeyPair();
        RSAPrivateCrtKeyParameters p = (RSAPrivateCrtKeyParameters) kp.getPrivate();
        return RsaKeyMaterial.of(new RSAPrivateKey(p.getModulus(), p.getPublicExponent(), p.getExponent(),
                p.getP(), p.getQ(), p.getDP(), p.getDQ(), p.getQInv()));
    }
}
