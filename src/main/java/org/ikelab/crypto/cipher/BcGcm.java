package org.ikelab.crypto.cipher;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-GCM with an 8-byte ICV (RFC 4106 ENCR_AES_GCM_8) on bouncycastle, because the JDK's GCM
 * refuses tags shorter than 96 bits. Rare in practice; speed matters less here.
 */
final class BcGcm implements Aead {

    private final EncryptionAlgorithm algorithm;
    private final KeyParameter key;
    private final byte[] nonce = new byte[12];
    private final int icv;
    private final GCMModeCipher encryptor = GCMBlockCipher.newInstance(AESEngine.newInstance());
    private final GCMModeCipher decryptor = GCMBlockCipher.newInstance(AESEngine.newInstance());

    BcGcm(EncryptionAlgorithm algorithm, byte[] keyMaterial) {
        this.algorithm = algorithm;
        int k = algorithm.keyBytes();
        this.key = new KeyParameter(keyMaterial, 0, k);
        System.arraycopy(keyMaterial, k, nonce, 0, 4);
        this.icv = algorithm.icvBytes();
    }

    @Override
    public EncryptionAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public void seal(byte[] aad, int aadOff, int aadLen, byte[] buf, int ivOff, int off, int len) {
        GcmFraming.loadIv(buf, ivOff, nonce);
        encryptor.init(true, new AEADParameters(key, icv * 8, nonce));
        encryptor.processAADBytes(aad, aadOff, aadLen);
        int n = encryptor.processBytes(buf, off, len, buf, off);
        try {
            encryptor.doFinal(buf, off + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(algorithm + " seal failed", e);
        }
    }

    @Override
    public boolean open(byte[] aad, int aadOff, int aadLen, byte[] buf, int ivOff, int off, int len) {
        if (!GcmFraming.inBounds(aad, aadOff, aadLen, buf, ivOff, off, len, icv)) return false;
        GcmFraming.loadIv(buf, ivOff, nonce);
        try {
            decryptor.init(false, new AEADParameters(key, icv * 8, nonce));
            decryptor.processAADBytes(aad, aadOff, aadLen);
            int n = decryptor.processBytes(buf, off, len + icv, buf, off);
            decryptor.doFinal(buf, off + n);
            return true;
        } catch (InvalidCipherTextException | RuntimeException e) {
            return false;
        }
    }
}
