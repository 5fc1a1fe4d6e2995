package org.ikelab.crypto.cipher;

import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.modes.gcm.GCMMultiplier;
import org.bouncycastle.crypto.modes.gcm.Tables4kGCMMultiplier;
import org.bouncycastle.crypto.modes.gcm.Tables64kGCMMultiplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: can an allocation-free GCM beat the JCE's, whose per-packet {@code init} leaves about 1 KB
 * of garbage? The candidate is the construction the brief suggested: the counter keystream from
 * a JCE "AES/ECB/NoPadding" cipher initialised once per SA (AES-NI/VAES intrinsic), XORed into
 * the payload, and GHASH in Java (bouncycastle's 4 KB and 64 KB table multipliers: the JDK's
 * CLMUL GHASH is not reachable without a GCM init). A prototype for measuring only; the setup
 * checks that it computes the same ciphertext and tag as the JCE. {@link SmallGcm} is this
 * construction with the 4 KB tables, used for payloads up to {@link SmallGcm#MAX_PAYLOAD} bytes.
 * <pre>./ikelab bench jmh GcmAlternativeJmhBench -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class GcmAlternativeJmhBench {
    @Param({"48", "80", "128", "1424"})
    public int size;

    private final byte[] buf = new byte[4096];
    private final byte[] aad = new byte[8];
    private Aead jce;
    private Cipher raw;
    private SecretKeySpec rawKey;
    private final byte[] nonce = new byte[12];
    private EcbGhashGcm alt4k;
    private EcbGhashGcm alt64k;
    private long seq;

    @Setup
    public void setup() throws Exception {
        byte[] km = new byte[20];
        for (int i = 0; i < 20; i++) km[i] = (byte) (i * 13 + 5);
        jce = Transforms.aead(EncryptionAlgorithm.AES_GCM_16_128, km);
        raw = Cipher.getInstance("AES/GCM/NoPadding");
        rawKey = new SecretKeySpec(km, 0, 16, "AES");
        System.arraycopy(km, 16, nonce, 0, 4);
        alt4k = new EcbGhashGcm(km, new Tables4kGCMMultiplier());
        alt64k = new EcbGhashGcm(km, new Tables64kGCMMultiplier());
        // Same output as the JCE, or the figures mean nothing.
        byte[] a = new byte[4096];
        byte[] b = new byte[4096];
        for (int i = 0; i < a.length; i++) a[i] = b[i] = (byte) (i * 31);
        jce.seal(aad, 0, 8, a, 0, 8, size);
        alt64k.seal(aad, 0, 8, b, 0, 8, size);
        if (!java.util.Arrays.equals(a, 0, 8 + size + 16, b, 0, 8 + size + 16)) throw new IllegalStateException("prototype differs from JCE");
    }

    /** The data plane's seal: {@link SmallGcm} up to its limit, the JCE above. */
    @Benchmark
    public byte[] jceSeal() {
        putSeq(++seq);
        jce.seal(aad, 0, 8, buf, 0, 8, size);
        return buf;
    }

    /** The JCE's GCM alone, one init per packet. */
    @Benchmark
    public byte[] rawJceSeal() throws Exception {
        putSeq(++seq);
        System.arraycopy(buf, 0, nonce, 4, 8);
        raw.init(Cipher.ENCRYPT_MODE, rawKey, new javax.crypto.spec.GCMParameterSpec(128, nonce));
        raw.updateAAD(aad, 0, 8);
        raw.doFinal(buf, 8, size, buf, 8);
        return buf;
    }

    @Benchmark
    public byte[] ecbGhash4kSeal() {
        putSeq(++seq);
        alt4k.seal(aad, 0, 8, buf, 0, 8, size);
        return buf;
    }

    @Benchmark
    public byte[] ecbGhash64kSeal() {
        putSeq(++seq);
        alt64k.seal(aad, 0, 8, buf, 0, 8, size);
        return buf;
    }

    private void putSeq(long s) {
        for (int i = 0; i < 8; i++) buf[i] = (byte) (s >>> (56 - 8 * i));
    }

    /** RFC 4106 GCM seal from ECB + table GHASH, allocation-free per packet. */
    static final class EcbGhashGcm {
        private final Cipher ecb;
        private final GCMMultiplier mul;
        private final byte[] salt = new byte[4];
        private final byte[] counters = new byte[4096 + 32];
        private final byte[] stream = new byte[4096 + 32];
        private final byte[] x = new byte[16];

        EcbGhashGcm(byte[] keyMaterial, GCMMultiplier mul) throws Exception {
            ecb = Cipher.getInstance("AES/ECB/NoPadding");
            ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyMaterial, 0, 16, "AES"));
            System.arraycopy(keyMaterial, 16, salt, 0, 4);
            byte[] h = new byte[16];
            ecb.update(new byte[16], 0, 16, h, 0);
            this.mul = mul;
            mul.init(h);
        }

        void seal(byte[] a, int aOff, int aLen, byte[] buf, int ivOff, int off, int len) {
            int blocks = (len + 15) / 16;
            // Block 0: J0 (counter 1) for the tag; blocks 1..n: counters 2..n+1 for the payload.
            for (int b = 0; b <= blocks; b++) {
                int p = b * 16;
                System.arraycopy(salt, 0, counters, p, 4);
                System.arraycopy(buf, ivOff, counters, p + 4, 8);
                int c = b + 1;
                counters[p + 12] = (byte) (c >>> 24);
                counters[p + 13] = (byte) (c >>> 16);
                counters[p + 14] = (byte) (c >>> 8);
                counters[p + 15] = (byte) c;
            }
            try {
                ecb.update(counters, 0, (blocks + 1) * 16, stream, 0);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            for (int i = 0; i < len; i++) buf[off + i] ^= stream[16 + i];
            java.util.Arrays.fill(x, (byte) 0);
            absorb(a, aOff, aLen);
            absorb(buf, off, len);
            long aBits = aLen * 8L;
            long cBits = len * 8L;
            for (int i = 0; i < 8; i++) {
                x[i] ^= (byte) (aBits >>> (56 - 8 * i));
                x[8 + i] ^= (byte) (cBits >>> (56 - 8 * i));
            }
            mul.multiplyH(x);
            for (int i = 0; i < 16; i++) buf[off + len + i] = (byte) (x[i] ^ stream[i]);
        }

        private void absorb(byte[] d, int off, int len) {
            for (int p = 0; p < len; p += 16) {
                int n = Math.min(16, len - p);
                for (int i = 0; i < n; i++) x[i] ^= d[off + p + i];
                mul.multiplyH(x);
            }
        }
    }
}
