package org.ikelab.ipsec;

import org.ikelab.common.Cancellable;
import org.ikelab.crypto.cipher.Aead;
import org.ikelab.crypto.cipher.CbcCipher;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.Hmac;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;
import org.ikelab.crypto.cipher.Transforms;

/**
 * One installed SA: its negotiated {@link SaConfig}, keyed transforms (reused for every packet
 * of this direction), sequence number or replay window, lifetime state and counters. Created by
 * {@link IpsecDataPlane#install}; the control plane keeps the reference to route outbound
 * traffic to it and to read its state for {@code show crypto ipsec sa}.
 */
public final class IpsecSa {
    /** Life cycle: ACTIVE until the hard lifetime (EXPIRED) or removal (DELETED). */
    public enum State { ACTIVE, EXPIRED, DELETED }

    private final SaConfig config;
    private final IpsecDataPlane owner;
    final SaCounters counters = new SaCounters();
    final ReplayWindow replay;
    final CbcCipher cbc;
    final Aead aead;
    final Hmac hmac;
    final int ivBytes;
    final int align;
    final int icvBytes;
    // Scratch arrays reused per packet, so processing allocates nothing of its own.
    final byte[] aad = new byte[12];
    final byte[] seqHigh = new byte[4];
    final byte[] header = new byte[Ipv4.MAX_HEADER];
    final byte[] icv = new byte[32];
    /** Last sequence number sent (outbound). */
    long sequence;
    /** Outbound: encrypts with the transforms above, on the router's thread. */
    final EspSealer sealer;
    /** Outbound: a second set of transforms for a helper thread, made on first use. */
    private EspSealer offThreadSealer;
    /** Outbound packets handed to a helper thread and not yet back (router thread only). */
    int sealsInFlight;
    private final long installedNanos;
    private State state = State.ACTIVE;
    private boolean softFired;
    private Cancellable softTimer = Cancellable.NONE;
    private Cancellable hardTimer = Cancellable.NONE;

    IpsecSa(SaConfig config, IpsecDataPlane owner, long nowNanos) {
        this.config = config;
        this.owner = owner;
        this.installedNanos = nowNanos;
        EncryptionAlgorithm enc = config.encryption();
        IntegrityAlgorithm integ = config.integrity();
        this.cbc = enc != null && enc.kind() == EncryptionAlgorithm.Kind.CBC ? Transforms.cbc(enc, config.encryptionKey()) : null;
        this.aead = enc != null && enc.combinedMode() ? Transforms.aead(enc, config.encryptionKey()) : null;
        this.hmac = integ != IntegrityAlgorithm.NONE ? Transforms.integrity(integ, config.integrityKey()) : null;
        this.ivBytes = enc == null ? 0 : enc.ivBytes();
        this.align = enc == null ? 4 : Math.max(4, enc.blockBytes());
        this.icvBytes = aead != null ? aead.icvBytes() : hmac != null ? hmac.icvBytes() : 0;
        boolean window = config.direction() == Direction.INBOUND && config.replayWindow() > 0;
        this.replay = window ? new ReplayWindow(config.replayWindow()) : null;
        boolean outboundEsp = config.direction() == Direction.OUTBOUND && config.protocol() == IpsecProtocol.ESP;
        this.sealer = outboundEsp ? EspSealer.sharing(this) : null;
    }

    /**
     * The sealer {@link PendingSeal}s use: its own keyed transforms, so a helper thread can
     * encrypt while the router's thread uses the SA's. Created on the router's thread; the
     * hand-over of each seal publishes it safely.
     */
    EspSealer offThreadSealer() {
        if (offThreadSealer == null) offThreadSealer = EspSealer.independent(this);
        return offThreadSealer;
    }

    /**
     * True while outbound packets of this SA are being sealed on another thread: later packets
     * must follow them there, or they would overtake them and the peer's replay window could
     * drop the late ones.
     */
    public boolean hasSealsInFlight() {
        return sealsInFlight > 0;
    }

    public SaConfig config() { return config; }

    public long spi() { return config.spi(); }

    public SaCounters counters() { return counters; }

    public State state() { return state; }

    /** Last outbound sequence number used (0 before the first packet). */
    public long sequenceOut() { return sequence; }

    /** Highest inbound sequence number accepted (0 before the first, or without a window). */
    public long replayTop() { return replay == null ? 0 : replay.top(); }

    /** True once the soft lifetime was reached (the control plane was asked to rekey). */
    public boolean softExpired() { return softFired; }

    /** Seconds left before the hard lifetime, or -1 without a seconds lifetime ({@code sa timing}). */
    public long remainingSeconds(long nowNanos) {
        long hard = config.lifetime().hardSeconds();
        if (hard == 0) return -1;
        long used = (nowNanos - installedNanos) / 1_000_000_000L;
        return Math.max(0, hard - used);
    }

    /** Kilobytes left before the hard byte lifetime, or -1 without one ({@code sa timing}). */
    public long remainingKilobytes() {
        long hard = config.lifetime().hardBytes();
        if (hard == 0) return -1;
        return Math.max(0, (hard - counters.bytes) / 1024);
    }

    /** Usable for packets (not expired or deleted). */
    boolean usable() {
        return state == State.ACTIVE;
    }

    void armTimers() {
        Lifetime l = config.lifetime();
        if (l.softSeconds() > 0) softTimer = owner.scheduler().schedule(l.softSeconds() * 1_000_000_000L, () -> soft(ExpiryCause.TIME));
        if (l.hardSeconds() > 0) hardTimer = owner.scheduler().schedule(l.hardSeconds() * 1_000_000_000L, () -> hard(ExpiryCause.TIME));
    }

    /** Counts a successfully processed packet of {@code plaintextBytes} against the byte lifetime. */
    void account(int plaintextBytes) {
        counters.packets++;
        counters.bytes += plaintextBytes;
        Lifetime l = config.lifetime();
        if (l.hardBytes() > 0 && counters.bytes >= l.hardBytes()) {
            expireNow();
            owner.scheduler().execute(() -> owner.listener().onHardExpire(this, ExpiryCause.BYTES));
        } else if (!softFired && l.softBytes() > 0 && counters.bytes >= l.softBytes()) {
            softFired = true;
            owner.scheduler().execute(() -> owner.listener().onSoftExpire(this, ExpiryCause.BYTES));
        }
    }

    /** Outbound sequence space used up: the SA is dead, and the control plane hears of it once. */
    void sequenceExhausted() {
        if (state == State.ACTIVE) {
            expireNow();
            owner.scheduler().execute(() -> owner.listener().onHardExpire(this, ExpiryCause.SEQUENCE));
        }
    }

    private void soft(ExpiryCause cause) {
        if (softFired || state != State.ACTIVE) return;
        softFired = true;
        owner.listener().onSoftExpire(this, cause);
    }

    private void hard(ExpiryCause cause) {
        if (state != State.ACTIVE) return;
        expireNow();
        owner.listener().onHardExpire(this, cause);
    }

    private void expireNow() {
        state = State.EXPIRED;
        softTimer.cancel();
        hardTimer.cancel();
    }

    void deleted() {
        state = State.DELETED;
        softTimer.cancel();
        hardTimer.cancel();
    }

    @Override
    public String toString() {
        return "IpsecSa[" + config + " " + state + "]";
    }
}
