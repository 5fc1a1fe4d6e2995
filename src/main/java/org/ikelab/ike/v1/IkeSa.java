package org.ikelab.ike.v1;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ikelab.common.Cancellable;
import org.ikelab.common.Hex;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.wire.isakmp.IpsecAttribute;
import org.ikelab.wire.isakmp.NotifyType;
import org.ikelab.wire.isakmp.Payload;

/**
 * One ISAKMP (phase-1) SA. Protocol progress lives in its tasks; the SA holds identity
 * (cookies, endpoints, role), the user-visible state, the phase-1 keys and the IPsec SAs
 * negotiated under it, and owns the task manager that moves its messages.
 */
public final class IkeSa {
    private static final long NANOS = 1_000_000_000L;
    private final IkeV1Daemon daemon;
    private final int connId;
    private final boolean initiator;
    private IkeEndpoint local;
    private IkeEndpoint remote;
    private final Phase1Context phase1;
    private final TaskManager tasks;
    private final List<ChildSaPair> children = new ArrayList<>();
    private final Map<ChildSaPair, List<Cancellable>> childTimers = new HashMap<>();
    /** Quick modes we asked for and that have not ended, so repeated triggers start only one. */
    private final java.util.Set<ChildConfig> pendingChildren = new java.util.HashSet<>();
    private Cancellable lifetime = Cancellable.NONE;
    private long establishedAtNanos = -1;
    private DeadPeerDetection dpd;
    private Ikev1State state;

    IkeSa(IkeV1Daemon daemon, boolean initiator, IkeEndpoint local, IkeEndpoint remote, Phase1Context phase1,
            Ikev1State initial) {
        this.daemon = daemon;
        this.connId = daemon.nextConnId();
        this.state = initial;
        this.initiator = initiator;
        this.local = local;
        this.remote = remote;
        this.phase1 = phase1;
        this.tasks = new TaskManager(this, daemon);
    }

    /** The {@code conn-id} column of {@code show crypto isakmp sa} (1001, 1002, ... as on IOS). */
    public int connId() { return connId; }

    public boolean isInitiator() { return initiator; }
    public IkeEndpoint local() { return local; }
    public IkeEndpoint remote() { return remote; }
    public Ikev1State state() { return state; }
    public Phase1Context phase1() { return phase1; }

    /** The IPsec SAs negotiated under this SA and still installed (a snapshot). */
    public List<ChildSaPair> children() {
        return List.copyOf(children);
    }

    public long initiatorCookie() {
        return ByteBuffer.wrap(phase1.ckyI).getLong();
    }

    /** The responder cookie, 0 until MM2. */
    public long responderCookie() {
        return phase1.ckyR == null ? 0 : ByteBuffer.wrap(phase1.ckyR).getLong();
    }

    /**
     * Negotiates IPsec SAs for {@code child} with quick mode, after phase 1 if it is still
     * running. A request for a child already being negotiated is ignored (a crypto map asks on
     * every packet that finds no SA).
     */
    public void startQuickMode(ChildConfig child) {
        if (state == Ikev1State.DELETED || !pendingChildren.add(child)) return;
        tasks.queue(new QuickModeInitiator(this, daemon, child));
    }

    void quickModeEnded(ChildConfig child) {
        pendingChildren.remove(child);
    }

    /** Sends a DPD R-U-THERE (RFC 3706) with sequence number {@code seq}; only once established. */
    public void sendDpd(int seq) {
        if (state != Ikev1State.QM_IDLE) return;
        tasks.sendInformational(List.of(new Payload.Notify(1, IpsecAttribute.PROTO_ISAKMP, NotifyType.R_U_THERE,
                cookies(), ByteBuffer.allocate(4).putInt(seq).array())));
    }

    /**
     * Tells the peer that IPsec traffic arrived on an SPI we do not know (RFC 2408 §3.14.1,
     * notify INVALID-SPI with SPI size 4), protected under this SA so the peer can trust it and
     * drop the pair it sends on. Only once established; {@code protocolId} is ISAKMP's protocol
     * number (ESP 3, AH 2). Returns whether the notify left.
     */
    public boolean sendInvalidSpi(int protocolId, int spi) {
        if (state != Ikev1State.QM_IDLE) return false;
        tasks.sendInformational(List.of(new Payload.Notify(1, protocolId, NotifyType.INVALID_SPI,
                ByteBuffer.allocate(4).putInt(spi).array(), new byte[0])));
        return true;
    }

    /**
     * Seconds left of the phase-1 lifetime ({@code Lifetime} in {@code show crypto isakmp sa
     * detail}), or -1 before phase 1 completes.
     */
    public long lifetimeRemainingSeconds() {
        if (establishedAtNanos < 0) return -1;
        long elapsed = (daemon.scheduler().nanoTime() - establishedAtNanos) / NANOS;
        return Math.max(0, phase1.agreed().lifetimeSeconds() - elapsed);
    }

    /** {@code clear crypto sa}: deletes the IPsec SAs (telling the peer) and keeps this SA. */
    public void clearChildren() {
        for (ChildSaPair p : List.copyOf(children)) {
            if (state == Ikev1State.QM_IDLE) {
                tasks.sendInformational(deletes(p));
            }
            removeChild(p);
        }
    }

    /**
     * Starts periodic dead peer detection ({@code crypto isakmp keepalive <interval> <retry>
     * periodic}); a peer silent for five retries is declared dead and the SA removed.
     */
    public void keepalive(java.time.Duration interval, java.time.Duration retry) {
        if (dpd != null) dpd.stop();
        dpd = new DeadPeerDetection(this, daemon, interval.toNanos(), retry.toNanos(), daemon.random().nextInt());
        dpd.start();
    }

    void dpdAcknowledged(int seq) {
        if (dpd != null) dpd.acknowledged(seq);
    }

    /** Whether this is our only SA with the peer (then we announce INITIAL-CONTACT). */
    boolean firstContact() {
        return daemon.sas().stream().noneMatch(o -> o != this && o.remote().address().equals(remote.address()));
    }

    /**
     * The peer said INITIAL-CONTACT (RFC 2407 §4.6.3.3): it rebooted, so every older SA with
     * it, and their IPsec SAs, are stale and go.
     */
    void daemonInitialContact() {
        daemon.initialContact(this);
    }

    /** DPD gave up: the IPsec SAs and this SA go (IOS: "peer ... dead"). */
    void peerDead() {
        for (ChildSaPair p : List.copyOf(children)) removeChild(p);
        delete("Peer dead (DPD)");
    }

    /**
     * {@code clear crypto sa}/{@code clear crypto session}: tells the peer with Delete payloads
     * for every IPsec SA and for the ISAKMP SA, removes the IPsec SAs and deletes this SA.
     */
    public void clear() {
        if (state == Ikev1State.QM_IDLE) {
            for (ChildSaPair p : List.copyOf(children)) {
                tasks.sendInformational(deletes(p));
                removeChild(p);
            }
            tasks.sendInformational(List.of(new Payload.Delete(1, IpsecAttribute.PROTO_ISAKMP, 16, List.of(cookies()))));
        }
        delete("Manually cleared");
    }

    /**
     * {@code clear crypto isakmp [conn-id]}: deletes only this ISAKMP SA, telling the peer with a
     * Delete payload for the ISAKMP SA alone (RFC 2408 §3.15, protocol ISAKMP, SPI = the cookie
     * pair). As on IOS the IPsec SAs stay installed until they expire or are cleared; a rekey
     * then starts a fresh phase 1.
     */
    public void clearPhase1() {
        if (state == Ikev1State.QM_IDLE) {
            tasks.sendInformational(List.of(new Payload.Delete(1, IpsecAttribute.PROTO_ISAKMP, 16, List.of(cookies()))));
        }
        delete("Manually cleared");
    }

    /** One Delete payload per protocol of the pair, each naming our inbound SPI (RFC 2408 §3.15). */
    private static List<Payload> deletes(ChildSaPair pair) {
        List<Payload> out = new ArrayList<>();
        for (org.ikelab.ike.ChildSa in : pair.inboundSas()) {
            out.add(new Payload.Delete(1, in.protocol(), 4, List.of(ByteBuffer.allocate(4).putInt(in.spi()).array())));
        }
        return out;
    }

    byte[] cookies() {
        byte[] c = new byte[16];
        System.arraycopy(phase1.ckyI, 0, c, 0, 8);
        if (phase1.ckyR != null) System.arraycopy(phase1.ckyR, 0, c, 8, 8);
        return c;
    }

    Ikev1Listener listener() {
        return daemon.listener();
    }

    TaskManager tasks() {
        return tasks;
    }

    void setState(Ikev1State next) {
        if (next == state) return;
        Ikev1State old = state;
        state = next;
        daemon.listener().stateChanged(this, old, next);
    }

    /** NAT-T (RFC 3947 §4): IKE moves to port 4500 once a NAT is detected. */
    void floatTo(IkeEndpoint newLocal, IkeEndpoint newRemote) {
        local = newLocal;
        remote = newRemote;
    }

    void send(byte[] datagram) {
        daemon.transport().send(local, remote, datagram);
    }

    /** Phase 1 is complete: the ISAKMP SA lives for the agreed lifetime. */
    void established() {
        establishedAtNanos = daemon.scheduler().nanoTime();
        long seconds = phase1.agreed().lifetimeSeconds();
        if (seconds > 0) lifetime = daemon.scheduler().schedule(seconds * NANOS, this::expire);
    }

    private void expire() {
        if (state == Ikev1State.QM_IDLE) {
            tasks.sendInformational(List.of(new Payload.Delete(1, IpsecAttribute.PROTO_ISAKMP, 16, List.of(cookies()))));
        }
        delete("Lifetime expired");
    }

    /**
     * Installs a pair and starts its clocks: removal at the hard lifetime and, when we initiated
     * it, a rekey at 90 % of it (ios-crypto-reference §7.7) so a new pair is up before the old
     * one goes. As responder we rekey at 95 % unless the peer has replaced the pair by then: a
     * peer may offer a lifetime it does not rekey within itself (strongSwan with {@code life_time}
     * below {@code rekey_time}), and traffic must not stop when it ends. The later point leaves
     * the initiator the first turn, so two rekeys do not collide. Kilobyte lifetimes are the data
     * plane's to count; it calls {@link #rekey}.
     */
    void addChild(ChildSaPair pair, boolean initiatedByUs) {
        for (org.ikelab.ike.ChildSa c : pair.all()) daemon.installer().install(c);
        children.add(pair);
        List<Cancellable> timers = new ArrayList<>();
        long seconds = pair.inbound().lifetimeSeconds();
        if (seconds > 0) {
            timers.add(daemon.scheduler().schedule(seconds * NANOS, () -> expireChild(pair)));
            if (initiatedByUs) timers.add(daemon.scheduler().schedule(seconds * NANOS / 10 * 9, () -> rekey(pair)));
            else timers.add(daemon.scheduler().schedule(seconds * NANOS / 20 * 19, () -> rekeyUnlessReplaced(pair)));
        }
        childTimers.put(pair, timers);
        daemon.listener().childInstalled(this, pair);
    }

    /** Negotiates a successor for {@code pair} (soft lifetime reached); the old pair stays until it expires. */
    public void rekey(ChildSaPair pair) {
        if (!children.contains(pair)) return;
        if (state == Ikev1State.QM_IDLE) {
            startQuickMode(pair.config());
        } else {
            daemon.initiate(phase1.config, pair.config());
        }
    }

    /** The responder's late rekey: only over a live SA, and only if no newer pair carries the same proxies. */
    private void rekeyUnlessReplaced(ChildSaPair pair) {
        if (!children.contains(pair) || state != Ikev1State.QM_IDLE) return;
        for (int k = children.indexOf(pair) + 1; k < children.size(); k++) {
            if (sameProxies(children.get(k).inbound(), pair.inbound())) return;
        }
        startQuickMode(pair.config());
    }

    private static boolean sameProxies(org.ikelab.ike.ChildSa a, org.ikelab.ike.ChildSa b) {
        return same(a.local(), b.local()) && same(a.remote(), b.remote());
    }

    private static boolean same(org.ikelab.ike.TrafficSelector a, org.ikelab.ike.TrafficSelector b) {
        return java.util.Arrays.equals(a.address(), b.address()) && java.util.Arrays.equals(a.mask(), b.mask())
                && a.protocol() == b.protocol() && a.port() == b.port();
    }

    /**
     * Deletes one pair of IPsec SAs, telling the peer while this SA is established ({@code set
     * security-association idle-time}, or a lifetime).
     */
    public void deleteChild(ChildSaPair pair) {
        expireChild(pair);
    }

    private void expireChild(ChildSaPair pair) {
        if (!children.contains(pair)) return;
        if (state == Ikev1State.QM_IDLE) {
            tasks.sendInformational(deletes(pair));
        }
        removeChild(pair);
    }

    /** Removes every IPsec SA and deletes this SA without telling the peer (it has forgotten us). */
    void discard(String reason) {
        for (ChildSaPair p : List.copyOf(children)) removeChild(p);
        delete(reason);
    }

    void removeChild(ChildSaPair pair) {
        if (!children.remove(pair)) return;
        for (Cancellable c : childTimers.getOrDefault(pair, List.of())) c.cancel();
        childTimers.remove(pair);
        if (children.isEmpty() && state == Ikev1State.DELETED) daemon.forgetOrphan(this);
        for (org.ikelab.ike.ChildSa c : pair.all()) daemon.installer().remove(c.destination(), c.protocol(), c.spi());
        daemon.listener().childDeleted(this, pair);
    }

    /** Deletes the SA locally with IOS's reason text; its IPsec SAs stay until they expire or are deleted. */
    void delete(String reason) {
        if (state == Ikev1State.DELETED) return;
        tasks.stop();
        lifetime.cancel();
        if (dpd != null) dpd.stop();
        setState(Ikev1State.DELETED);
        daemon.remove(this);
        if (!children.isEmpty()) daemon.keepOrphan(this);
        daemon.listener().deleted(this, reason);
    }

    @Override
    public String toString() {
        return "IkeSa[" + Hex.encode(phase1.ckyI) + "/" + (phase1.ckyR == null ? "0" : Hex.encode(phase1.ckyR)) + " "
                + local + " -> " + remote + " " + state + "]";
    }
}
