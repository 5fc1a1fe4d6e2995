package org.ikelab.crypto.rsa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.ikelab.common.RandomSource;
import org.junit.jupiter.api.Test;

class RsaKeyGeneratorTest {
    @Test
    void aSeededSourceGivesTheSameKeyEveryTime() {
        RsaKeyMaterial a = RsaKeyGenerator.generate(512, RandomSource.seeded(42));
        RsaKeyMaterial b = RsaKeyGenerator.generate(512, RandomSource.seeded(42));
        RsaKeyMaterial c = RsaKeyGenerator.generate(512, RandomSource.seeded(43));
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(512, a.modulusBits());
    }

    @Test
    void theJdkReadsBothHalvesAndTheyBelongTogether() throws Exception {
        RsaKeyMaterial k = RsaKeyGenerator.generate(1024, RandomSource.seeded(1));
        KeyFactory kf = KeyFactory.getInstance("RSA");
        RSAPublicKey pub = (RSAPublicKey) kf.generatePublic(new X509EncodedKeySpec(k.publicKeyDer()));
        RSAPrivateCrtKey priv = (RSAPrivateCrtKey) kf.generatePrivate(new PKCS8EncodedKeySpec(k.privateKeyDer()));
        assertEquals(BigInteger.valueOf(65537), pub.getPublicExponent());
        assertEquals(pub.getModulus(), priv.getModulus());
        assertEquals(priv.getModulus(), priv.getPrimeP().multiply(priv.getPrimeQ()));
        BigInteger m = BigInteger.valueOf(123456789);
        assertEquals(m, m.modPow(pub.getPublicExponent(), pub.getModulus()).modPow(priv.getPrivateExponent(), priv.getModulus()));
        // A 1024-bit SubjectPublicKeyInfo is the 162-byte blob IOS shows (reference §4.11).
        assertEquals(162, k.publicKeyDer().length);
    }

    @Test
    void thePrivateKeyReadsBackToTheSamePair() {
        RsaKeyMaterial k = RsaKeyGenerator.generate(360, RandomSource.seeded(9));
        RsaKeyMaterial back = RsaKeyMaterial.fromPrivateKey(k.privateKeyDer()).value();
        assertEquals(k, back);
        assertArrayEquals(k.publicKeyDer(), back.publicKeyDer());
    }

    @Test
    void damagedNvramBytesAreAnErrorValue() {
        assertFalse(RsaKeyMaterial.fromPrivateKey(new byte[] {0x30, 0x03, 0x02, 0x01}).isOk());
        assertFalse(RsaKeyMaterial.fromPrivateKey(new byte[0]).isOk());
        byte[] der = RsaKeyGenerator.generate(360, RandomSource.seeded(9)).privateKeyDer();
        assertFalse(RsaKeyMaterial.fromPrivateKey(java.util.Arrays.copyOf(der, der.length - 7)).isOk());
    }

    @Test
    void theModulusRangeIsIos() {
        assertThrows(IllegalArgumentException.class, () -> RsaKeyGenerator.generate(359, RandomSource.seeded(1)));
        assertThrows(IllegalArgumentException.class, () -> RsaKeyGenerator.generate(4097, RandomSource.seeded(1)));
    }
}
