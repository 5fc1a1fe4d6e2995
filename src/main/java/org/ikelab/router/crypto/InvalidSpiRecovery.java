package org.ikelab.router.crypto;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ikelab.ike.PeerConfig;
import org.ikelab.ike.v1.IkeSa;
import org.ikelab.ike.v1.Ikev1State;
import org.ikelab.ipsec.IpsecProtocol;
import org.ikelab.ipsec.status.IpsecSyslogEvent;
import org.ikelab.wire.isakmp.IpsecAttribute;

/**
 * What the engine does with ESP or AH on an SPI it has no SA for (RFC 2408 §3.14.1, IOS "Invalid
 * Security Parameter Index Recovery"): the {@code %CRYPTO-4-RECVD_PKT_INV_SPI} syslog line, and an
 * INVALID-SPI notify to the sender over our established ISAKMP SA with it, so it drops the pair it
 * still sends on and the next packet negotiates a new one. With {@code crypto isakmp
 * invalid-spi-recovery} and no ISAKMP SA with the sender, phase 1 is started to it (when the
 * configuration has a key and a crypto map entry naming it) and the notify leaves once it is up.
 * Both the line and the notify are rate limited per SPI ({@link InvalidSpiLimiter}).
 */
final class InvalidSpiRecovery {
    /** Notifies waiting for phase 1, per peer; bounded so a flood cannot grow them. */
    static final int MAX_PENDING_PER_PEER = 16;
    static final int MAX_PENDING_PEERS = 64;

    private record Pending(int protocolId, int spi) {
    }

    private final CryptoEngine engine;
    private final InvalidSpiLimiter limiter;
    private final Map<InetAddress, List<Pending>> pending = new LinkedHashMap<>();
    /** Phase 1 negotiations this class started, so a failure forgets their pending notifies. */
    private final Set<IkeSa> started = Collections.newSetFromMap(new IdentityHashMap<>());
    private long notifiesSent;
    private long recoveriesStarted;

    InvalidSpiRecovery(CryptoEngine engine) {
        this.engine = engine;
        this.limiter = new InvalidSpiLimiter(engine.router().scheduler().clock());
    }

    /** INVALID-SPI notifies sent so far. */
    long notifiesSent() {
        return notifiesSent;
    }

    /** Phase 1 negotiations started by invalid-SPI recovery. */
    long recoveriesStarted() {
        return recoveriesStarted;
    }

    /** An inbound packet named an SPI the data plane does not have. */
    void invalidSpi(IpsecProtocol protocol, int source, int destination, long spi, String ingress) {
        int prot = protocol == IpsecProtocol.ESP ? CryptoEngine.PROTO_ESP : CryptoEngine.PROTO_AH;
        if (limiter.mayLog(source, prot, spi)) {
            engine.router().log(CryptoSyslogText.invalidSpi(new IpsecSyslogEvent.InvalidSpi(CryptoEngine.inet(destination), prot,
                    spi, CryptoEngine.inet(source), CryptoSyslogText.shortInterface(ingress))));
        }
        if (!engine.isakmpOn()) return;
        InetAddress peer = CryptoEngine.inet(source);
        int protocolId = protocol == IpsecProtocol.ESP ? IpsecAttribute.PROTO_ESP : IpsecAttribute.PROTO_AH;
        IkeSa up = null;
        IkeSa negotiating = null;
        for (IkeSa sa : engine.daemon().sas()) {
            if (!sa.remote().address().equals(peer)) continue;
            if (sa.state() == Ikev1State.QM_IDLE) up = sa;
            else if (sa.state() != Ikev1State.DELETED) negotiating = sa;
        }
        if (up != null) {
            if (limiter.mayNotify(source, prot, spi) && up.sendInvalidSpi(protocolId, (int) spi)) notifiesSent++;
            return;
        }
        if (!engine.settings().invalidSpiRecovery() || !limiter.mayNotify(source, prot, spi)) return;
        if (negotiating == null) {
            Optional<PeerConfig> pc = engine.peers.forRecovery(peer);
            if (pc.isEmpty()) return;
            started.add(engine.daemon().initiate(pc.get()));
            recoveriesStarted++;
        }
        queue(peer, new Pending(protocolId, (int) spi));
    }

    private void queue(InetAddress peer, Pending p) {
        if (!pending.containsKey(peer) && pending.size() >= MAX_PENDING_PEERS) return;
        List<Pending> list = pending.computeIfAbsent(peer, k -> new ArrayList<>());
        if (list.size() < MAX_PENDING_PER_PEER && !list.contains(p)) list.add(p);
    }

    /** Phase 1 with a peer is up: the notifies that waited for it leave now. */
    void established(IkeSa sa) {
        started.remove(sa);
        List<Pending> list = pending.remove(sa.remote().address());
        if (list == null) return;
        for (Pending p : list) if (sa.sendInvalidSpi(p.protocolId(), p.spi())) notifiesSent++;
    }

    /** A phase 1 we started for recovery failed: its notifies are forgotten (the next packet tries again). */
    void deleted(IkeSa sa, boolean wasEstablished) {
        if (started.remove(sa) && !wasEstablished) pending.remove(sa.remote().address());
    }
}
