package org.ikelab.crypto.dh;

/** Fixed-length big-endian encoding of the unsigned integers DH works with. */
final class Bytes {
    private Bytes() {
    }

    /** {@code v} (a two's-complement big-endian array, maybe with a leading 0) as exactly {@code len} bytes. */
    static byte[] leftPad(byte[] v, int len) {
        int start = 0;
        while (start < v.length - 1 && v[start] == 0 && v.length - start > len) start++;
        int n = v.length - start;
        if (n > len) throw new IllegalArgumentException("value longer than " + len + " bytes");
        byte[] out = new byte[len];
        System.arraycopy(v, start, out, len - n, n);
        return out;
    }
}
