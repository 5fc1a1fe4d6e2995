package org.ikelab.ike.v1;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.ikelab.common.DecodeResult;
import org.ikelab.common.RandomSource;
import org.ikelab.common.Scheduler;
import org.ikelab.crypto.ikev1.Ikev1CipherProvider;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.ike.IkeTransport;
import org.ikelab.ike.PeerConfig;
import org.ikelab.ike.RetransmitPolicy;
import org.ikelab.ike.SaInstaller;
import org.ikelab.wire.isakmp.ExchangeType;
import org.ikelab.wire.isakmp.IsakmpCodec;
import org.ikelab.wire.isakmp.IsakmpHeader;
import org.ikelab.wire.isakmp.PayloadType;

/**
 * The IKEv1 engine of one router: the SA table keyed by initiator cookie, dispatch of received
 * datagrams, and the start of new negotiations. Everything runs on the router's event loop
 * ({@link Scheduler}); time and randomness are injected. Bad datagrams are dropped and counted
 * by reason ({@link #dropCounters()}), never thrown.
 */
public final class IkeV1Daemon {
    private final Scheduler scheduler;
    private final RandomSource random;
    private final IkeTransport transport;
    private final SaInstaller installer;
    private final Ikev1CipherProvider ciphers;
    private final Function<IkeEndpoint, Optional<PeerConfig>> responderConfig;
    private final Ikev1Listener listener;
    private final RetransmitPolicy retransmitPolicy;
    /** Bound on the SA table, so a flood of MM1s with fresh cookies cannot exhaust memory. */
    static final int MAX_SAS = 4096;

    private final Map<Long, IkeSa> sas = new HashMap<>();
    private final Map<String, Long> drops = new TreeMap<>();
    /**
     * Deleted ISAKMP SAs whose IPsec SAs are still installed ({@code clear crypto isakmp}, a peer's
     * Delete of phase 1): they own those IPsec SAs until they expire or are cleared.
     */
    private final java.util.Set<IkeSa> orphans = new java.util.LinkedHashSet<>();
    private int connIds = 1000;
    private boolean aggressiveModeRefused;
    private final ErrorNotifier errors;

    /**
     * @param responderConfig finds the config for a peer that starts main mode with us (by its
     *                        address, as IOS finds pre-shared keys), empty to ignore the peer
     */
    public IkeV1Daemon(Scheduler scheduler, RandomSource random, IkeTransport transport, SaInstaller installer,
            Ikev1CipherProvider ciphers, Function<IkeEndpoint, Optional<PeerConfig>> responderConfig,
            Ikev1Listener listener, RetransmitPolicy retransmitPolicy) {
        this.scheduler = scheduler;
        this.random = random;
        this.transport = transport;
        this.installer = installer;
        this.ciphers = ciphers;
        this.responderConfig = responderConfig;
        this.listener = listener;
        this.retransmitPolicy = retransmitPolicy;
        this.errors = new ErrorNotifier(this, scheduler);
    }

    /** Starts phase 1 (main or aggressive mode, as configured) toward {@code config.remote()}; sends its first message now. */
    public IkeSa initiate(PeerConfig config) {
        Phase1Context ctx = new Phase1Context(true, config, random, ciphers);
        ctx.ckyI = newCookie();
        IkeSa sa = new IkeSa(this, true, config.local(), config.remote(), ctx,
                config.aggressiveMode() ? Ikev1State.AG_NO_STATE : Ikev1State.MM_NO_STATE);
        sas.put(sa.initiatorCookie(), sa);
        sa.tasks().initiatePhase1(config.aggressiveMode() ? new AggressiveModeInitiator(sa) : new MainModeInitiator(sa));
        return sa;
    }

    /**
     * What a crypto map does on interesting traffic: main mode, then quick mode for
     * {@code child}. An established SA to the same peer is reused (IOS keeps one per peer).
     */
    public IkeSa initiate(PeerConfig config, ChildConfig child) {
        for (IkeSa sa : sas.values()) {
            if (sa.remote().address().equals(config.remote().address())
                    && sa.state() != Ikev1State.DELETED) {
                sa.startQuickMode(child);
                return sa;
            }
        }
        IkeSa sa = initiate(config);
        sa.startQuickMode(child);
        return sa;
    }

    /** {@code crypto isakmp aggressive-mode disable}: new aggressive-mode negotiations from peers are ignored. */
    public void refuseAggressiveMode(boolean refuse) {
        aggressiveModeRefused = refuse;
    }

    /** Handles one datagram received on {@code local} from {@code remote} (non-ESP marker already removed). */
    public void receive(IkeEndpoint local, IkeEndpoint remote, ByteBuffer datagram) {
        DecodeResult<IsakmpHeader> hr = IsakmpHeader.parse(datagram);
        if (hr instanceof DecodeResult.Err<IsakmpHeader> e) {
            drop(e.reason(), e.detail());
            return;
        }
        IsakmpHeader h = hr.value();
        byte[] copy = new byte[h.message().remaining()];
        h.message().get(copy);
        IkeSa sa = sas.get(h.initiatorSpi());
        if (sa == null) {
            boolean phase1Start = h.exchangeType() == ExchangeType.MAIN || h.exchangeType() == ExchangeType.AGGRESSIVE;
            if (phase1Start && h.exchangeType() == ExchangeType.AGGRESSIVE && aggressiveModeRefused) {
                // crypto isakmp aggressive-mode disable: the responder ignores the packet and
                // the initiator retransmits (ios-crypto-reference §5.4).
                drop("aggressive-mode-disabled", remote.toString());
            } else if (phase1Start && h.responderSpi() == 0 && h.nextPayload() == PayloadType.SA && !h.encrypted()) {
                startResponder(local, remote, h, copy);
            } else {
                drop("unknown-sa", ExchangeType.name(h.exchangeType()));
            }
            return;
        }
        if (!sa.remote().address().equals(remote.address())) {
            drop("wrong-peer", remote.toString());
            return;
        }
        if (h.responderSpi() != 0 && sa.responderCookie() != 0 && h.responderSpi() != sa.responderCookie()) {
            drop("INVALID-COOKIE", "");
            return;
        }
        if (local.port() == IkeEndpoint.NATT_PORT && sa.local().port() != IkeEndpoint.NATT_PORT) {
            // The peer floated to 4500 after detecting a NAT (RFC 3947 §4): answer from there,
            // to the address and port the datagram came from (a NAT may have changed them).
            sa.floatTo(local, remote);
        }
        sa.tasks().receive(IsakmpHeader.parse(ByteBuffer.wrap(copy)).value(), copy);
    }

    private void startResponder(IkeEndpoint local, IkeEndpoint remote, IsakmpHeader h, byte[] datagram) {
        DecodeResult<IsakmpCodec.Decoded> first = IsakmpCodec.decode(h.message());
        if (first instanceof DecodeResult.Err<IsakmpCodec.Decoded> e) {
            drop("IKMP_BAD_MESSAGE", "MM1 " + e.reason());
            errors.clear(null, local, remote, h.initiatorSpi(), 0, ErrorNotifier.typeFor(e.reason()));
            return;
        }
        if (sas.size() >= MAX_SAS) {
            drop("too-many-sas", remote.toString());
            return;
        }
        Optional<PeerConfig> cfg = responderConfig.apply(remote);
        if (cfg.isEmpty()) {
            drop("no-peer-config", remote.toString());
            return;
        }
        Phase1Context ctx = new Phase1Context(false, cfg.get(), random, ciphers);
        ctx.ckyI = h.initiatorCookie();
        ctx.ckyR = newCookie();
        boolean aggressive = h.exchangeType() == ExchangeType.AGGRESSIVE;
        IkeSa sa = new IkeSa(this, false, local, remote, ctx, aggressive ? Ikev1State.AG_NO_STATE : Ikev1State.MM_NO_STATE);
        sas.put(sa.initiatorCookie(), sa);
        sa.tasks().respondPhase1(aggressive ? new AggressiveModeResponder(sa) : new MainModeResponder(sa));
        sa.tasks().receive(IsakmpHeader.parse(ByteBuffer.wrap(datagram)).value(), datagram);
    }

    /** INITIAL-CONTACT from the peer of {@code fresh}: older SAs with that peer are stale. */
    void initialContact(IkeSa fresh) {
        for (IkeSa old : sas()) {
            if (old != fresh && old.remote().address().equals(fresh.remote().address())) {
                old.discard("Receive initial contact");
            }
        }
    }

    private byte[] newCookie() {
        byte[] c = new byte[8];
        do {
            random.nextBytes(c);
        } while (ByteBuffer.wrap(c).getLong() == 0 || sas.containsKey(ByteBuffer.wrap(c).getLong()));
        return c;
    }

    /** The SAs in the table (a snapshot). */
    public List<IkeSa> sas() {
        return new ArrayList<>(sas.values());
    }

    /**
     * Every SA that owns installed IPsec SAs or may negotiate: the table, then deleted ISAKMP SAs
     * whose IPsec SAs live on ({@code clear crypto sa} and rekeys must reach those too).
     */
    public List<IkeSa> saOwners() {
        List<IkeSa> out = sas();
        out.addAll(orphans);
        return out;
    }

    void keepOrphan(IkeSa sa) {
        orphans.add(sa);
    }

    void forgetOrphan(IkeSa sa) {
        orphans.remove(sa);
    }

    /** Dropped datagrams per reason (a snapshot). */
    public Map<String, Long> dropCounters() {
        return new TreeMap<>(drops);
    }

    int nextConnId() {
        return ++connIds;
    }

    void drop(String reason, String detail) {
        drops.merge(reason, 1L, Long::sum);
        listener.dropped(reason, detail);
    }

    void remove(IkeSa sa) {
        sas.remove(sa.initiatorCookie(), sa);
    }

    /** Error notifies sent in answer to malformed messages (RFC 2408 §5), rate limited. */
    public long errorNotifiesSent() {
        return errors.sent();
    }

    ErrorNotifier errors() { return errors; }
    Scheduler scheduler() { return scheduler; }
    RandomSource random() { return random; }
    IkeTransport transport() { return transport; }
    SaInstaller installer() { return installer; }
    Ikev1Listener listener() { return listener; }
    RetransmitPolicy retransmitPolicy() { return retransmitPolicy; }
}
