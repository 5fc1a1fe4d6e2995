package org.ikelab.crypto.prf;

/**
 * IKEv2 prf+ (RFC 7296 §2.13): T1 = prf(K, S | 0x01), Tn = prf(K, Tn-1 | S | n), output
 * T1 | T2 | ... truncated. The counter is one octet, so at most 255 blocks can be produced.
 */
public final class PrfPlus {
    private PrfPlus() {
    }

    public static byte[] expand(Prf prf, byte[] seed, int length) {
        int blocks = (length + prf.outputLength() - 1) / prf.outputLength();
        if (length < 0 || blocks > 255) {
            throw new IllegalArgumentException("prf+ cannot produce " + length + " bytes");
        }
        byte[] out = new byte[length];
        byte[] t = new byte[0];
        int pos = 0;
        for (int n = 1; n <= blocks; n++) {
            t = prf.compute(t, seed, new byte[] {(byte) n});
            int take = Math.min(t.length, length - pos);
            System.arraycopy(t, 0, out, pos, take);
            pos += take;
        }
        return out;
    }
}
