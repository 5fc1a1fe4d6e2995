package org.ikelab.crypto.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM with a 16- or 12-byte ICV and AES-GMAC on the JDK's GCM, which has CPU intrinsics
 * (AES-NI, CLMUL/AVX). The JDK rejects tags shorter than 96 bits, so the 8-byte ICV variant
 * lives in {@link BcGcm}.
 *
 * <p>A GCM {@code init} costs an IV spec and some engine state per packet; the Cipher objects and
 * the nonce buffer are reused so that is all that is allocated.
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

    JceGcm(EncryptionAlgorithm algorithm, byte[] keyMaterial) {
        this.algorithm = algorithm;
        int k = algorithm.keyBytes();
        this.key = new SecretKeySpec(keyMaterial, 0, k, "AES");
        System.arraycopy(keyMaterial, k, nonce, 0, 4);
        this.icv = algorithm.icvBytes();
        this.tagBits = icv * 8;
        this.gmac = algorithm.kind() == EncryptionAlgorithm.Kind.GMAC;
        try {
            this.encryptor = Cipher.getInstance("AES/GCM/NoPadding");
            this.decryptor = Cipher.getInstance("AES/GCM/NoPadding");
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
        GcmFraming.loadIv(buf, ivOff, nonce);
        try {
            encryptor.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(tagBits, nonce));
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
        GcmFraming.loadIv(buf, ivOff, nonce);
        try {
            decryptor.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(tagBits, nonce));
            decryptor.updateAAD(aad, aadOff, aadLen);
            if (gmac) {
                decryptor.updateAAD(buf, ivOff, GcmFraming.EXPLICIT_IV);
                decryptor.updateAAD(buf, off, len);
                decryptor.doFinal(buf, off + len, icv, buf, off + len);
            } else {
                decryptor.doFinal(buf, off, len + icv, buf, off);
            }
            return true;
        } catch (AEADBadTagException e) {
            return false;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
