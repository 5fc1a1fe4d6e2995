package org.ikelab.crypto.cipher;

import java.security.MessageDigest;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
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
 * JMH: the pieces of ESP crypto for one packet of {@code size} payload bytes, each alone, in
 * nanoseconds per operation, sampled (the median is robust on a busy machine; run with {@code -prof gc} for bytes per operation). Splits the
 * AES-CBC + HMAC-SHA1 cost into its serial CBC encryption and its HMAC, and compares the JCE GCM
 * ways of opening a packet (in place, where the JDK skips its combined AES+GHASH intrinsic, and
 * into a scratch array copied back).
 * <pre>./ikelab bench jmh CipherPartsJmhBench -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CipherPartsJmhBench {
    /** Bytes to protect: the inner packet plus ESP padding and trailer, a multiple of 16. */
    @Param({"80", "1424"})
    public int size;

    private final byte[] buf = new byte[4096];
    private final byte[] scratch = new byte[4096];
    private final byte[] icv = new byte[64];
    private final byte[] aad = new byte[8];
    private byte[] sealed;
    private CbcCipher cbc;
    private Cipher cbcRaw;
    private Hmac hmac;
    private Mac mac;
    private MessageDigest sha1;
    private Aead gcm;
    private Cipher gcmDecryptor;
    private SecretKeySpec gcmKey;
    private final byte[] nonce = new byte[12];
    private long seq;

    @Setup
    public void setup() throws Exception {
        byte[] k16 = new byte[16];
        for (int i = 0; i < 16; i++) k16[i] = (byte) (i * 7 + 1);
        byte[] k20 = new byte[20];
        byte[] k20salt = new byte[20];
        System.arraycopy(k16, 0, k20salt, 0, 16);
        cbc = CbcCipher.create(EncryptionAlgorithm.AES_CBC_128, k16);
        cbcRaw = Cipher.getInstance("AES/CBC/NoPadding");
        cbcRaw.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k16, "AES"), new IvParameterSpec(new byte[16]));
        hmac = Hmac.create(IntegrityAlgorithm.HMAC_SHA1_96, k20);
        mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(k20, "HmacSHA1"));
        sha1 = MessageDigest.getInstance("SHA-1");
        gcm = Transforms.aead(EncryptionAlgorithm.AES_GCM_16_128, k20salt);
        gcmKey = new SecretKeySpec(k16, "AES");
        gcmDecryptor = Cipher.getInstance("AES/GCM/NoPadding");
        // One sealed packet (IV at 0, payload at 8, ICV after) to open again and again.
        gcm.seal(aad, 0, 8, buf, 0, 8, size);
        sealed = java.util.Arrays.copyOf(buf, 8 + size + 16);
    }

    /** ESP outbound CBC as the data plane does it: IV block + payload through the running chain, copied back. */
    @Benchmark
    public byte[] cbcEncrypt() {
        cbc.encryptWithIv(buf, 0, size, ++seq);
        return buf;
    }

    /** The JCE's serial AES-CBC encryption alone, into another array (no copy back). */
    @Benchmark
    public byte[] cbcEncryptRaw() throws Exception {
        cbcRaw.update(buf, 16, size, scratch, 0);
        return scratch;
    }

    /** ESP inbound CBC (AES-NI decryption runs blocks in parallel). */
    @Benchmark
    public boolean cbcDecrypt() {
        return cbc.decryptAfterIv(buf, 0, size);
    }

    /** HMAC-SHA1-96 over ESP header + IV + payload as the data plane does it. */
    @Benchmark
    public byte[] hmacSha1() {
        hmac.update(buf, 0, 8 + 16 + size);
        hmac.finish(icv, 0);
        return icv;
    }

    /** The same on {@code javax.crypto.Mac}, for comparison. */
    @Benchmark
    public byte[] hmacSha1Mac() throws Exception {
        mac.update(buf, 0, 8 + 16 + size);
        mac.doFinal(icv, 0);
        return icv;
    }

    /** Plain SHA-1 of the same bytes: the HMAC minus its two pad blocks and outer hash. */
    @Benchmark
    public byte[] sha1() throws Exception {
        sha1.update(buf, 0, 8 + 16 + size);
        sha1.digest(icv, 0, 20);
        return icv;
    }

    /** GCM seal as the data plane does it: {@link SmallGcm} up to its limit, one JCE init per packet above. */
    @Benchmark
    public byte[] gcmSeal() {
        putSeq(++seq);
        gcm.seal(aad, 0, 8, buf, 0, 8, size);
        return buf;
    }

    /** GCM open as the data plane does it ({@link SmallGcm} or the JCE, as for seal); includes restoring the sealed packet. */
    @Benchmark
    public boolean gcmOpen() {
        System.arraycopy(sealed, 0, buf, 0, sealed.length);
        return gcm.open(aad, 0, 8, buf, 0, 8, size);
    }

    /** GCM open in place on the JCE (no combined intrinsic); includes the restore. */
    @Benchmark
    public boolean gcmOpenInPlace() throws Exception {
        System.arraycopy(sealed, 0, buf, 0, sealed.length);
        System.arraycopy(buf, 0, nonce, 4, 8);
        gcmDecryptor.init(Cipher.DECRYPT_MODE, gcmKey, new GCMParameterSpec(128, nonce));
        gcmDecryptor.updateAAD(aad, 0, 8);
        gcmDecryptor.doFinal(buf, 8, size + 16, buf, 8);
        return true;
    }

    /** GCM open on the JCE into a scratch array (combined intrinsic), copied back; includes the restore. */
    @Benchmark
    public boolean gcmOpenViaScratch() throws Exception {
        System.arraycopy(sealed, 0, buf, 0, sealed.length);
        System.arraycopy(buf, 0, nonce, 4, 8);
        gcmDecryptor.init(Cipher.DECRYPT_MODE, gcmKey, new GCMParameterSpec(128, nonce));
        gcmDecryptor.updateAAD(aad, 0, 8);
        int n = gcmDecryptor.doFinal(buf, 8, size + 16, scratch, 0);
        System.arraycopy(scratch, 0, buf, 8, n);
        return true;
    }

    /** The restore copy alone, to subtract from the two open figures. */
    @Benchmark
    public byte[] restoreOnly() {
        System.arraycopy(sealed, 0, buf, 0, sealed.length);
        return buf;
    }

    private void putSeq(long s) {
        for (int i = 0; i < 8; i++) buf[i] = (byte) (s >>> (56 - 8 * i));
    }
}
