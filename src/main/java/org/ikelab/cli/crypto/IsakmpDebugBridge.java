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
import org.ikelab.ike.status.IkeFsmInput;
import org.ikelab.ike.status.IkeFsmState;
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
    /** SAs whose first quick mode was announced (IOS then reports IKE_PHASE1_COMPLETE once). */
    private final java.util.Set<IkeSa> firstQuickMode = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Quick-mode nodes the peer started, by message id: answered (QM2 sent) or not yet. */
    private final java.util.Map<Integer, Boolean> responderNodes = new java.util.HashMap<>();
    /** The opaque peer-struct handle printed for each SA we initiated. */
    private final java.util.Map<IkeSa, Long> peerHandles = new java.util.IdentityHashMap<>();

    IsakmpDebugBridge(CryptoEngine engine, boolean isakmp, boolean ipsec, Consumer<String> sink) {
        this.engine = engine;
        this.isakmp = isakmp;
        this.ipsec = ipsec;
        this.sink = sink;
    }

    /**
     * The lines of a quick mode the peer started, held until its outcome is known: IOS prints the
     * SPI and FSM lines of an accepted offer, but the IPsec verdict instead for a refused one.
     * Null when nothing is held.
     */
    private List<String> held;
    private int heldMid;
    /** Where the offer's SA payload ends in {@link #held}, and where the quick-mode lines end. */
    private int heldOfferEnd;
    private int heldQmEnd;
    private List<String> heldOffered = List.of();
    private List<Payload> heldPayloads = List.of();

    private void emit(IsakmpDebugEvent e) {
        if (isakmp) IsakmpDebugFormat.lines(e).forEach(this::out);
    }

    private void out(String line) {
        if (held != null) held.add(line);
        else sink.accept(line);
    }

    /** Prints what is held as it is (the offer was accepted, or something else happened first). */
    private void release() {
        if (held == null) return;
        List<String> l = held;
        held = null;
        l.forEach(sink);
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
        if (held != null && !(exchangeType != QUICK && !sa.isInitiator())) release();
        boolean first = !retransmission && sa.isInitiator() && sa.responderCookie() == 0;
        boolean mainInitiator = exchangeType == MAIN && sa.isInitiator() && !retransmission;
        if (first && (exchangeType == MAIN || exchangeType == AGGRESSIVE)) {
            peerStruct(sa, "isakmp_initiator", true);
            if (exchangeType == MAIN) emit(new IsakmpDebugEvent.Note(0, IsakmpNote.CANNOT_START_AGGRESSIVE));
            emit(new IsakmpDebugEvent.FoundPeerKey(0, sa.remote().address()));
            emit(new IsakmpDebugEvent.Note(0, exchangeType == MAIN ? IsakmpNote.BEGIN_MAIN_MODE : IsakmpNote.BEGIN_AGGRESSIVE_MODE));
        }
        if (mainInitiator && sa.state() == Ikev1State.MM_SA_SETUP) {
            // MM3: IOS processes the rest of MM2 internally before sending.
            transition(0, null, IkeFsmInput.Source.IKE_MESG_INTERNAL, IkeFsmInput.Event.IKE_PROCESS_MAIN_MODE,
                    IkeFsmState.IKE_I_MM2, IkeFsmState.IKE_I_MM2);
        }
        if (mainInitiator && sa.state() == Ikev1State.MM_KEY_EXCH) idPayload(sa, payloads);
        boolean quickStart = exchangeType == QUICK && !retransmission && sa.isInitiator() && quickModesStarted.add(messageId);
        if (quickStart) {
            emit(new IsakmpDebugEvent.BeginQuickMode(id(sa), messageId));
            emit(new IsakmpDebugEvent.Note(id(sa), IsakmpNote.QM_INITIATOR_GETS_SPI));
        }
        boolean responderQm2 = exchangeType == QUICK && !retransmission && !sa.isInitiator()
                && Boolean.FALSE.equals(responderNodes.get(messageId));
        if (responderQm2) {
            emit(new IsakmpDebugEvent.Note(sa.connId(), IsakmpNote.IPSEC_INSTALL_CALLBACK));
            for (Payload p : payloads) {
                if (!(p instanceof Payload.Sa answer)) continue;
                for (Payload.Proposal pr : answer.proposals()) {
                    if (pr.spi().length == 4) {
                        emit(new IsakmpDebugEvent.InstalledIpsecSa(sa.connId(), ByteBuffer.wrap(pr.spi()).getInt() & 0xFFFFFFFFL,
                                interfaceOf(sa)));
                    }
                }
            }
        }
        boolean responderMain = exchangeType == MAIN && !sa.isInitiator() && !retransmission;
        if (responderMain && sa.state() == Ikev1State.MM_SA_SETUP) {
            // MM2: IOS moves out of IKE_READY only once the offer is accepted, just before answering.
            transition(0, null, IkeFsmInput.Source.IKE_MESG_FROM_PEER, IkeFsmInput.Event.IKE_MM_EXCH,
                    IkeFsmState.IKE_READY, IkeFsmState.IKE_R_MM1);
        }
        boolean mm6 = responderMain && sa.state() == Ikev1State.QM_IDLE;
        if (mm6) idPayload(sa, payloads);
        // IOS sends MM6 from MM_KEY_EXCH and only then completes phase 1; the engine is already QM_IDLE.
        emit(new IsakmpDebugEvent.PacketSent(id(sa), sa.remote().address(), sa.local().port(), sa.remote().port(), role(sa),
                mm6 ? IkeV1State.MM_KEY_EXCH : state(sa)));
        if (first || responderQm2 || responderMain) emit(new IsakmpDebugEvent.Note(id(sa), IsakmpNote.SENDING_IPV4_PACKET));
        if (responderMain) responderMainModeSent(sa);
        if (responderQm2) {
            responderNodes.put(messageId, true);
            transition(sa.connId(), messageId, IkeFsmInput.Source.IKE_MESG_FROM_IPSEC, IkeFsmInput.Event.IPSEC_INSTALL_DONE,
                    IkeFsmState.IKE_QM_IPSEC_INSTALL_AWAIT, IkeFsmState.IKE_QM_R_QM2);
        }
        if (mainInitiator && sa.state() == Ikev1State.MM_SA_SETUP) {
            transition(0, null, IkeFsmInput.Source.IKE_MESG_INTERNAL, IkeFsmInput.Event.IKE_PROCESS_COMPLETE,
                    IkeFsmState.IKE_I_MM2, IkeFsmState.IKE_I_MM3);
        } else if (mainInitiator && sa.state() == Ikev1State.MM_KEY_EXCH) {
            transition(sa.connId(), null, IkeFsmInput.Source.IKE_MESG_INTERNAL, IkeFsmInput.Event.IKE_PROCESS_COMPLETE,
                    IkeFsmState.IKE_I_MM4, IkeFsmState.IKE_I_MM5);
        }
        if (quickStart) {
            transition(sa.connId(), messageId, IkeFsmInput.Source.IKE_MESG_INTERNAL, IkeFsmInput.Event.IKE_INIT_QM,
                    IkeFsmState.IKE_QM_READY, IkeFsmState.IKE_QM_I_QM1);
            if (firstQuickMode.add(sa)) {
                transition(sa.connId(), null, IkeFsmInput.Source.IKE_MESG_INTERNAL, IkeFsmInput.Event.IKE_PHASE1_COMPLETE,
                        IkeFsmState.IKE_P1_COMPLETE, IkeFsmState.IKE_P1_COMPLETE);
            }
        } else if (exchangeType == QUICK && !retransmission && sa.isInitiator()) {
            // QM3: the node is done.
            emit(new IsakmpDebugEvent.DeletingNode(sa.connId(), messageId, false, "No Error"));
            transition(sa.connId(), messageId, IkeFsmInput.Source.IKE_MESG_FROM_PEER, IkeFsmInput.Event.IKE_QM_EXCH,
                    IkeFsmState.IKE_QM_I_QM1, IkeFsmState.IKE_QM_PHASE2_COMPLETE);
        }
    }

    /**
     * What the responder's FSM does after each of its main-mode answers [recalled from classic
     * IOS 15 responder debugs; the reference (§5.2) has only the initiator]: MM2 completes
     * IKE_R_MM1 -> IKE_R_MM2, MM4 IKE_R_MM3 -> IKE_R_MM4, MM6 IKE_R_MM5 -> IKE_P1_COMPLETE and
     * then IKE_PHASE1_COMPLETE.
     */
    private void responderMainModeSent(IkeSa sa) {
        int c = sa.connId();
        switch (sa.state()) {
            case MM_SA_SETUP -> transition(0, null, IkeFsmInput.Source.IKE_MESG_INTERNAL, IkeFsmInput.Event.IKE_PROCESS_COMPLETE,
                    IkeFsmState.IKE_R_MM1, IkeFsmState.IKE_R_MM2);
            case MM_KEY_EXCH -> transition(c, null, IkeFsmInput.Source.IKE_MESG_INTERNAL, IkeFsmInput.Event.IKE_PROCESS_COMPLETE,
                    IkeFsmState.IKE_R_MM3, IkeFsmState.IKE_R_MM4);
            case QM_IDLE -> {
                transition(c, null, IkeFsmInput.Source.IKE_MESG_INTERNAL, IkeFsmInput.Event.IKE_PROCESS_COMPLETE,
                        IkeFsmState.IKE_R_MM5, IkeFsmState.IKE_P1_COMPLETE);
                transition(c, null, IkeFsmInput.Source.IKE_MESG_INTERNAL, IkeFsmInput.Event.IKE_PHASE1_COMPLETE,
                        IkeFsmState.IKE_P1_COMPLETE, IkeFsmState.IKE_P1_COMPLETE);
            }
            default -> { }
        }
    }

    /** MM1, MM3 and MM5 as the responder processes them, with the FSM lines IOS prints for each. */
    private void responderMainModeReceived(IkeSa sa, PayloadChain payloads) {
        int c = sa.connId();
        switch (sa.state()) {
            case MM_NO_STATE -> {
                peerStruct(sa, "crypto_isakmp_process_block", false);
                saOfferProcessed(sa, payloads);
            }
            case MM_SA_SETUP -> {
                transition(0, null, IkeFsmInput.Source.IKE_MESG_FROM_PEER, IkeFsmInput.Event.IKE_MM_EXCH,
                        IkeFsmState.IKE_R_MM2, IkeFsmState.IKE_R_MM3);
                keyExchangeProcessed(sa, payloads);
                transition(c, null, IkeFsmInput.Source.IKE_MESG_INTERNAL, IkeFsmInput.Event.IKE_PROCESS_MAIN_MODE,
                        IkeFsmState.IKE_R_MM3, IkeFsmState.IKE_R_MM3);
            }
            case MM_KEY_EXCH -> {
                transition(c, null, IkeFsmInput.Source.IKE_MESG_FROM_PEER, IkeFsmInput.Event.IKE_MM_EXCH,
                        IkeFsmState.IKE_R_MM4, IkeFsmState.IKE_R_MM5);
                identityProcessed(c, payloads);
            }
            default -> { }
        }
    }

    /**
     * The peer-struct preamble IOS prints when phase 1 starts (opaque handles derived from the
     * cookie); {@code purpose} is who locks it: {@code isakmp_initiator}, or {@code
     * crypto_isakmp_process_block} for an offer from the peer, which has no new-node line.
     */
    private void peerStruct(IkeSa sa, String purpose, boolean newNode) {
        long handle = (sa.initiatorCookie() >>> 32) & 0x7FFFFFF0L | 0x60000000L;
        emit(new IsakmpDebugEvent.PeerCreated(sa.remote().address(), sa.remote().port()));
        emit(new IsakmpDebugEvent.PeerHandles(handle, 0x80000000L | (sa.initiatorCookie() & 0xFFFFFL)));
        emit(new IsakmpDebugEvent.PeerLocked(handle, 1, purpose));
        emit(new IsakmpDebugEvent.Ports(sa.local().port(), sa.remote().port()));
        if (newNode) emit(new IsakmpDebugEvent.NewNode(0, 0, IkeV1State.QM_IDLE));
        emit(new IsakmpDebugEvent.SaInserted(handle + 0x3E9DC4L));
        peerHandles.put(sa, handle);
    }

    /** MM5: initial contact, the identity line and the ID payload dump (RFC 2407 §4.6.2). */
    private void idPayload(IkeSa sa, List<Payload> payloads) {
        int c = sa.connId();
        boolean initialContact = payloads.stream().anyMatch(p -> p instanceof Payload.Notify n
                && n.notifyType() == org.ikelab.wire.isakmp.NotifyType.INITIAL_CONTACT);
        if (initialContact) emit(new IsakmpDebugEvent.Note(c, IsakmpNote.SEND_INITIAL_CONTACT));
        for (Payload p : payloads) {
            if (!(p instanceof Payload.Id id)) continue;
            emit(new IsakmpDebugEvent.AuthenticationIdType(c, IsakmpAuth.PSK, idType(id.idType())));
            if (id.idType() == org.ikelab.wire.isakmp.IdType.IPV4_ADDR) {
                emit(new IsakmpDebugEvent.IdPayloadDump(c, 8, id.idType(), inet(id.data()), id.protocol(), id.port(),
                        8 + id.data().length));
            }
            emit(new IsakmpDebugEvent.TotalPayloadLength(c, 8 + id.data().length));
        }
    }

    private static IsakmpDebugEvent.IdType idType(int t) {
        return switch (t) {
            case org.ikelab.wire.isakmp.IdType.FQDN -> IsakmpDebugEvent.IdType.ID_FQDN;
            case org.ikelab.wire.isakmp.IdType.USER_FQDN -> IsakmpDebugEvent.IdType.ID_USER_FQDN;
            default -> IsakmpDebugEvent.IdType.ID_IPV4_ADDR;
        };
    }

    private static java.net.InetAddress inet(byte[] a) {
        try {
            return java.net.InetAddress.getByAddress(java.util.Arrays.copyOf(a, 4));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private void transition(int connId, Integer node, IkeFsmInput.Source source, IkeFsmInput.Event event, IkeFsmState from,
            IkeFsmState to) {
        emit(new IsakmpDebugEvent.FsmInput(connId, node, source, event));
        emit(new IsakmpDebugEvent.FsmTransition(connId, from, to));
    }

    @Override
    public void stateChanged(IkeSa sa, Ikev1State from, Ikev1State to) {
        if (to == Ikev1State.QM_IDLE && from != Ikev1State.QM_IDLE) {
            emit(new IsakmpDebugEvent.Note(sa.connId(), IsakmpNote.AUTHENTICATED_STATUS));
            emit(new IsakmpDebugEvent.AuthenticatedWith(sa.connId(), sa.remote().address()));
            if (!sa.isInitiator() && from == Ikev1State.MM_KEY_EXCH) {
                emit(new IsakmpDebugEvent.PeerInserted(sa.local().address(), sa.remote().address(), sa.remote().port(),
                        peerHandles.getOrDefault(sa, 0L)));
            }
            if (sa.isInitiator() && from == Ikev1State.MM_KEY_EXCH) {
                emit(new IsakmpDebugEvent.PeerInserted(sa.local().address(), sa.remote().address(), sa.remote().port(),
                        peerHandles.getOrDefault(sa, 0L)));
                transition(sa.connId(), null, IkeFsmInput.Source.IKE_MESG_FROM_PEER, IkeFsmInput.Event.IKE_MM_EXCH,
                        IkeFsmState.IKE_I_MM5, IkeFsmState.IKE_I_MM6);
                transition(sa.connId(), null, IkeFsmInput.Source.IKE_MESG_INTERNAL, IkeFsmInput.Event.IKE_PROCESS_COMPLETE,
                        IkeFsmState.IKE_I_MM6, IkeFsmState.IKE_P1_COMPLETE);
            }
        }
        if (to == Ikev1State.DELETED) {
            peerHandles.remove(sa);
            firstQuickMode.remove(sa);
        }
    }

    @Override
    public void messageReceived(IkeSa sa, IsakmpHeader header, PayloadChain payloads) {
        release();
        emit(new IsakmpDebugEvent.PacketReceived(id(sa), sa.remote().address(), sa.local().port(), sa.remote().port(), "Global",
                role(sa), state(sa)));
        if (!sa.isInitiator()) {
            if (header.exchangeType() == QUICK) responderQuickModeReceived(sa, header.messageId(), payloads);
            else if (header.exchangeType() == MAIN) responderMainModeReceived(sa, payloads);
            return;
        }
        if (header.exchangeType() == MAIN) {
            mainModeReceived(sa, payloads);
        } else if (header.exchangeType() == QUICK) {
            quickModeReceived(sa, header.messageId(), payloads);
        }
    }

    /** MM2, MM4 and MM6 as the initiator processes them (ios-crypto-reference §5.2). */
    private void mainModeReceived(IkeSa sa, PayloadChain payloads) {
        int c = sa.connId();
        switch (sa.state()) {
            case MM_NO_STATE -> {
                transition(0, null, IkeFsmInput.Source.IKE_MESG_FROM_PEER, IkeFsmInput.Event.IKE_MM_EXCH,
                        IkeFsmState.IKE_I_MM1, IkeFsmState.IKE_I_MM2);
                saOfferProcessed(sa, payloads);
            }
            case MM_SA_SETUP -> {
                transition(0, null, IkeFsmInput.Source.IKE_MESG_FROM_PEER, IkeFsmInput.Event.IKE_MM_EXCH,
                        IkeFsmState.IKE_I_MM3, IkeFsmState.IKE_I_MM4);
                keyExchangeProcessed(sa, payloads);
                transition(c, null, IkeFsmInput.Source.IKE_MESG_INTERNAL, IkeFsmInput.Event.IKE_PROCESS_MAIN_MODE,
                        IkeFsmState.IKE_I_MM4, IkeFsmState.IKE_I_MM4);
            }
            case MM_KEY_EXCH -> {
                identityProcessed(c, payloads);
            }
            default -> { }
        }
    }

    /** MM1 (responder) or MM2 (initiator): the SA payload, the vendor IDs and the key lookup. */
    private void saOfferProcessed(IkeSa sa, PayloadChain payloads) {
        emit(new IsakmpDebugEvent.ProcessingPayload(0, IsakmpDebugEvent.Payload.SA, 0));
        vendorIds(0, payloads);
        emit(new IsakmpDebugEvent.FoundPeerKey(0, sa.remote().address()));
        emit(new IsakmpDebugEvent.Note(0, IsakmpNote.LOCAL_PSK_FOUND));
        emit(new IsakmpDebugEvent.Note(0, IsakmpNote.SCANNING_XAUTH_PROFILES));
    }

    /** MM3 (responder) or MM4 (initiator): KE, nonce, the key lookup, vendor IDs and NAT-D payloads. */
    private void keyExchangeProcessed(IkeSa sa, PayloadChain payloads) {
        emit(new IsakmpDebugEvent.ProcessingPayload(0, IsakmpDebugEvent.Payload.KE, 0));
        emit(new IsakmpDebugEvent.ProcessingPayload(0, IsakmpDebugEvent.Payload.NONCE, 0));
        emit(new IsakmpDebugEvent.FoundPeerKey(0, sa.remote().address()));
        vendorIds(sa.connId(), payloads);
        for (Payload p : payloads.payloads()) {
            if (p.type() == org.ikelab.wire.isakmp.PayloadType.NAT_D) emit(new IsakmpDebugEvent.ReceivedPayloadType(20));
        }
    }

    /** MM5 (responder) or MM6 (initiator): the ID payload with its dump, then the HASH. */
    private void identityProcessed(int c, PayloadChain payloads) {
        for (Payload p : payloads.payloads()) {
            if (p instanceof Payload.Id id) {
                emit(new IsakmpDebugEvent.ProcessingPayload(c, IsakmpDebugEvent.Payload.ID, 0));
                if (id.idType() == org.ikelab.wire.isakmp.IdType.IPV4_ADDR && id.data().length == 4) {
                    emit(new IsakmpDebugEvent.IdPayloadDump(c, 8, id.idType(), inet(id.data()), id.protocol(),
                            id.port(), 8 + id.data().length));
                }
            } else if (p instanceof Payload.Hash) {
                emit(new IsakmpDebugEvent.ProcessingPayload(c, IsakmpDebugEvent.Payload.HASH, 0));
            }
        }
    }

    /** One "processing vendor id payload" per VID, with what IOS recognises it as. */
    private void vendorIds(int c, PayloadChain payloads) {
        for (Payload p : payloads.payloads()) {
            if (!(p instanceof Payload.VendorId v)) continue;
            emit(new IsakmpDebugEvent.Note(c, IsakmpNote.PROCESSING_VENDOR_ID));
            var known = org.ikelab.wire.isakmp.VendorIds.identify(v.data());
            if (known.isEmpty()) continue;
            var k = known.get();
            if (k == org.ikelab.wire.isakmp.VendorIds.NAT_T_RFC3947) {
                emit(new IsakmpDebugEvent.VendorIdNatT(c, IsakmpDebugEvent.NatTVersion.RFC_3947));
            } else if (k == org.ikelab.wire.isakmp.VendorIds.DPD) {
                emit(new IsakmpDebugEvent.Note(c, IsakmpNote.VENDOR_ID_DPD));
            } else if (k == org.ikelab.wire.isakmp.VendorIds.CISCO_UNITY) {
                emit(new IsakmpDebugEvent.Note(c, IsakmpNote.VENDOR_ID_UNITY));
            } else if (k == org.ikelab.wire.isakmp.VendorIds.CISCO_IOS) {
                emit(new IsakmpDebugEvent.Note(c, IsakmpNote.SPEAKING_TO_IOS));
            } else if (k == org.ikelab.wire.isakmp.VendorIds.XAUTH) {
                emit(new IsakmpDebugEvent.Note(c, IsakmpNote.VENDOR_ID_XAUTH));
            }
        }
    }

    /**
     * Quick mode started by the peer (ios-crypto-reference §5.3, IOS 15 prefixes): the new node,
     * the offer's first proposal, nonce and IDs, the SPI, and the FSM up to the install wait; the
     * third message completes the node.
     */
    private void responderQuickModeReceived(IkeSa sa, int mid, PayloadChain payloads) {
        int c = sa.connId();
        Boolean answered = responderNodes.get(mid);
        if (answered == null) {
            if (responderNodes.size() > 64) responderNodes.clear();
            responderNodes.put(mid, false);
            held = new ArrayList<>();
            heldMid = mid;
            heldOffered = List.of();
            heldPayloads = payloads.payloads();
            emit(new IsakmpDebugEvent.NewNode(c, mid, IkeV1State.QM_IDLE));
            quickModeReceived(sa, mid, payloads);
            emit(new IsakmpDebugEvent.Note(c, IsakmpNote.QM_RESPONDER_GETS_SPI));
            transition(c, mid, IkeFsmInput.Source.IKE_MESG_FROM_PEER, IkeFsmInput.Event.IKE_QM_EXCH,
                    IkeFsmState.IKE_QM_READY, IkeFsmState.IKE_QM_SPI_STARVE);
            transition(c, mid, IkeFsmInput.Source.IKE_MESG_INTERNAL, IkeFsmInput.Event.IKE_GOT_SPI,
                    IkeFsmState.IKE_QM_SPI_STARVE, IkeFsmState.IKE_QM_IPSEC_INSTALL_AWAIT);
            heldQmEnd = held.size();
        } else if (answered) {
            responderNodes.remove(mid);
            emit(new IsakmpDebugEvent.DeletingNode(c, mid, false, "QM done (await)"));
            transition(c, mid, IkeFsmInput.Source.IKE_MESG_FROM_PEER, IkeFsmInput.Event.IKE_QM_EXCH,
                    IkeFsmState.IKE_QM_R_QM2, IkeFsmState.IKE_QM_PHASE2_COMPLETE);
        }
    }

    /** The interface IKE with the peer uses (the one holding our address), for the "installed on" line. */
    private String interfaceOf(IkeSa sa) {
        int local = ByteBuffer.wrap(sa.local().address().getAddress()).getInt();
        for (var i : engine.router().interfaces()) if (i.hasAddress() && i.addressBits() == local) return i.name();
        return "";
    }

    /** QM2: hash, the chosen proposal with its attributes, nonce and the proxy IDs. */
    private void quickModeReceived(IkeSa sa, int mid, PayloadChain payloads) {
        int c = sa.connId();
        for (Payload p : payloads.payloads()) {
            if (p instanceof Payload.Hash) {
                emit(new IsakmpDebugEvent.ProcessingPayload(c, IsakmpDebugEvent.Payload.HASH, mid));
            } else if (p instanceof Payload.Sa s) {
                emit(new IsakmpDebugEvent.ProcessingPayload(c, IsakmpDebugEvent.Payload.SA, mid));
                if (s.proposals().isEmpty()) continue;
                emit(new IsakmpDebugEvent.CheckingIpsecProposal(c, s.proposals().get(0).number()));
                List<String> offered = new ArrayList<>();
                for (Payload.Proposal pr : s.proposals()) {
                    for (Payload.Transform t : pr.transforms()) {
                        IsakmpDebugEvent.Phase2Attributes a = phase2(pr.protocolId(), t);
                        emit(a);
                        // The first transform of each protocol of proposal 1 is what IOS names in its verdict.
                        if (pr.number() == s.proposals().get(0).number() && t == pr.transforms().get(0)) {
                            offered.addAll(QuickModeRejection.names(a));
                        }
                    }
                }
                emit(new IsakmpDebugEvent.Note(c, IsakmpNote.QM_ATTS_ACCEPTABLE));
                if (held != null) {
                    heldOfferEnd = held.size();
                    heldOffered = offered;
                }
            } else if (p instanceof Payload.Nonce) {
                emit(new IsakmpDebugEvent.ProcessingPayload(c, IsakmpDebugEvent.Payload.NONCE, mid));
            } else if (p instanceof Payload.Id) {
                emit(new IsakmpDebugEvent.ProcessingPayload(c, IsakmpDebugEvent.Payload.ID, mid));
            }
        }
    }

    /** A quick-mode transform as the {@code transform 1, ESP_AES} block shows it. */
    private static IsakmpDebugEvent.Phase2Attributes phase2(int protocol, Payload.Transform t) {
        long seconds = 0, kilobytes = 0;
        int lifeType = 0, auth = 0, mode = 1, keyLength = 0;
        for (org.ikelab.wire.isakmp.Attribute a : t.attributes()) {
            long v = a.longValue();
            switch (a.type()) {
                case org.ikelab.wire.isakmp.IpsecAttribute.SA_LIFE_TYPE -> lifeType = (int) v;
                case org.ikelab.wire.isakmp.IpsecAttribute.SA_LIFE_DURATION -> {
                    if (lifeType == org.ikelab.wire.isakmp.IpsecAttribute.LIFE_SECONDS) seconds = v;
                    else kilobytes = v;
                }
                case org.ikelab.wire.isakmp.IpsecAttribute.AUTH_ALGORITHM -> auth = (int) v;
                case org.ikelab.wire.isakmp.IpsecAttribute.ENCAPSULATION_MODE -> mode = (int) v;
                case org.ikelab.wire.isakmp.IpsecAttribute.KEY_LENGTH -> keyLength = (int) v;
                default -> { }
            }
        }
        boolean ah = protocol == org.ikelab.wire.isakmp.IpsecAttribute.PROTO_AH;
        org.ikelab.ipsec.status.Cipher cipher = ah ? org.ikelab.ipsec.status.Cipher.NULL : switch (t.transformId()) {
            case org.ikelab.wire.isakmp.IpsecAttribute.ESP_DES -> org.ikelab.ipsec.status.Cipher.DES;
            case org.ikelab.wire.isakmp.IpsecAttribute.ESP_3DES -> org.ikelab.ipsec.status.Cipher.TRIPLE_DES;
            case org.ikelab.wire.isakmp.IpsecAttribute.ESP_NULL -> org.ikelab.ipsec.status.Cipher.NULL;
            case org.ikelab.wire.isakmp.IpsecAttribute.ESP_AES_GCM_8, org.ikelab.wire.isakmp.IpsecAttribute.ESP_AES_GCM_12,
                    org.ikelab.wire.isakmp.IpsecAttribute.ESP_AES_GCM_16 -> keyLength == 256 ? org.ikelab.ipsec.status.Cipher.AES_GCM_256
                    : keyLength == 192 ? org.ikelab.ipsec.status.Cipher.AES_GCM_192 : org.ikelab.ipsec.status.Cipher.AES_GCM_128;
            default -> keyLength == 256 ? org.ikelab.ipsec.status.Cipher.AES_256
                    : keyLength == 192 ? org.ikelab.ipsec.status.Cipher.AES_192 : org.ikelab.ipsec.status.Cipher.AES_128;
        };
        org.ikelab.ipsec.status.Integrity integrity = switch (ah ? (t.transformId() == 2 ? 1 : t.transformId() == 3 ? 2 : auth) : auth) {
            case 1 -> org.ikelab.ipsec.status.Integrity.MD5;
            case 2 -> org.ikelab.ipsec.status.Integrity.SHA1;
            case 5 -> org.ikelab.ipsec.status.Integrity.SHA256;
            case 6 -> org.ikelab.ipsec.status.Integrity.SHA384;
            case 7 -> org.ikelab.ipsec.status.Integrity.SHA512;
            default -> org.ikelab.ipsec.status.Integrity.NONE;
        };
        return new IsakmpDebugEvent.Phase2Attributes(t.number(), ah, cipher, integrity,
                mode == 2 || mode == 4 ? org.ikelab.ipsec.status.IpsecMode.TRANSPORT : org.ikelab.ipsec.status.IpsecMode.TUNNEL,
                seconds, kilobytes);
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
        if (!ok && isakmp) out("ISAKMP:(" + id(sa) + "):" + verdict);
        emit(new IsakmpDebugEvent.Phase1Verdict(id(sa), ok, 0));
        if (ok) {
            long life = offered.lifetimeSeconds();
            emit(new IsakmpDebugEvent.LifetimeAccepted(id(sa), 0, 0, 4, life, life));
        }
    }

    @Override
    public void notifyReceived(IkeSa sa, int notifyType) {
        emit(new IsakmpDebugEvent.NotifyReceived(id(sa), notifyType, sa.state() == Ikev1State.QM_IDLE ? 3 : 1));
    }

    @Override
    public void exchangeFailed(IkeSa sa, int exchangeType, String reason) {
        if (held != null && exchangeType == QUICK && !sa.isInitiator()) {
            // The refused offer: its attributes, the IPsec verdict, then whatever was sent meanwhile (the notify).
            List<String> l = held;
            held = null;
            responderNodes.remove(heldMid);
            l.subList(0, heldOfferEnd).forEach(sink);
            QuickModeRejection r = QuickModeRejection.of(engine, heldOffered, heldPayloads);
            if (ipsec) for (IpsecDebugEvent e : r.ipsecEvents()) IpsecDebugFormat.lines(e).forEach(sink);
            emit(new IsakmpDebugEvent.IpsecPolicyInvalidated(sa.connId(), r.error()));
            emit(new IsakmpDebugEvent.PolicyNotAcceptable(sa.connId(), 2, sa.local().address(), sa.remote().address()));
            l.subList(heldQmEnd, l.size()).forEach(sink);
            return;
        }
        release();
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
        ChildSa in = pair.inbound();
        ChildSa out = pair.outbound();
        // The responder's "installed" lines came with QM2 (IOS installs before answering).
        if (sa.isInitiator()) emit(new IsakmpDebugEvent.CreatingIpsecSas(sa.connId(),
                new IsakmpDebugEvent.SaCreation(sa.remote().address(), sa.local().address(), inet(in.remote().address()),
                        inet(in.local().address()), in.spi() & 0xFFFFFFFFL, 0, in.lifetimeSeconds(), in.lifetimeKilobytes()),
                new IsakmpDebugEvent.SaCreation(sa.local().address(), sa.remote().address(), inet(out.local().address()),
                        inet(out.remote().address()), out.spi() & 0xFFFFFFFFL, 0, out.lifetimeSeconds(),
                        out.lifetimeKilobytes())));
        if (!ipsec) return;
        List<ChildSa> sas = new ArrayList<>(List.of(pair.inbound(), pair.outbound()));
        if (pair.isBundle()) sas.addAll(List.of(pair.ahInbound(), pair.ahOutbound()));
        for (ChildSa c : sas) {
            List<String> names = new ArrayList<>();
            for (ChildTransform t : pair.config().transforms()) {
                // An AH+ESP set is named as a whole (ah-sha-hmac esp-aes esp-sha-hmac), as IOS does.
                boolean esp = t.protocol() == c.protocol() && t.transformId() == c.transformId();
                boolean ah = t.ah() != null && t.ah().protocol() == c.protocol() && t.ah().transformId() == c.transformId();
                if (esp || ah) names = engine.translatorNames(t);
            }
            IpsecDebugFormat.lines(new IpsecDebugEvent.SaCreated(c.destination().address(), c.protocol() == 2 ? 51 : 50,
                    c.spi() & 0xFFFFFFFFL, names, engine.connIdOf(c.destination().address(), c.protocol(), c.spi()), c.lifetimeKilobytes(), c.lifetimeSeconds(), sa.local().address(), 0,
                    sa.remote().address(), 0, ident(c.local()), ident(c.remote()))).forEach(this::out);
        }
    }

    private static org.ikelab.ipsec.status.ProxyIdent ident(org.ikelab.ike.TrafficSelector t) {
        int mask = ByteBuffer.wrap(t.mask()).getInt();
        return CryptoStatus.ident(new org.ikelab.ipsec.TrafficSelector(ByteBuffer.wrap(t.address()).getInt(), Integer.bitCount(mask),
                t.protocol(), t.port(), t.port() == 0 ? 65535 : t.port()));
    }
}
