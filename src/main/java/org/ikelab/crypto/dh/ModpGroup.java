package org.ikelab.crypto.dh;

import java.math.BigInteger;
import org.ikelab.common.DecodeResult;
import org.ikelab.common.RandomSource;

/**
 * A MODP group (RFC 2409, RFC 3526, RFC 5114). Exponentiation is {@link BigInteger#modPow}, which
 * the JDK runs on Montgomery multiplication intrinsics; the private exponent is short (about twice
 * the group's security strength, as strongSwan does), which keeps a 2048-bit agreement near a
 * millisecond instead of ten. For groups with a known prime-order subgroup (group 24) the exponent
 * is drawn below q and peer values are checked to lie in that subgroup.
 */
final class ModpGroup implements DhGroup {
    private final int id;
    private final BigInteger p;
    private final BigInteger g;
    private final BigInteger q;          // null when the group has no published subgroup order
    private final int exponentBits;
    private final int length;
    private final BigInteger pMinusOne;

    ModpGroup(int id, BigInteger p, BigInteger g, BigInteger q, int exponentBits) {
        this.id = id;
        this.p = p;
        this.g = g;
        this.q = q;
        this.exponentBits = exponentBits;
        this.length = (p.bitLength() + 7) / 8;
        this.pMinusOne = p.subtract(BigInteger.ONE);
    }

    @Override public int id() { return id; }
    @Override public int bits() { return p.bitLength(); }
    @Override public String showName() { return "#" + id + " (" + p.bitLength() + " bit)"; }
    @Override public int publicValueLength() { return length; }
    @Override public int sharedSecretLength() { return length; }

    BigInteger prime() { return p; }

    @Override
    public DhKeyPair generate(RandomSource random) {
        BigInteger x;
        if (q != null) {
            // Uniform enough in [1, q-1]: 64 extra bits make the modulo bias negligible.
            byte[] b = random.bytes((q.bitLength() + 64 + 7) / 8);
            x = new BigInteger(1, b).mod(q.subtract(BigInteger.ONE)).add(BigInteger.ONE);
        } else {
            byte[] b = random.bytes((exponentBits + 7) / 8);
            // Set the top bit so the exponent has its full size, and keep it above 1.
            x = new BigInteger(1, b).setBit(exponentBits - 1);
        }
        return new Pair(x);
    }

    @Override
    public DhKeyPair fromPrivate(byte[] privateValue) {
        BigInteger x = new BigInteger(1, privateValue);
        if (x.signum() <= 0 || x.compareTo(pMinusOne) >= 0) {
            throw new IllegalArgumentException("private value out of range for group " + id);
        }
        return new Pair(x);
    }

    private byte[] pad(BigInteger v) {
        return Bytes.leftPad(v.toByteArray(), length);
    }

    private final class Pair implements DhKeyPair {
        private final BigInteger x;
        private final byte[] pub;

        Pair(BigInteger x) {
            this.x = x;
            this.pub = pad(g.modPow(x, p));
        }

        @Override public DhGroup group() { return ModpGroup.this; }
        @Override public byte[] publicValue() { return pub.clone(); }

        @Override
        public DecodeResult<byte[]> agree(byte[] peer) {
            if (peer == null || peer.length != length) {
                return DecodeResult.err("dh-length", "expected " + length + " bytes");
            }
            BigInteger y = new BigInteger(1, peer);
            // 1 < y < p-1 rules out the values that force a known shared secret.
            if (y.compareTo(BigInteger.ONE) <= 0 || y.compareTo(pMinusOne) >= 0) {
                return DecodeResult.err("dh-range", "peer value outside 1 < y < p-1");
            }
            if (q != null && !y.modPow(q, p).equals(BigInteger.ONE)) {
                return DecodeResult.err("dh-subgroup", "peer value not in the order-q subgroup");
            }
            return DecodeResult.ok(pad(y.modPow(x, p)));
        }
    }
}
