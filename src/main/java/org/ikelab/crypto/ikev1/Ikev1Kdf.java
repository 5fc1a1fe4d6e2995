package org.ikelab.crypto.ikev1;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.ikelab.crypto.prf.Prf;
import org.ikelab.crypto.prf.PrfAlgorithm;

/**
 * IKEv1 key derivation and authentication hashes, straight from RFC 2409. Every input is the
 * exact byte string the RFC names: "_b" values are payload bodies without the generic header,
 * cookies are 8 bytes, message ids are the 4 bytes of the ISAKMP header.
 */
public final class Ikev1Kdf {
    private Ikev1Kdf() {
    }

    /** §5: SKEYID = prf(pre-shared-key, Ni_b | Nr_b). */
    public static byte[] skeyidPreSharedKey(PrfAlgorithm prf, byte[] psk, byte[] niB, byte[] nrB) {
        return prf.compute(psk, niB, nrB);
    }

    /** §5: SKEYID = prf(Ni_b | Nr_b, g^xy) for signature authentication. */
    public static byte[] skeyidSignature(PrfAlgorithm prf, byte[] niB, byte[] nrB, byte[] gxy) {
        return prf.compute(concat(niB, nrB), gxy);
    }

    /**
     * §5 and Appendix B: SKEYID_d, SKEYID_a, SKEYID_e, the expanded encryption key and the
     * phase-1 IV = hash(g^xi | g^xr) truncated to the cipher block size.
     */
    public static Phase1Keys derive(PrfAlgorithm prf, byte[] skeyid, byte[] gxy, byte[] ckyI, byte[] ckyR,
            int encryptionKeyLength, byte[] gxi, byte[] gxr, int blockSize) {
        Prf p = prf.keyed(skeyid);
        byte[] d = p.compute(gxy, ckyI, ckyR, new byte[] {0});
        byte[] a = p.compute(d, gxy, ckyI, ckyR, new byte[] {1});
        byte[] e = p.compute(a, gxy, ckyI, ckyR, new byte[] {2});
        return new Phase1Keys(skeyid, d, a, e, encryptionKey(prf, e, encryptionKeyLength),
                phase1Iv(prf, gxi, gxr, blockSize));
    }

    /**
     * Appendix B: the first bytes of SKEYID_e when it is long enough, otherwise
     * K = K1 | K2 | ... with K1 = prf(SKEYID_e, 0) (one zero octet) and Kn = prf(SKEYID_e, Kn-1).
     */
    public static byte[] encryptionKey(PrfAlgorithm prf, byte[] skeyidE, int keyLength) {
        if (skeyidE.length >= keyLength) return Arrays.copyOf(skeyidE, keyLength);
        Prf p = prf.keyed(skeyidE);
        byte[] out = new byte[keyLength];
        byte[] k = new byte[] {0};
        int pos = 0;
        while (pos < keyLength) {
            k = p.compute(k);
            int n = Math.min(k.length, keyLength - pos);
            System.arraycopy(k, 0, out, pos, n);
            pos += n;
        }
        return out;
    }

    /** Appendix B: the phase-1 IV, hash(g^xi | g^xr) truncated to the block size. */
    public static byte[] phase1Iv(PrfAlgorithm hash, byte[] gxi, byte[] gxr, int blockSize) {
        return Arrays.copyOf(hash.hash(gxi, gxr), blockSize);
    }

    /**
     * Appendix B: the first IV of a quick mode or informational exchange,
     * hash(last phase-1 CBC output block | M-ID) truncated to the block size.
     */
    public static byte[] exchangeIv(PrfAlgorithm hash, byte[] lastPhase1Iv, int messageId, int blockSize) {
        return Arrays.copyOf(hash.hash(lastPhase1Iv, int32(messageId)), blockSize);
    }

    /** §5: HASH_I = prf(SKEYID, g^xi | g^xr | CKY-I | CKY-R | SAi_b | IDii_b). */
    public static byte[] hashI(PrfAlgorithm prf, byte[] skeyid, byte[] gxi, byte[] gxr, byte[] ckyI, byte[] ckyR,
            byte[] saiB, byte[] idiiB) {
        return prf.compute(skeyid, gxi, gxr, ckyI, ckyR, saiB, idiiB);
    }

    /** §5: HASH_R = prf(SKEYID, g^xr | g^xi | CKY-R | CKY-I | SAi_b | IDir_b). */
    public static byte[] hashR(PrfAlgorithm prf, byte[] skeyid, byte[] gxi, byte[] gxr, byte[] ckyI, byte[] ckyR,
            byte[] saiB, byte[] idirB) {
        return prf.compute(skeyid, gxr, gxi, ckyR, ckyI, saiB, idirB);
    }

    /**
     * §5.5 HASH(1) = prf(SKEYID_a, M-ID | SA | Ni [| KE] [| IDci | IDcr]); {@code afterHash} is
     * the message from the payload after HASH to the end (generic headers included). The same
     * form serves informational exchanges (§5.7, HASH(1) = prf(SKEYID_a, M-ID | N/D)).
     */
    public static byte[] quickModeHash1(PrfAlgorithm prf, byte[] skeyidA, int messageId, byte[] afterHash) {
        return prf.compute(skeyidA, int32(messageId), afterHash);
    }

    /** §5.5 HASH(2) = prf(SKEYID_a, M-ID | Ni_b | SA | Nr [| KE] [| IDci | IDcr]). */
    public static byte[] quickModeHash2(PrfAlgorithm prf, byte[] skeyidA, int messageId, byte[] niB, byte[] afterHash) {
        return prf.compute(skeyidA, int32(messageId), niB, afterHash);
    }

    /** §5.5 HASH(3) = prf(SKEYID_a, 0 | M-ID | Ni_b | Nr_b). */
    public static byte[] quickModeHash3(PrfAlgorithm prf, byte[] skeyidA, int messageId, byte[] niB, byte[] nrB) {
        return prf.compute(skeyidA, new byte[] {0}, int32(messageId), niB, nrB);
    }

    /**
     * §5.5 KEYMAT for one SA (one direction: the SPI is the one the receiving side chose), expanded
     * to {@code length}: K1 = prf(SKEYID_d, [g(qm)^xy |] protocol | SPI | Ni_b | Nr_b),
     * Kn = prf(SKEYID_d, Kn-1 | [g(qm)^xy |] protocol | SPI | Ni_b | Nr_b).
     *
     * @param pfsSharedSecret g(qm)^xy of the quick-mode DH exchange, or {@code null} without PFS
     * @param protocol        the IPsec DOI protocol id (2 AH, 3 ESP)
     */
    public static byte[] keymat(PrfAlgorithm prf, byte[] skeyidD, byte[] pfsSharedSecret, int protocol, int spi,
            byte[] niB, byte[] nrB, int length) {
        Prf p = prf.keyed(skeyidD);
        byte[] tail = concat(pfsSharedSecret == null ? new byte[0] : pfsSharedSecret,
                new byte[] {(byte) protocol}, int32(spi), niB, nrB);
        byte[] out = new byte[length];
        byte[] k = new byte[0];
        int pos = 0;
        while (pos < length) {
            k = p.compute(k, tail);
            int n = Math.min(k.length, length - pos);
            System.arraycopy(k, 0, out, pos, n);
            pos += n;
        }
        return out;
    }

    static byte[] int32(int v) {
        return ByteBuffer.allocate(4).putInt(v).array();
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int pos = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, pos, p.length);
            pos += p.length;
        }
        return out;
    }
}
