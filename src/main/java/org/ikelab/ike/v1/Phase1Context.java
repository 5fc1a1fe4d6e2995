package org.ikelab.ike.v1;

import java.util.Optional;
import org.ikelab.common.DecodeResult;
import org.ikelab.common.RandomSource;
import org.ikelab.crypto.dh.DhGroup;
import org.ikelab.crypto.dh.DhGroups;
import org.ikelab.crypto.ikev1.Ikev1Cipher;
import org.ikelab.crypto.ikev1.Ikev1CipherProvider;
import org.ikelab.crypto.ikev1.Ikev1Crypter;
import org.ikelab.crypto.ikev1.Ikev1Kdf;
import org.ikelab.crypto.ikev1.Phase1Keys;
import org.ikelab.crypto.prf.PrfAlgorithm;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.ike.PeerConfig;
import org.ikelab.ike.Phase1Proposal;

/**
 * Phase-1 state shared by main mode (and later aggressive mode), strongSwan's phase1.c plus
 * keymat_v1.c: the agreed policy, DH values, nonces, SAi_b and the derived keys. Names follow
 * RFC 2409 from the initiator's point of view, whatever our role.
 */
public final class Phase1Context {
    /** IOS uses 20-byte nonces; RFC 2409 allows 8 to 256. */
    static final int NONCE_LENGTH = 20;

    /** Whether a peer's nonce has a length RFC 2409 §5 allows (8 to 256 bytes). */
    static boolean nonceLengthValid(byte[] nonce) {
        return nonce.length >= 8 && nonce.length <= 256;
    }

    final boolean initiator;
    final PeerConfig config;
    /** The peer's phase-1 identity once authenticated (main mode), else null. */
    org.ikelab.wire.isakmp.Payload.Id peerId;
    final RandomSource random;
    final Ikev1CipherProvider ciphers;
    byte[] ckyI;
    byte[] ckyR;
    Phase1Proposal agreed;
    byte[] saiB;
    DhGroup.DhKeyPair dh;
    byte[] gxi;
    byte[] gxr;
    byte[] ni;
    byte[] nr;
    boolean peerNatT;
    boolean natLocal;
    boolean natRemote;
    private Phase1Keys keys;
    private Ikev1Crypter crypter;

    Phase1Context(boolean initiator, PeerConfig config, RandomSource random, Ikev1CipherProvider ciphers) {
        this.initiator = initiator;
        this.config = config;
        this.random = random;
        this.ciphers = ciphers;
    }

    /** The keys once main mode message 3/4 are through, or null. */
    public Phase1Keys keys() {
        return keys;
    }

    /** The policy both sides agreed on, or null before MM2. */
    public Phase1Proposal agreed() {
        return agreed;
    }

    /** Whether NAT-D showed a NAT in front of us / in front of the peer. */
    public boolean natLocal() {
        return natLocal;
    }

    public boolean natRemote() {
        return natRemote;
    }

    Ikev1Crypter crypter() {
        return crypter;
    }

    PrfAlgorithm prf() {
        return PrfAlgorithm.byIkev1HashId(agreed.hash()).orElseThrow();
    }

    /** Checks that we can run the agreed policy (group, hash, cipher available). */
    boolean supported(Phase1Proposal p) {
        return DhGroups.byId(p.group()).isPresent() && PrfAlgorithm.byIkev1HashId(p.hash()).isPresent()
                && ciphers.phase1Cipher(p.encryption(), p.keyLengthBits()).isPresent();
    }

    /** Our DH key pair for the agreed group, made on first use. */
    byte[] ourPublicValue() {
        if (dh == null) dh = DhGroups.byId(agreed.group()).orElseThrow().generate(random);
        return dh.publicValue();
    }

    byte[] peerPublicValue() {
        return initiator ? gxr : gxi;
    }

    /** After both KE and nonces: g^xy, SKEYID..., the crypter. Errors name the failing check. */
    DecodeResult<Phase1Keys> deriveKeys() {
        DecodeResult<byte[]> gxy = dh.agree(peerPublicValue());
        if (gxy instanceof DecodeResult.Err<byte[]> e) return DecodeResult.err(e.reason(), e.detail());
        Optional<Ikev1Cipher> cipher = ciphers.phase1Cipher(agreed.encryption(), agreed.keyLengthBits());
        if (cipher.isEmpty()) return DecodeResult.err("cipher-unavailable", "encryption " + agreed.encryption());
        PrfAlgorithm prf = prf();
        byte[] skeyid = Ikev1Kdf.skeyidPreSharedKey(prf, config.preSharedKey(), ni, nr);
        keys = Ikev1Kdf.derive(prf, skeyid, gxy.value(), ckyI, ckyR, cipher.get().keyLength(), gxi, gxr,
                cipher.get().blockSize());
        crypter = new Ikev1Crypter(cipher.get(), keys.encryptionKey(), prf, keys.initialIv());
        return DecodeResult.ok(keys);
    }

    byte[] hashI(byte[] idiiB) {
        return Ikev1Kdf.hashI(prf(), keys.skeyid(), gxi, gxr, ckyI, ckyR, saiB, idiiB);
    }

    byte[] hashR(byte[] idirB) {
        return Ikev1Kdf.hashR(prf(), keys.skeyid(), gxi, gxr, ckyI, ckyR, saiB, idirB);
    }

    byte[] natHash(IkeEndpoint ep) {
        return NatDetection.hash(prf(), ckyI, ckyR, ep);
    }

    /**
     * The peer's authenticated phase-1 identity as IOS prints it: the address, or the FQDN /
     * user FQDN; null before main mode authenticated it.
     */
    public String peerIdentity() {
        if (peerId == null) return null;
        if (peerId.idType() == org.ikelab.wire.isakmp.IdType.IPV4_ADDR && peerId.data().length == 4) {
            return (peerId.data()[0] & 0xff) + "." + (peerId.data()[1] & 0xff) + "." + (peerId.data()[2] & 0xff) + "."
                    + (peerId.data()[3] & 0xff);
        }
        return new String(peerId.data(), java.nio.charset.StandardCharsets.US_ASCII);
    }
}
