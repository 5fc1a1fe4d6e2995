package org.ikelab.crypto.rsa;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.ikelab.common.DecodeResult;

/**
 * One RSA key pair: the private key as PKCS#8 DER and the public key as DER
 * SubjectPublicKeyInfo (the blob IOS prints under {@code Key Data:}).
 */
public final class RsaKeyMaterial {
    private static final AlgorithmIdentifier RSA =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);

    private final byte[] privateDer;
    private final byte[] publicDer;
    private final int modulusBits;

    private RsaKeyMaterial(byte[] privateDer, byte[] publicDer, int modulusBits) {
        this.privateDer = privateDer;
        this.publicDer = publicDer;
        this.modulusBits = modulusBits;
    }

    static RsaKeyMaterial of(RSAPrivateKey key) {
        try {
            byte[] priv = new PrivateKeyInfo(RSA, key).getEncoded("DER");
            byte[] pub = new SubjectPublicKeyInfo(RSA, new RSAPublicKey(key.getModulus(), key.getPublicExponent()))
                    .getEncoded("DER");
            return new RsaKeyMaterial(priv, pub, key.getModulus().bitLength());
        } catch (IOException e) {
            // DER encoding of in-memory ASN.1 objects writes to a byte array and cannot fail.
            throw new IllegalStateException(e);
        }
    }

    /** A key pair read back from NVRAM (PKCS#8 DER); a damaged blob is an error value. */
    public static DecodeResult<RsaKeyMaterial> fromPrivateKey(byte[] pkcs8) {
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(pkcs8);
            if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
                return DecodeResult.err("not-rsa");
            }
            RSAPrivateKey k = RSAPrivateKey.getInstance(info.parsePrivateKey());
            if (k.getModulus().signum() <= 0 || k.getPublicExponent().compareTo(BigInteger.ONE) <= 0) {
                return DecodeResult.err("bad-key");
            }
            return DecodeResult.ok(of(k));
        } catch (IOException | RuntimeException e) {
            return DecodeResult.err("malformed", String.valueOf(e.getMessage()));
        }
    }

    /** PKCS#8 DER of the private key. */
    public byte[] privateKeyDer() {
        return privateDer.clone();
    }

    /** DER SubjectPublicKeyInfo of the public key. */
    public byte[] publicKeyDer() {
        return publicDer.clone();
    }

    public int modulusBits() {
        return modulusBits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RsaKeyMaterial m && Arrays.equals(privateDer, m.privateDer);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(privateDer);
    }

    @Override
    public String toString() {
        return "RsaKeyMaterial[" + modulusBits + " bits]";
    }
}
