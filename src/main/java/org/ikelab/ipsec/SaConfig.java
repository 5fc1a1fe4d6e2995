package org.ikelab.ipsec;

import java.util.Arrays;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;

/**
 * Everything the control plane negotiated for one SA (one direction of one protocol), the
 * argument of {@link IpsecDataPlane#install}. Immutable; build with {@link #esp}/{@link #ah}.
 *
 * @param spi          the SPI carried in packets of this SA (chosen by the receiver)
 * @param local        our tunnel endpoint address
 * @param peer         the peer's endpoint address
 * @param udpEncap     RFC 3948 UDP encapsulation (NAT-T), ESP only
 * @param localPort    our UDP port when encapsulated (4500)
 * @param peerPort     the peer's UDP port when encapsulated (4500, or what a NAT maps it to)
 * @param replayWindow anti-replay window in packets, 64..1024, or 0 for none (IOS {@code replay disable});
 *                     always 0 without an integrity check, as IOS shows "replay detection support: N"
 * @param esn          extended (64-bit) sequence numbers, RFC 4303 §2.2.1
 * @param selector     the inner traffic this SA carries, as source/destination of those packets
 */
public record SaConfig(long spi, IpsecProtocol protocol, Direction direction, int local, int peer, Mode mode,
                       boolean udpEncap, int localPort, int peerPort,
                       EncryptionAlgorithm encryption, byte[] encryptionKey,
                       IntegrityAlgorithm integrity, byte[] integrityKey,
                       int replayWindow, boolean esn, Lifetime lifetime, DfBitPolicy dfBit, Selector selector) {

    public SaConfig {
        if (spi < 0 || spi > 0xFFFFFFFFL) throw new IllegalArgumentException("SPI out of range: " + spi);
        if (spi < 256) throw new IllegalArgumentException("SPI 0..255 are reserved (RFC 4303 §2.1): " + spi);
        encryptionKey = encryptionKey == null ? new byte[0] : encryptionKey.clone();
        integrityKey = integrityKey == null ? new byte[0] : integrityKey.clone();
        if (protocol == IpsecProtocol.AH) {
            if (encryption != null) throw new IllegalArgumentException("AH has no encryption transform");
            if (integrity == null || integrity == IntegrityAlgorithm.NONE) throw new IllegalArgumentException("AH needs an integrity transform");
            if (udpEncap) throw new IllegalArgumentException("AH cannot be UDP-encapsulated (RFC 3948 covers ESP only)");
        } else {
            if (encryption == null) throw new IllegalArgumentException("ESP needs an encryption transform (NULL for none)");
            if (integrity == null) integrity = IntegrityAlgorithm.NONE;
            if (encryption.combinedMode() && integrity != IntegrityAlgorithm.NONE) {
                throw new IllegalArgumentException(encryption + " is a combined mode; no separate integrity transform");
            }
            if (encryption == EncryptionAlgorithm.NULL && integrity == IntegrityAlgorithm.NONE) {
                throw new IllegalArgumentException("ESP with neither encryption nor integrity (RFC 4303 §3.2)");
            }
            if (encryptionKey.length != encryption.keyMaterialBytes()) {
                throw new IllegalArgumentException(encryption + " needs " + encryption.keyMaterialBytes() + " bytes of key material");
            }
        }
        if (integrity != IntegrityAlgorithm.NONE && integrityKey.length != integrity.keyBytes()) {
            throw new IllegalArgumentException(integrity + " needs a " + integrity.keyBytes() + "-byte key");
        }
        if (replayWindow != 0 && (replayWindow < ReplayWindow.MIN_SIZE || replayWindow > ReplayWindow.MAX_SIZE
                || Integer.bitCount(replayWindow) != 1)) {
            throw new IllegalArgumentException("replay window must be 0 or a power of two in 64..1024: " + replayWindow);
        }
        if (!hasIntegrity(protocol, encryption, integrity)) replayWindow = 0;
        if (esn && replayWindow == 0 && direction == Direction.INBOUND) replayWindow = ReplayWindow.MIN_SIZE;
        if (lifetime == null) lifetime = Lifetime.NONE;
        if (dfBit == null) dfBit = DfBitPolicy.COPY;
        if (selector == null) selector = Selector.ANY;
        if (mode == null) mode = Mode.TUNNEL;
    }

    private static boolean hasIntegrity(IpsecProtocol p, EncryptionAlgorithm e, IntegrityAlgorithm i) {
        return p == IpsecProtocol.AH || (e != null && e.combinedMode()) || (i != null && i != IntegrityAlgorithm.NONE);
    }

    /** True if packets carry an ICV (HMAC, combined mode, or AH). */
    public boolean authenticated() {
        return hasIntegrity(protocol, encryption, integrity);
    }

    /** Source address of packets of this SA on the wire. */
    public int wireSource() {
        return direction == Direction.OUTBOUND ? local : peer;
    }

    /** Destination address of packets of this SA on the wire (the SAD key's address). */
    public int wireDestination() {
        return direction == Direction.OUTBOUND ? peer : local;
    }

    @Override
    public byte[] encryptionKey() {
        return encryptionKey.clone();
    }

    @Override
    public byte[] integrityKey() {
        return integrityKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SaConfig c && c.spi == spi && c.protocol == protocol && c.direction == direction && c.local == local
                && c.peer == peer && c.mode == mode && c.udpEncap == udpEncap && c.localPort == localPort && c.peerPort == peerPort
                && c.encryption == encryption && Arrays.equals(c.encryptionKey, encryptionKey) && c.integrity == integrity
                && Arrays.equals(c.integrityKey, integrityKey) && c.replayWindow == replayWindow && c.esn == esn
                && c.lifetime.equals(lifetime) && c.dfBit == dfBit && c.selector.equals(selector);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(spi) * 31 + direction.hashCode();
    }

    /** Keys stay out of logs. */
    @Override
    public String toString() {
        return "SaConfig[" + protocol + " " + direction + " spi=0x" + Long.toHexString(spi).toUpperCase() + " " + Ipv4.format(local)
                + "<->" + Ipv4.format(peer) + " " + mode + (udpEncap ? " UDP " + localPort + "/" + peerPort : "") + " "
                + (encryption == null ? "" : encryption + " ") + integrity + "]";
    }

    /** Starts an ESP SA. */
    public static Builder esp(long spi, Direction direction, int local, int peer) {
        return new Builder(spi, IpsecProtocol.ESP, direction, local, peer);
    }

    /** Starts an AH SA. */
    public static Builder ah(long spi, Direction direction, int local, int peer) {
        return new Builder(spi, IpsecProtocol.AH, direction, local, peer);
    }

    /** Fluent builder; defaults: tunnel, no encapsulation, window 64, no ESN, no lifetime, df-bit copy, any selector. */
    public static final class Builder {
        private final long spi;
        private final IpsecProtocol protocol;
        private final Direction direction;
        private final int local;
        private final int peer;
        private Mode mode = Mode.TUNNEL;
        private boolean udpEncap;
        private int localPort = 4500;
        private int peerPort = 4500;
        private EncryptionAlgorithm encryption;
        private byte[] encryptionKey;
        private IntegrityAlgorithm integrity = IntegrityAlgorithm.NONE;
        private byte[] integrityKey;
        private int replayWindow = 64;
        private boolean esn;
        private Lifetime lifetime = Lifetime.NONE;
        private DfBitPolicy dfBit = DfBitPolicy.COPY;
        private Selector selector = Selector.ANY;

        private Builder(long spi, IpsecProtocol protocol, Direction direction, int local, int peer) {
            this.spi = spi;
            this.protocol = protocol;
            this.direction = direction;
            this.local = local;
            this.peer = peer;
        }

        public Builder mode(Mode m) { this.mode = m; return this; }
        public Builder udpEncap(int localPort, int peerPort) { this.udpEncap = true; this.localPort = localPort; this.peerPort = peerPort; return this; }
        public Builder encryption(EncryptionAlgorithm a, byte[] keyMaterial) { this.encryption = a; this.encryptionKey = keyMaterial; return this; }
        public Builder integrity(IntegrityAlgorithm a, byte[] key) { this.integrity = a; this.integrityKey = key; return this; }
        public Builder replayWindow(int w) { this.replayWindow = w; return this; }
        public Builder esn(boolean e) { this.esn = e; return this; }
        public Builder lifetime(Lifetime l) { this.lifetime = l; return this; }
        public Builder dfBit(DfBitPolicy d) { this.dfBit = d; return this; }
        public Builder selector(Selector s) { this.selector = s; return this; }

        public SaConfig build() {
            return new SaConfig(spi, protocol, direction, local, peer, mode, udpEncap, localPort, peerPort, encryption, encryptionKey,
                    integrity, integrityKey, replayWindow, esn, lifetime, dfBit, selector);
        }
    }
}
