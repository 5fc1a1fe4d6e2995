package org.ikelab.crypto.dh;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.ikelab.common.DecodeResult;
import org.ikelab.common.RandomSource;

/**
 * An ECP group of RFC 5903 (NIST P-256/384/521). bouncycastle's custom curve arithmetic is used
 * because the JDK offers no point multiplication with an injected private scalar. The KE payload
 * carries x||y, each coordinate padded to the field length; the shared secret is the x coordinate
 * of the product point (RFC 5903 §7).
 */
final class EcpGroup implements DhGroup {
    private final int id;
    private final ECCurve curve;
    private final ECPoint g;
    private final BigInteger n;
    private final BigInteger fieldPrime;
    private final int fieldLength;
    private final FixedPointCombMultiplier baseMultiplier = new FixedPointCombMultiplier();

    EcpGroup(int id, String curveName) {
        X9ECParameters params = CustomNamedCurves.getByName(curveName);
        this.id = id;
        this.curve = params.getCurve();
        this.g = params.getG();
        this.n = params.getN();
        this.fieldPrime = curve.getField().getCharacteristic();
        this.fieldLength = (curve.getFieldSize() + 7) / 8;
    }

    @Override public int id() { return id; }
    @Override public int bits() { return curve.getFieldSize(); }
    @Override public String showName() { return "#" + id + " (" + curve.getFieldSize() + " bit ecp)"; }
    @Override public int publicValueLength() { return 2 * fieldLength; }
    @Override public int sharedSecretLength() { return fieldLength; }

    @Override
    public DhKeyPair generate(RandomSource random) {
        byte[] b = random.bytes((n.bitLength() + 64 + 7) / 8);
        BigInteger d = new BigInteger(1, b).mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
        return new Pair(d);
    }

    @Override
    public DhKeyPair fromPrivate(byte[] privateValue) {
        BigInteger d = new BigInteger(1, privateValue);
        if (d.signum() <= 0 || d.compareTo(n) >= 0) {
            throw new IllegalArgumentException("private value out of range for group " + id);
        }
        return new Pair(d);
    }

    private byte[] coordinate(BigInteger v) {
        return Bytes.leftPad(v.toByteArray(), fieldLength);
    }

    private final class Pair implements DhKeyPair {
        private final BigInteger d;
        private final byte[] pub;

        Pair(BigInteger d) {
            this.d = d;
            ECPoint q = baseMultiplier.multiply(g, d).normalize();
            byte[] out = new byte[2 * fieldLength];
            System.arraycopy(coordinate(q.getAffineXCoord().toBigInteger()), 0, out, 0, fieldLength);
            System.arraycopy(coordinate(q.getAffineYCoord().toBigInteger()), 0, out, fieldLength, fieldLength);
            this.pub = out;
        }

        @Override public DhGroup group() { return EcpGroup.this; }
        @Override public byte[] publicValue() { return pub.clone(); }

        @Override
        public DecodeResult<byte[]> agree(byte[] peer) {
            if (peer == null || peer.length != 2 * fieldLength) {
                return DecodeResult.err("dh-length", "expected " + 2 * fieldLength + " bytes");
            }
            BigInteger x = new BigInteger(1, peer, 0, fieldLength);
            BigInteger y = new BigInteger(1, peer, fieldLength, fieldLength);
            if (x.compareTo(fieldPrime) >= 0 || y.compareTo(fieldPrime) >= 0) {
                return DecodeResult.err("dh-range", "coordinate not below the field prime");
            }
            ECPoint p = curve.createPoint(x, y);
            // isValid checks the curve equation (and the order, trivially, for cofactor 1).
            if (!p.isValid()) {
                return DecodeResult.err("dh-not-on-curve", "peer point not on the curve");
            }
            ECPoint s = p.multiply(d).normalize();
            if (s.isInfinity()) {
                return DecodeResult.err("dh-not-on-curve", "shared point at infinity");
            }
            return DecodeResult.ok(coordinate(s.getAffineXCoord().toBigInteger()));
        }
    }
}
