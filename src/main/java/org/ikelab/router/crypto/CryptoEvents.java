package org.ikelab.router.crypto;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.ike.v1.ChildSaPair;
import org.ikelab.ike.v1.IkeSa;
import org.ikelab.ike.v1.Ikev1Listener;
import org.ikelab.ike.v1.Ikev1State;
import org.ikelab.wire.isakmp.IsakmpHeader;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadChain;

/**
 * The engine's ear on the IKE daemon: attaches installed SAs to flows, moves {@code set peer}
 * failover on, starts DPD, and passes every event on to the engine's observer (debug output).
 */
final class CryptoEvents implements Ikev1Listener {
    private final CryptoEngine engine;
    private final Set<IkeSa> established = Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private Ikev1Listener keyLog = Ikev1Listener.NONE;

    CryptoEvents(CryptoEngine engine) {
        this.engine = engine;
    }

    void ikeKeyLog(Ikev1Listener log) {
        this.keyLog = log == null ? Ikev1Listener.NONE : log;
    }

    @Override
    public void stateChanged(IkeSa sa, Ikev1State from, Ikev1State to) {
        engine.observer().stateChanged(sa, from, to);
    }

    @Override
    public void dropped(String reason, String detail) {
        engine.ikeDropped(reason);
        engine.observer().dropped(reason, detail);
    }

    @Override
    public void retransmitted(IkeSa sa, int attempt) {
        engine.observer().retransmitted(sa, attempt);
    }

    @Override
    public void established(IkeSa sa) {
        established.add(sa);
        keyLog.established(sa);
        engine.ikeEstablished(sa);
        engine.observer().established(sa);
    }

    @Override
    public void deleted(IkeSa sa, String reason) {
        engine.ikeDeleted(sa, established.remove(sa));
        engine.observer().deleted(sa, reason);
    }

    @Override
    public void notifyReceived(IkeSa sa, int notifyType) {
        engine.observer().notifyReceived(sa, notifyType);
    }

    @Override
    public void exchangeFailed(IkeSa sa, int exchangeType, String reason) {
        engine.observer().exchangeFailed(sa, exchangeType, reason);
    }

    @Override
    public void childInstalled(IkeSa sa, ChildSaPair pair) {
        engine.childInstalled(sa, pair);
        engine.observer().childInstalled(sa, pair);
    }

    @Override
    public void childDeleted(IkeSa sa, ChildSaPair pair) {
        engine.childDeleted(sa, pair);
        engine.observer().childDeleted(sa, pair);
    }

    @Override
    public void messageReceived(IkeSa sa, IsakmpHeader header, PayloadChain payloads) {
        engine.observer().messageReceived(sa, header, payloads);
    }

    @Override
    public void messageSent(IkeSa sa, int exchangeType, int messageId, List<Payload> payloads, boolean retransmission) {
        engine.observer().messageSent(sa, exchangeType, messageId, payloads, retransmission);
    }

    @Override
    public void policyChecked(IkeSa sa, int transformNumber, Phase1Proposal offered, Phase1Proposal policy, String verdict) {
        engine.observer().policyChecked(sa, transformNumber, offered, policy, verdict);
    }
}
