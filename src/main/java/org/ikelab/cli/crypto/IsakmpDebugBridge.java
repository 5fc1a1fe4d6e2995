package org.ikelab.cli.crypto;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ikelab.cli.show.crypto.IpsecDebugFormat;
import org.ikelab.cli.show.crypto.IsakmpDebugFormat;
import org.ikelab.ike.ChildSa;
import org.ikelab.ike.ChildTransform;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.ike.status.IkeRole;
import org.ikelab.ike.status.IkeV1State;
import org.ikelab.ike.status.IsakmpAuth;
import org.ikelab.ike.status.IsakmpDebugEvent;
import org.ikelab.ike.status.IsakmpNote;
import org.ikelab.ike.v1.ChildSaPair;
import org.ikelab.ike.v1.IkeSa;
import org.ikelab.ike.v1.Ikev1Listener;
import org.ikelab.ike.v1.Ikev1State;
import org.ikelab.ipsec.status.IpsecDebugEvent;
import org.ikelab.router.crypto.CryptoEngine;
import org.ikelab.router.crypto.CryptoStatus;
import org.ikelab.wire.isakmp.IsakmpHeader;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadChain;

/**
 * IKE engine events to IOS 15 debug lines (ios-crypto-reference §5.2-5.4): packets sent and
 * received, phase-1 policy checks, retransmissions, failures, deletes, and with {@code debug
 * crypto ipsec} the {@code IPSEC(create_sa)} blocks. Only the events the engine reports are
 * shown; IOS prints more internal lines than these.
 */
final class IsakmpDebugBridge implements Ikev1Listener {
    private final CryptoEngine engine;
    private final boolean isakmp;
    private final boolean ipsec;
    private final Consumer<String> sink;
    private static final int MAIN = 2;
    private static final int AGGRESSIVE = 4;
    private static final int QUICK = 32;
    /** Quick modes announced already (the message id of each), so resends and the third message stay quiet. */
    private final java.util.Set<Integer> quickModesStarted = new java.util.HashSet<>();

    IsakmpDebugBridge(CryptoEngine engine, boolean isakmp, boolean ipsec, Consumer<String> sink) {
        this.engine = engine;
        this.isakmp = isakmp;
        this.ipsec = ipsec;
        this.sink = sink;
    }

    private void emit(IsakmpDebugEvent e) {
        if (isakmp) IsakmpDebugFormat.lines(e).forEach(sink);
    }

    /** IOS numbers the SA 0 until the DH secret exists (after MM4 / AM2). */
    private static int id(IkeSa sa) {
        return switch (sa.state()) {
            case MM_NO_STATE, MM_SA_SETUP, AG_NO_STATE -> 0;
            default -> sa.connId();
        };
    }

    private static IkeRole role(IkeSa sa) {
        return sa.isInitiator() ? IkeRole.INITIATOR : IkeRole.RESPONDER;
    }

    private static IkeV1State state(IkeSa sa) {
        return CryptoStatus.state(sa.state());
    }

    @Override
    public void messageSent(IkeSa sa, int exchangeType, int messageId, List<Payload> payloads, boolean retransmission) {
        boolean first = !retransmission && sa.isInitiator() && sa.responderCookie() == 0;
        if (first && (exchangeType == MAIN || exchangeType == AGGRESSIVE)) {
            emit(new IsakmpDebugEvent.FoundPeerKey(0, sa.remote().address()));
            emit(new IsakmpDebugEvent.Note(0, exchangeType == MAIN ? IsakmpNote.BEGIN_MAIN_MODE : IsakmpNote.BEGIN_AGGRESSIVE_MODE));
        }
        if (exchangeType == QUICK && !retransmission && sa.isInitiator() && quickModesStarted.add(messageId)) {
            emit(new IsakmpDebugEvent.BeginQuickMode(id(sa), messageId));
            emit(new IsakmpDebugEvent.Note(id(sa), IsakmpNote.QM_INITIATOR_GETS_SPI));
        }
        emit(new IsakmpDebugEvent.PacketSent(id(sa), sa.remote().address(), sa.local().port(), sa.remote().port(), role(sa), state(sa)));
        emit(new IsakmpDebugEvent.Note(id(sa), IsakmpNote.SENDING_IPV4_PACKET));
    }

    @Override
    public void stateChanged(IkeSa sa, Ikev1State from, Ikev1State to) {
        if (to == Ikev1State.QM_IDLE && from != Ikev1State.QM_IDLE) {
            emit(new IsakmpDebugEvent.Note(sa.connId(), IsakmpNote.AUTHENTICATED_STATUS));
            emit(new IsakmpDebugEvent.AuthenticatedWith(sa.connId(), sa.remote().address()));
        }
    }

    @Override
    public void messageReceived(IkeSa sa, IsakmpHeader header, PayloadChain payloads) {
        emit(new IsakmpDebugEvent.PacketReceived(id(sa), sa.remote().address(), sa.local().port(), sa.remote().port(), "Global",
                role(sa), state(sa)));
    }

    @Override
    public void retransmitted(IkeSa sa, int attempt) {
        int phase = sa.state() == Ikev1State.QM_IDLE ? 2 : 1;
        emit(new IsakmpDebugEvent.Retransmitting(id(sa), phase, state(sa), true));
        emit(new IsakmpDebugEvent.ErrorCounter(id(sa), attempt, 5, phase == 1 ? IsakmpDebugEvent.ErrorReason.RETRANSMIT_PHASE1
                : IsakmpDebugEvent.ErrorReason.RETRANSMIT_PHASE2));
    }

    @Override
    public void policyChecked(IkeSa sa, int transformNumber, Phase1Proposal offered, Phase1Proposal policy, String verdict) {
        emit(new IsakmpDebugEvent.CheckingIsakmpTransform(id(sa), transformNumber, policy.priority()));
        emit(new IsakmpDebugEvent.Phase1Attributes(CryptoStatus.phase1Cipher(offered), CryptoStatus.phase1Hash(offered),
                offered.group(), IsakmpAuth.PSK, offered.lifetimeSeconds()));
        boolean ok = verdict.startsWith("atts are acceptable");
        if (!ok && isakmp) sink.accept("ISAKMP:(" + id(sa) + "):" + verdict);
        emit(new IsakmpDebugEvent.Phase1Verdict(id(sa), ok, 0));
    }

    @Override
    public void notifyReceived(IkeSa sa, int notifyType) {
        emit(new IsakmpDebugEvent.NotifyReceived(id(sa), notifyType, sa.state() == Ikev1State.QM_IDLE ? 3 : 1));
    }

    @Override
    public void exchangeFailed(IkeSa sa, int exchangeType, String reason) {
        emit(new IsakmpDebugEvent.PolicyNotAcceptable(id(sa), exchangeType == 32 ? 2 : 1, sa.local().address(), sa.remote().address()));
    }

    @Override
    public void deleted(IkeSa sa, String reason) {
        IsakmpDebugEvent.DeleteReason r = reason.startsWith("Death by retransmission") ? IsakmpDebugEvent.DeleteReason.DEATH_BY_RETRANSMISSION_P1
                : reason.startsWith("Phase1 SA policy") ? IsakmpDebugEvent.DeleteReason.PHASE1_POLICY_NOT_ACCEPTED
                : IsakmpDebugEvent.DeleteReason.NO_REASON;
        emit(new IsakmpDebugEvent.DeletingSa(sa.connId(), r, role(sa), IkeV1State.QM_IDLE, sa.remote().address()));
    }

    @Override
    public void childInstalled(IkeSa sa, ChildSaPair pair) {
        if (!ipsec) return;
        for (ChildSa c : List.of(pair.inbound(), pair.outbound())) {
            List<String> names = new ArrayList<>();
            for (ChildTransform t : pair.config().transforms()) {
                if (t.protocol() == c.protocol() && t.transformId() == c.transformId()) names = engine.translatorNames(t);
            }
            IpsecDebugFormat.lines(new IpsecDebugEvent.SaCreated(c.destination().address(), c.protocol() == 2 ? 51 : 50,
                    c.spi() & 0xFFFFFFFFL, names, 0, c.lifetimeKilobytes(), c.lifetimeSeconds(), sa.local().address(), 0,
                    sa.remote().address(), 0, ident(c.local()), ident(c.remote()))).forEach(sink);
        }
    }

    private static org.ikelab.ipsec.status.ProxyIdent ident(org.ikelab.ike.TrafficSelector t) {
        int mask = ByteBuffer.wrap(t.mask()).getInt();
        return CryptoStatus.ident(new org.ikelab.ipsec.TrafficSelector(ByteBuffer.wrap(t.address()).getInt(), Integer.bitCount(mask),
                t.protocol(), t.port(), t.port() == 0 ? 65535 : t.port()));
    }
}
