package org.ikelab.crypto.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM with a 16- or 12-byte ICV and AES-GMAC through the JCE's GCM (Corretto's or the JDK's,
 * see {@link GcmProvider}; both use AES-NI and carry-less multiply). The JDK rejects tags shorter
 * than 96 bits, so the 8-byte ICV variant lives in {@link BcGcm}.
 *
 * <p>The JCE has no way to change a GCM nonce but {@code init}. In the JDK's own provider each
 * init allocates about 0.9-1 KB (a fresh engine with its GHASH and counter state, key and IV
 * copies; {@code CipherPartsJmhBench}), so the ciphers come from {@link GcmProvider}, which picks
 * a provider that keeps its state (32-64 bytes per init) where one loads. An allocation-free
 * alternative in Java (ECB keystream plus GHASH, {@code GcmAlternativeJmhBench}) is 7 times
 * slower at 1400 bytes; for payloads up to {@link SmallGcm#MAX_PAYLOAD} bytes it is as fast, so
 * GCM (not GMAC) packets that small go there and leave no garbage. Everything on this side is
 * reused: the Cipher objects, the nonce, the parameter spec and the open scratch array.
 */
final class JceGcm implements Aead {
    private static final int NONCE = 12;

    private final EncryptionAlgorithm algorithm;
    private final SecretKeySpec key;
    private final byte[] nonce = new byte[NONCE];
    private final int tagBits;
    private final int icv;
    private final boolean gmac;
    private final Cipher encryptor;
    private final Cipher decryptor;
    private final NonceSpec spec;
    private final SmallGcm small;
    // Open decrypts into this and copies back: see open().
    private byte[] scratch = new byte[0];

    JceGcm(EncryptionAlgorithm algorithm, byte[] keyMaterial) {
        this(algorithm, keyMaterial, false);
    }

    /** With {@code jdkProvider}, always the JDK's SunJCE (tests and benchmarks compare the two). */
    JceGcm(EncryptionAlgorithm algorithm, byte[] keyMaterial, boolean jdkProvider) {
        this.algorithm = algorithm;
        int k = algorithm.keyBytes();
        this.key = new SecretKeySpec(keyMaterial, 0, k, "AES");
        System.arraycopy(keyMaterial, k, nonce, 0, 4);
        this.icv = algorithm.icvBytes();
        this.tagBits = icv * 8;
        this.gmac = algorithm.kind() == EncryptionAlgorithm.Kind.GMAC;
        this.spec = new NonceSpec(tagBits, nonce);
        this.small = gmac ? null : new SmallGcm(algorithm, keyMaterial);
        try {
            this.encryptor = GcmProvider.newCipher(jdkProvider);
            this.decryptor = GcmProvider.newCipher(jdkProvider);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JCE lacks AES/GCM", e);
        }
    }

    @Override
    public EncryptionAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public void seal(byte[] aad, int aadOff, int aadLen, byte[] buf, int ivOff, int off, int len) {
        if (small != null && len <= SmallGcm.MAX_PAYLOAD) {
            small.seal(aad, aadOff, aadLen, buf, ivOff, off, len);
            return;
        }
        GcmFraming.loadIv(buf, ivOff, nonce);
        try {
            encryptor.init(Cipher.ENCRYPT_MODE, key, spec);
            encryptor.updateAAD(aad, aadOff, aadLen);
            if (gmac) {
                encryptor.updateAAD(buf, ivOff, GcmFraming.EXPLICIT_IV);
                encryptor.updateAAD(buf, off, len);
                encryptor.doFinal(buf, off, 0, buf, off + len);
            } else {
                encryptor.doFinal(buf, off, len, buf, off);
            }
        } catch (GeneralSecurityException e) {
            // The SA layer never reuses an IV and always leaves tailroom for the ICV.
            throw new IllegalStateException(algorithm + " seal failed", e);
        }
    }

    @Override
    public boolean open(byte[] aad, int aadOff, int aadLen, byte[] buf, int ivOff, int off, int len) {
        if (!GcmFraming.inBounds(aad, aadOff, aadLen, buf, ivOff, off, len, icv)) return false;
        if (small != null && len <= SmallGcm.MAX_PAYLOAD) return small.open(aad, aadOff, aadLen, buf, ivOff, off, len);
        GcmFraming.loadIv(buf, ivOff, nonce);
        try {
            decryptor.init(Cipher.DECRYPT_MODE, key, spec);
            decryptor.updateAAD(aad, aadOff, aadLen);
            if (gmac) {
                decryptor.updateAAD(buf, ivOff, GcmFraming.EXPLICIT_IV);
                decryptor.updateAAD(buf, off, len);
                decryptor.doFinal(buf, off + len, icv, buf, off + len);
            } else {
                // Not in place: the JDK skips its combined AES+GHASH intrinsic when a decryption's
                // output overlaps its input, and the copy back costs less than that (about 370 vs
                // 420 ns at 1400 bytes). A wrong ICV leaves buf as it was.
                if (scratch.length < len) scratch = new byte[Math.max(len, 2048)];
                decryptor.doFinal(buf, off, len + icv, scratch, 0);
                System.arraycopy(scratch, 0, buf, off, len);
            }
            return true;
        } catch (AEADBadTagException e) {
            return false;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The GCM parameters of the current packet, one object per SA direction: the provider reads
     * the tag length and asks for the IV at each {@code init}. {@link #getIV} hands out a copy of
     * the nonce as it is now, as the base class would, because the provider keeps that array to
     * refuse a repeated IV on encryption. Saves the spec and its IV copy per packet.
     */
    private static final class NonceSpec extends GCMParameterSpec {
        private final byte[] nonce;

        NonceSpec(int tagBits, byte[] nonce) {
            super(tagBits, nonce);
            this.nonce = nonce;
        }

        @Override
        public byte[] getIV() {
            return nonce.clone();
        }
    }
}
