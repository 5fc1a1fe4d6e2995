package org.ikelab.ipsec;

import org.ikelab.crypto.cipher.Aead;
import org.ikelab.crypto.cipher.CbcCipher;
import org.ikelab.crypto.cipher.Hmac;
import org.ikelab.crypto.cipher.Transforms;

/**
 * The cryptographic half of ESP outbound: encrypts a prepared packet and appends its ICV, and
 * nothing else. Everything that reads or changes SA state (sequence number, counters, lifetimes,
 * headers) happened before, in {@link EspProcessor#prepare}, on the router's thread. That split
 * lets a {@link PendingSeal} run this half on another thread.
 *
 * <p>An instance owns its keyed transforms and scratch arrays and is used by one thread at a
 * time: the SA's own sealer by the router's thread, its off-thread sealer by the one helper thread
 * the router hands its seals to (see {@link IpsecSa#offThreadSealer()}).
 */
final class EspSealer {
    private final CbcCipher cbc;
    private final Aead aead;
    private final Hmac hmac;
    private final long spi;
    private final boolean esn;
    private final byte[] aad = new byte[12];
    private final byte[] seqHigh = new byte[4];

    private EspSealer(CbcCipher cbc, Aead aead, Hmac hmac, SaConfig c) {
        this.cbc = cbc;
        this.aead = aead;
        this.hmac = hmac;
        this.spi = c.spi();
        this.esn = c.esn();
    }

    /** A sealer sharing the SA's transforms: for the router's own thread only. */
    static EspSealer sharing(IpsecSa sa) {
        return new EspSealer(sa.cbc, sa.aead, sa.hmac, sa.config());
    }

    /** A sealer with transforms of its own, keyed like the SA's: safe to use beside the SA's. */
    static EspSealer independent(IpsecSa sa) {
        SaConfig c = sa.config();
        return new EspSealer(
                sa.cbc == null ? null : Transforms.cbc(c.encryption(), c.encryptionKey()),
                sa.aead == null ? null : Transforms.aead(c.encryption(), c.encryptionKey()),
                sa.hmac == null ? null : Transforms.integrity(c.integrity(), c.integrityKey()),
                c);
    }

    /**
     * Encrypts {@code b[payloadOff, payloadOff+encLen)} (payload, padding, trailer) with the IV at
     * {@code ivOff}, then writes the ICV over {@code b[espOff, trailerEnd)} at {@code trailerEnd}.
     */
    void seal(byte[] b, int espOff, int ivOff, int payloadOff, int encLen, int trailerEnd, long seq) {
        if (cbc != null) {
            // Writes an unpredictable IV (RFC 3602 §3) and encrypts: see CbcCipher.encryptWithIv.
            cbc.encryptWithIv(b, ivOff, encLen, seq);
        } else if (aead != null) {
            aead.seal(aad, 0, fillAad(seq), b, ivOff, payloadOff, encLen);
        }
        if (hmac != null) {
            hmac.update(b, espOff, trailerEnd - espOff);
            if (esn) {
                // ESN: the high half is authenticated after the trailer but never sent (RFC 4303 §2.2.1).
                Ipv4.putS32(seqHigh, 0, (int) (seq >>> 32));
                hmac.update(seqHigh, 0, 4);
            }
            hmac.finish(b, trailerEnd);
        }
    }

    /** AAD for GCM/GMAC: SPI || seq (8 bytes) or SPI || seq high || seq low with ESN (RFC 4106 §5). */
    private int fillAad(long seq) {
        Ipv4.putS32(aad, 0, (int) spi);
        if (esn) {
            EspProcessor.putLong(aad, 4, seq);
            return 12;
        }
        Ipv4.putS32(aad, 4, (int) seq);
        return 8;
    }
}
