package org.ikelab.crypto.dh;

import java.math.BigInteger;
import org.ikelab.common.DecodeResult;
import org.ikelab.common.RandomSource;

/**
 * A MODP group (RFC 2409, RFC 3526, RFC 5114). Exponentiation is {@link BigInteger#modPow}, which
 * the JDK runs on Montgomery multiplication intrinsics; the private exponent is short (about twice
 * the group's security strength, strongSwan's optional "optimum" sizes), which keeps a 2048-bit agreement near a
 * millisecond instead of ten. For groups with a known prime-order subgroup (group 24) the exponent
 * is drawn below q and peer values are checked to lie in that subgroup.
 *
 * <p>Our own public value g^x has a fixed base, so it comes from a comb table instead of
 * {@code modPow}: {@code table[i][j] = g^(j * 256^i) mod p}, and g^x is the product of one entry
 * per byte of x, reduced with Barrett's method. For a 224-bit exponent that is 27 modular
 * multiplications instead of about 270 Montgomery steps: generating a group-14 key pair costs a
 * third of what it did, and a whole group-14 main + quick mode setup about 30 % less. The table is
 * built on first use (a few tens of milliseconds, about 2 MB for group 14, shared by every router
 * of the JVM). Like {@code modPow}, the lookups are not constant-time.
 */
final class ModpGroup implements DhGroup {
    private final int id;
    private final BigInteger p;
    private final BigInteger g;
    private final BigInteger q;          // null when the group has no published subgroup order
    private final int exponentBits;
    private final int length;
    private final BigInteger pMinusOne;
    /** Exponents up to this many bits use the comb table: the size {@link #generate} draws. */
    private final int combBits;
    /** Barrett constant floor(4^k / p), k = bit length of p. */
    private final BigInteger barrettMu;
    private final int k;
    /** The comb table, built on first use; routers on different threads share it (safe publication via volatile). */
    private volatile BigInteger[][] comb;

    ModpGroup(int id, BigInteger p, BigInteger g, BigInteger q, int exponentBits) {
        this.id = id;
        this.p = p;
        this.g = g;
        this.q = q;
        this.exponentBits = exponentBits;
        this.length = (p.bitLength() + 7) / 8;
        this.pMinusOne = p.subtract(BigInteger.ONE);
        this.combBits = q != null ? q.bitLength() : exponentBits;
        this.k = p.bitLength();
        this.barrettMu = BigInteger.ONE.shiftLeft(2 * k).divide(p);
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

    /** g^x mod p: from the comb table when x is no longer than the exponents we draw, else {@code modPow}. */
    BigInteger powG(BigInteger x) {
        if (x.signum() <= 0 || x.bitLength() > combBits) return g.modPow(x, p);
        BigInteger[][] t = combTable();
        byte[] e = x.toByteArray(); // big-endian, possibly with a leading zero byte
        BigInteger r = null;
        for (int i = 0; i < e.length; i++) {
            int j = e[e.length - 1 - i] & 0xff;
            if (j == 0) continue;
            BigInteger f = t[i][j];
            r = r == null ? f : mulMod(r, f);
        }
        return r;
    }

    private BigInteger[][] combTable() {
        BigInteger[][] t = comb;
        if (t != null) return t;
        synchronized (this) {
            if (comb != null) return comb;
            int rows = (combBits + 7) / 8;
            t = new BigInteger[rows][256];
            BigInteger base = g; // g^(256^i)
            for (int i = 0; i < rows; i++) {
                t[i][0] = BigInteger.ONE;
                t[i][1] = base;
                for (int j = 2; j < 256; j++) t[i][j] = mulMod(t[i][j - 1], base);
                base = mulMod(t[i][255], base);
            }
            comb = t;
            return t;
        }
    }

    /** a * b mod p for 0 <= a, b < p, by Barrett reduction (HAC 14.42; BigInteger.mod divides, which is slower). */
    private BigInteger mulMod(BigInteger a, BigInteger b) {
        BigInteger m = a.multiply(b);
        BigInteger q3 = m.shiftRight(k - 1).multiply(barrettMu).shiftRight(k + 1);
        BigInteger r = m.subtract(q3.multiply(p));
        // Barrett's estimate is short by at most two multiples of p.
        while (r.compareTo(p) >= 0) r = r.subtract(p);
        return r;
    }

    private byte[] pad(BigInteger v) {
        return Bytes.leftPad(v.toByteArray(), length);
    }

    private final class Pair implements DhKeyPair {
        private final BigInteger x;
        private final byte[] pub;

        Pair(BigInteger x) {
            this.x = x;
            this.pub = pad(powG(x));
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
