package org.ikelab.crypto.ikev1;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ikelab.common.DecodeResult;
import org.ikelab.crypto.prf.PrfAlgorithm;

/**
 * Encryption of IKEv1 message bodies for one ISAKMP SA, with the IV chaining of RFC 2409
 * Appendix B: in phase 1 (message id 0) each message's IV is the last cipher block of the
 * previous message in either direction; each quick mode or informational exchange (message id
 * M) starts from hash(last phase-1 CBC block | M) and then chains the same way. The caller must
 * not feed retransmitted duplicates through {@link #decrypt}, which would move the chain.
 */
public final class Ikev1Crypter {
    /** Exchanges whose IV we keep; older ones are forgotten (strongSwan keeps a handful too). */
    private static final int MAX_EXCHANGES = 32;

    private final Ikev1Cipher cipher;
    private final byte[] key;
    private final PrfAlgorithm hash;
    private byte[] phase1Iv;
    private final Map<Integer, byte[]> exchangeIvs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> eldest) {
            return size() > MAX_EXCHANGES;
        }
    };

    public Ikev1Crypter(Ikev1Cipher cipher, byte[] key, PrfAlgorithm hash, byte[] initialIv) {
        if (key.length != cipher.keyLength() || initialIv.length != cipher.blockSize()) {
            throw new IllegalArgumentException("key or IV length does not fit the cipher");
        }
        this.cipher = cipher;
        this.key = key.clone();
        this.hash = hash;
        this.phase1Iv = initialIv.clone();
    }

    public int blockSize() {
        return cipher.blockSize();
    }

    /** The IV the next message of exchange {@code messageId} will use (a copy; for debug and key logs). */
    public byte[] currentIv(int messageId) {
        return ivFor(messageId).clone();
    }

    /**
     * Pads the plaintext payload chain with zero bytes to a whole number of blocks (receivers
     * find the end from the payload chain, RFC 2408 §3.5) and encrypts it.
     */
    public byte[] encrypt(int messageId, byte[] plaintext) {
        int bs = cipher.blockSize();
        int padded = (plaintext.length + bs - 1) / bs * bs;
        if (padded == 0) padded = bs;
        byte[] in = Arrays.copyOf(plaintext, padded);
        byte[] out = cipher.encrypt(key, ivFor(messageId), in);
        advance(messageId, out);
        return out;
    }

    /** Decrypts a body from the wire; the result keeps the sender's padding. */
    public DecodeResult<byte[]> decrypt(int messageId, byte[] ciphertext) {
        int bs = cipher.blockSize();
        if (ciphertext.length == 0 || ciphertext.length % bs != 0) {
            return DecodeResult.err("bad-ciphertext-length", ciphertext.length + " bytes, block " + bs);
        }
        byte[] plain = cipher.decrypt(key, ivFor(messageId), ciphertext);
        advance(messageId, ciphertext);
        return DecodeResult.ok(plain);
    }

    /** Drops the IV state of a finished quick mode or informational exchange. */
    public void forget(int messageId) {
        exchangeIvs.remove(messageId);
    }

    private byte[] ivFor(int messageId) {
        if (messageId == 0) return phase1Iv;
        return exchangeIvs.computeIfAbsent(messageId,
                m -> Ikev1Kdf.exchangeIv(hash, phase1Iv, m, cipher.blockSize()));
    }

    private void advance(int messageId, byte[] ciphertext) {
        byte[] last = Arrays.copyOfRange(ciphertext, ciphertext.length - cipher.blockSize(), ciphertext.length);
        if (messageId == 0) {
            phase1Iv = last;
        } else {
            exchangeIvs.put(messageId, last);
        }
    }
}
