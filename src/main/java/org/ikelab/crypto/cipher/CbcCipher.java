package org.ikelab.crypto.cipher;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed block cipher in CBC mode without padding (DES, 3DES, AES), working in place on heap
 * arrays with a caller-supplied IV. Used by ESP (RFC 2405, RFC 2451, RFC 3602: the IV is the
 * first bytes of the ESP payload) and by IKEv1 phase 1 (RFC 2409 Appendix B: the IV is the last
 * ciphertext block of the previous message, which the caller keeps).
 *
 * <p>One instance per SA direction; not thread-safe (one thread per router, decision 1). The JCE
 * {@link Cipher} objects are created once. The caller-IV methods re-initialise them per call; the
 * ESP methods {@link #encryptWithIv} and {@link #decryptAfterIv} never do (see there), which
 * saves the init and its allocations on every packet.
 */
public final class CbcCipher {
    private final EncryptionAlgorithm algorithm;
    private final SecretKeySpec key;
    private final Cipher encryptor;
    private final Cipher decryptor;
    private final int blockBytes;
    // Reused IV holder: IvParameterSpec copies its input, so the spec itself is per call.
    private final byte[] ivScratch;
    private byte[] scratch = new byte[0];

    private CbcCipher(EncryptionAlgorithm algorithm, byte[] keyBytes) {
        if (algorithm.kind() != EncryptionAlgorithm.Kind.CBC) {
            throw new IllegalArgumentException(algorithm + " is not a CBC transform");
        }
        if (keyBytes.length != algorithm.keyBytes()) {
            throw new IllegalArgumentException(algorithm + " needs a " + algorithm.keyBytes() + "-byte key, got " + keyBytes.length);
        }
        this.algorithm = algorithm;
        String jce = switch (algorithm) {
            case DES_CBC -> "DES";
            case TRIPLE_DES_CBC -> "DESede";
            default -> "AES";
        };
        this.key = new SecretKeySpec(keyBytes, jce);
        this.blockBytes = algorithm.blockBytes();
        this.ivScratch = new byte[blockBytes];
        try {
            this.encryptor = Cipher.getInstance(jce + "/CBC/NoPadding");
            this.decryptor = Cipher.getInstance(jce + "/CBC/NoPadding");
            // Initialised once so the chaining methods work from the first packet on.
            encryptor.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(new byte[blockBytes]));
            decryptor.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(new byte[blockBytes]));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JCE lacks " + jce + "/CBC", e);
        }
    }

    /** A keyed CBC cipher for {@code algorithm} (DES, 3DES or AES-CBC of any size). */
    public static CbcCipher create(EncryptionAlgorithm algorithm, byte[] key) {
        return new CbcCipher(algorithm, key);
    }

    public EncryptionAlgorithm algorithm() {
        return algorithm;
    }

    public int blockBytes() {
        return blockBytes;
    }

    /**
     * Encrypts {@code buf[off, off+len)} in place with IV {@code iv[ivOff, ivOff+block)}.
     * {@code len} must be a multiple of the block size (the caller pads).
     */
    public void encrypt(byte[] iv, int ivOff, byte[] buf, int off, int len) {
        run(encryptor, Cipher.ENCRYPT_MODE, iv, ivOff, buf, off, len);
    }

    /**
     * Decrypts in place. Returns false (and leaves {@code buf} unspecified) if {@code len} is not a
     * positive multiple of the block size, so untrusted lengths never raise an exception.
     */
    public boolean decrypt(byte[] iv, int ivOff, byte[] buf, int off, int len) {
        if (len <= 0 || len % blockBytes != 0 || off < 0 || off + len > buf.length
                || ivOff < 0 || ivOff + blockBytes > iv.length) {
            return false;
        }
        run(decryptor, Cipher.DECRYPT_MODE, iv, ivOff, buf, off, len);
        return true;
    }

    /**
     * Decrypts {@code in[inOff, inOff+len)} into {@code out[outOff, ...)} (the ranges may overlap).
     * Returns false on bad lengths.
     */
    public boolean decrypt(byte[] iv, int ivOff, byte[] in, int inOff, int len, byte[] out, int outOff) {
        if (len <= 0 || len % blockBytes != 0 || inOff < 0 || inOff + len > in.length || outOff < 0 || outOff + len > out.length
                || ivOff < 0 || ivOff + blockBytes > iv.length) {
            return false;
        }
        run(decryptor, Cipher.DECRYPT_MODE, iv, ivOff, in, inOff, len, out, outOff);
        return true;
    }

    /**
     * ESP outbound: makes an unpredictable IV and encrypts with it, without re-initialising the
     * cipher. The block at {@code buf[ivOff]} is filled with {@code nonce} (the sequence number)
     * and encrypted as the first block of the running CBC chain: the result,
     * E_K(nonce XOR previous ciphertext block), is the IV sent in the packet (an encrypted-nonce IV
     * as NIST SP 800-38A Appendix C recommends; RFC 3602 §3 only asks for unpredictability), and
     * the {@code len} payload bytes after it come out exactly as CBC under that IV.
     */
    public void encryptWithIv(byte[] buf, int ivOff, int len, long nonce) {
        if (len % blockBytes != 0) throw new IllegalArgumentException("length " + len + " is not a multiple of " + blockBytes);
        Arrays.fill(buf, ivOff, ivOff + blockBytes, (byte) 0);
        for (int i = 0; i < 8; i++) buf[ivOff + blockBytes - 1 - i] = (byte) (nonce >>> (8 * i));
        chain(encryptor, buf, ivOff, blockBytes + len, 0);
    }

    /**
     * ESP inbound: decrypts the {@code len} bytes after the IV at {@code buf[ivOff]} in place,
     * without re-initialising the cipher: the IV block is fed through the running chain first, so
     * that the first payload block is XORed with it, as CBC under that IV requires (the output for
     * the IV block itself is discarded). Returns false on bad lengths.
     */
    public boolean decryptAfterIv(byte[] buf, int ivOff, int len) {
        if (len <= 0 || len % blockBytes != 0 || ivOff < 0 || ivOff + blockBytes + len > buf.length) return false;
        chain(decryptor, buf, ivOff, blockBytes + len, blockBytes);
        return true;
    }

    /** Runs {@code buf[off, off+len)} through the running chain; copies back all but the first {@code skip} bytes. */
    private void chain(Cipher c, byte[] buf, int off, int len, int skip) {
        if (scratch.length < len) scratch = new byte[Math.max(len, 2048)];
        try {
            c.update(buf, off, len, scratch, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " CBC failed", e);
        }
        System.arraycopy(scratch, skip, buf, off + skip, len - skip);
    }

    private void run(Cipher c, int mode, byte[] iv, int ivOff, byte[] buf, int off, int len) {
        run(c, mode, iv, ivOff, buf, off, len, buf, off);
    }

    private void run(Cipher c, int mode, byte[] iv, int ivOff, byte[] in, int inOff, int len, byte[] out, int outOff) {
        if (len % blockBytes != 0) throw new IllegalArgumentException("length " + len + " is not a multiple of " + blockBytes);
        System.arraycopy(iv, ivOff, ivScratch, 0, blockBytes);
        // The JDK copies the input to a fresh array whenever input and output overlap (even
        // exactly), which would be a packet-sized allocation per packet. Going through a reused
        // scratch array costs one memcpy and allocates nothing.
        if (scratch.length < len) scratch = new byte[Math.max(len, 2048)];
        try {
            c.init(mode, key, new IvParameterSpec(ivScratch));
            // update, not doFinal: whole blocks without padding are processed completely, and the
            // next init resets the state.
            c.update(in, inOff, len, scratch, 0);
        } catch (GeneralSecurityException e) {
            // Only reachable through a programming error (lengths are checked above).
            throw new IllegalStateException(algorithm + " CBC failed", e);
        } finally {
            Arrays.fill(ivScratch, (byte) 0);
        }
        System.arraycopy(scratch, 0, out, outOff, len);
    }
}
