package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.Golden.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.ike.status.IkeFsmInput.Event;
import org.ikelab.ike.status.IkeFsmInput.Source;
import org.ikelab.ike.status.IkeFsmState;
import org.ikelab.ike.status.IkeRole;
import org.ikelab.ike.status.IkeV1State;
import org.ikelab.ike.status.IsakmpAuth;
import org.ikelab.ike.status.IsakmpDebugEvent;
import org.ikelab.ike.status.IsakmpDebugEvent.*;
import org.ikelab.ike.status.IsakmpNote;
import org.ikelab.ipsec.status.Cipher;
import org.ikelab.ipsec.status.Integrity;
import org.ikelab.ipsec.status.IpsecMode;
import org.junit.jupiter.api.Test;

/** Golden tests for the {@code debug crypto isakmp} traces of reference §5.2 and §5.4. */
class IsakmpDebugFormatTest {
    static final InetAddress PEER = ip("77.77.77.77");
    static final InetAddress ME = ip("122.122.122.122");
    static final int MID = -889293300;

    /** Concatenates the lines of the events, each ended by a newline (no timestamps). */
    static String render(List<IsakmpDebugEvent> events) {
        StringBuilder sb = new StringBuilder();
        for (IsakmpDebugEvent e : events) {
            for (String line : IsakmpDebugFormat.lines(e)) sb.append(line).append('\n');
        }
        return sb.toString();
    }

    static Note note(int c, IsakmpNote n) { return new Note(c, n); }

    static PacketSent sent(int c, IkeV1State s) { return new PacketSent(c, PEER, 500, 500, IkeRole.INITIATOR, s); }

    static PacketReceived received(int c, IkeV1State s) {
        return new PacketReceived(c, PEER, 500, 500, "Global", IkeRole.INITIATOR, s);
    }

    static FsmInput input(int c, Source s, Event e) { return new FsmInput(c, null, s, e); }

    static FsmTransition move(int c, IkeFsmState from, IkeFsmState to) { return new FsmTransition(c, from, to); }

    @Test
    void initiatorMainAndQuickModeMatchesTheReferenceTrace() {
        List<IsakmpDebugEvent> ev = new ArrayList<>(List.of(
                new PeerCreated(PEER, 500),
                new PeerHandles(0x66440AA0L, 0x8007F09CL),
                new PeerLocked(0x66440AA0L, 1, "isakmp_initiator"),
                new Ports(500, 500),
                new NewNode(0, 0, IkeV1State.QM_IDLE),
                new SaInserted(0x66825864L),
                note(0, IsakmpNote.CANNOT_START_AGGRESSIVE),
                new FoundPeerKey(0, PEER),
                note(0, IsakmpNote.BEGIN_MAIN_MODE),
                sent(0, IkeV1State.MM_NO_STATE),
                note(0, IsakmpNote.SENDING_IPV4_PACKET),
                received(0, IkeV1State.MM_NO_STATE),
                input(0, Source.IKE_MESG_FROM_PEER, Event.IKE_MM_EXCH),
                move(0, IkeFsmState.IKE_I_MM1, IkeFsmState.IKE_I_MM2),
                new ProcessingPayload(0, Payload.SA, 0),
                note(0, IsakmpNote.PROCESSING_VENDOR_ID),
                new VendorIdMajorMismatch(0, 69),
                new VendorIdNatT(0, NatTVersion.RFC_3947),
                new FoundPeerKey(0, PEER),
                note(0, IsakmpNote.LOCAL_PSK_FOUND),
                note(0, IsakmpNote.SCANNING_XAUTH_PROFILES),
                new CheckingIsakmpTransform(0, 1, 10),
                new Phase1Attributes(Cipher.AES_128, Integrity.SHA1, 2, IsakmpAuth.PSK, 86400),
                new Phase1Verdict(0, true, 0),
                new LifetimeAccepted(0, 0, 0, 4, 86400, 86400),
                input(0, Source.IKE_MESG_INTERNAL, Event.IKE_PROCESS_MAIN_MODE),
                move(0, IkeFsmState.IKE_I_MM2, IkeFsmState.IKE_I_MM2),
                sent(0, IkeV1State.MM_SA_SETUP),
                input(0, Source.IKE_MESG_INTERNAL, Event.IKE_PROCESS_COMPLETE),
                move(0, IkeFsmState.IKE_I_MM2, IkeFsmState.IKE_I_MM3),
                received(0, IkeV1State.MM_SA_SETUP),
                input(0, Source.IKE_MESG_FROM_PEER, Event.IKE_MM_EXCH),
                move(0, IkeFsmState.IKE_I_MM3, IkeFsmState.IKE_I_MM4),
                new ProcessingPayload(0, Payload.KE, 0),
                new ProcessingPayload(0, Payload.NONCE, 0),
                new FoundPeerKey(0, PEER),
                note(1001, IsakmpNote.PROCESSING_VENDOR_ID),
                note(1001, IsakmpNote.VENDOR_ID_UNITY),
                note(1001, IsakmpNote.PROCESSING_VENDOR_ID),
                note(1001, IsakmpNote.VENDOR_ID_DPD),
                note(1001, IsakmpNote.PROCESSING_VENDOR_ID),
                note(1001, IsakmpNote.SPEAKING_TO_IOS),
                note(1001, IsakmpNote.PROCESSING_VENDOR_ID),
                note(1001, IsakmpNote.VENDOR_ID_HASH_MISMATCH),
                new ReceivedPayloadType(20),
                new ReceivedPayloadType(20),
                input(1001, Source.IKE_MESG_INTERNAL, Event.IKE_PROCESS_MAIN_MODE),
                move(1001, IkeFsmState.IKE_I_MM4, IkeFsmState.IKE_I_MM4),
                note(1001, IsakmpNote.SEND_INITIAL_CONTACT),
                new AuthenticationIdType(1001, IsakmpAuth.PSK, IdType.ID_IPV4_ADDR),
                new IdPayloadDump(1001, 8, 1, ME, 17, 500, 12),
                new TotalPayloadLength(1001, 12),
                sent(1001, IkeV1State.MM_KEY_EXCH),
                input(1001, Source.IKE_MESG_INTERNAL, Event.IKE_PROCESS_COMPLETE),
                move(1001, IkeFsmState.IKE_I_MM4, IkeFsmState.IKE_I_MM5),
                received(1001, IkeV1State.MM_KEY_EXCH),
                new ProcessingPayload(1001, Payload.ID, 0),
                new IdPayloadDump(1001, 8, 1, PEER, 17, 0, 12),
                new ProcessingPayload(1001, Payload.HASH, 0),
                note(1001, IsakmpNote.AUTHENTICATED_STATUS),
                new AuthenticatedWith(1001, PEER),
                new PeerInserted(ME, PEER, 500, 0x66440AA0L),
                input(1001, Source.IKE_MESG_FROM_PEER, Event.IKE_MM_EXCH),
                move(1001, IkeFsmState.IKE_I_MM5, IkeFsmState.IKE_I_MM6),
                input(1001, Source.IKE_MESG_INTERNAL, Event.IKE_PROCESS_COMPLETE),
                move(1001, IkeFsmState.IKE_I_MM6, IkeFsmState.IKE_P1_COMPLETE),
                new BeginQuickMode(1001, MID),
                note(1001, IsakmpNote.QM_INITIATOR_GETS_SPI),
                sent(1001, IkeV1State.QM_IDLE),
                new FsmInput(1001, MID, Source.IKE_MESG_INTERNAL, Event.IKE_INIT_QM),
                move(1001, IkeFsmState.IKE_QM_READY, IkeFsmState.IKE_QM_I_QM1),
                input(1001, Source.IKE_MESG_INTERNAL, Event.IKE_PHASE1_COMPLETE),
                move(1001, IkeFsmState.IKE_P1_COMPLETE, IkeFsmState.IKE_P1_COMPLETE),
                received(1001, IkeV1State.QM_IDLE),
                new ProcessingPayload(1001, Payload.HASH, MID),
                new ProcessingPayload(1001, Payload.SA, MID),
                new CheckingIpsecProposal(1001, 1),
                new Phase2Attributes(1, false, Cipher.AES_128, Integrity.SHA1, IpsecMode.TUNNEL, 3600, 4608000),
                note(1001, IsakmpNote.QM_ATTS_ACCEPTABLE),
                new ProcessingPayload(1001, Payload.NONCE, MID),
                new ProcessingPayload(1001, Payload.ID, MID),
                new ProcessingPayload(1001, Payload.ID, MID),
                new CreatingIpsecSas(1001,
                        new SaCreation(PEER, ME, ip("192.168.2.0"), ip("192.168.1.0"), 0x6D7A2F3CL, 0, 3600, 4608000),
                        new SaCreation(ME, PEER, ip("192.168.1.0"), ip("192.168.2.0"), 0x1C3E3E4AL, 0, 3600, 4608000)),
                sent(1001, IkeV1State.QM_IDLE),
                new DeletingNode(1001, MID, false, "No Error"),
                new FsmInput(1001, MID, Source.IKE_MESG_FROM_PEER, Event.IKE_QM_EXCH),
                move(1001, IkeFsmState.IKE_QM_I_QM1, IkeFsmState.IKE_QM_PHASE2_COMPLETE)));
        assertEquals(Golden.read("debug_isakmp_main_mode_initiator.txt"), render(ev));
    }

    @Test
    void phase1ProposalMismatchOnTheResponder() {
        // §5.4; the reference elides the repeated attribute lines with "...".
        String[] golden = Golden.read("debug_isakmp_phase1_mismatch.txt").split("\\.\\.\\.\n");
        InetAddress initiator = ip("10.10.10.1");
        assertEquals(golden[0], render(List.of(
                new CheckingIsakmpTransform(0, 1, 10),
                new Phase1Attributes(Cipher.TRIPLE_DES, Integrity.SHA1, 2, IsakmpAuth.PSK, 86400),
                new PolicyMismatch(0, Mismatch.ENCRYPTION),
                new Phase1Verdict(0, false, 0),
                new CheckingIsakmpTransform(0, 1, 65507))));
        assertEquals(golden[1], render(List.of(
                note(0, IsakmpNote.NO_OFFERS_ACCEPTED),
                new PolicyNotAcceptable(0, 1, ip("10.10.10.2"), initiator),
                new ErrorCounter(0, 1, 5, ErrorReason.CONSTRUCT_FAIL_AG_INIT),
                new PacketSent(0, initiator, 500, 500, IkeRole.RESPONDER, IkeV1State.MM_NO_STATE),
                note(0, IsakmpNote.NO_PARANOID_KEEPALIVES),
                new DeletingSa(0, DeleteReason.PHASE1_POLICY_NOT_ACCEPTED, IkeRole.RESPONDER, IkeV1State.MM_NO_STATE,
                        initiator),
                new FsmActionError(0, 2))));
    }

    @Test
    void phase2TransformMismatchIsakmpAndIpsecLinesInterleave() {
        String[] golden = Golden.read("debug_phase2_transform_mismatch.txt").split("\\.\\.\\.\n");
        List<String> head = new ArrayList<>(IsakmpDebugFormat.lines(new CheckingIpsecProposal(1001, 1)));
        head.addAll(IsakmpDebugFormat.lines(new Phase2Attributes(1, false, Cipher.DES, Integrity.SHA1,
                IpsecMode.TUNNEL, 3600, 4608000)).subList(0, 3));
        assertEquals(golden[0], String.join("\n", head) + "\n");
        StringBuilder tail = new StringBuilder();
        tail.append(render(List.of(note(1001, IsakmpNote.QM_ATTS_ACCEPTABLE))));
        for (String l : IpsecDebugFormat.lines(new org.ikelab.ipsec.status.IpsecDebugEvent.ProposalPart(1))) {
            tail.append(l).append('\n');
        }
        for (String l : IpsecDebugFormat.lines(new org.ikelab.ipsec.status.IpsecDebugEvent.TransformNotSupported(
                List.of("esp-des", "esp-sha-hmac")))) {
            tail.append(l).append('\n');
        }
        tail.append(render(List.of(
                new IpsecPolicyInvalidated(1001, 256),
                new PolicyNotAcceptable(1001, 2, ip("10.10.10.2"), ip("10.10.10.1")))));
        assertEquals(golden[1], tail.toString());
    }

    @Test
    void pskMismatchAndPfsMismatchSignatures() {
        InetAddress x = ip("10.10.10.2");
        // §5.4 PSK mismatch, initiator side (first line captured S71, the rest recalled).
        assertEquals("""
                ISAKMP:(1002): retransmitting phase 1 MM_KEY_EXCH...
                ISAKMP (0:1002): incrementing error counter on sa, attempt 1 of 5: retransmit phase 1
                ISAKMP:(1002): retransmitting phase 1 MM_KEY_EXCH
                ISAKMP:(1002): sending packet to 10.10.10.2 my_port 500 peer_port 500 (I) MM_KEY_EXCH
                ISAKMP:(1002):deleting SA reason "Death by retransmission P1" state (I) MM_KEY_EXCH (peer 10.10.10.2)
                """, render(List.of(
                new Retransmitting(1002, 1, IkeV1State.MM_KEY_EXCH, true),
                new ErrorCounter(1002, 1, 5, ErrorReason.RETRANSMIT_PHASE1),
                new Retransmitting(1002, 1, IkeV1State.MM_KEY_EXCH, false),
                new PacketSent(1002, x, 500, 500, IkeRole.INITIATOR, IkeV1State.MM_KEY_EXCH),
                new DeletingSa(1002, DeleteReason.DEATH_BY_RETRANSMISSION_P1, IkeRole.INITIATOR,
                        IkeV1State.MM_KEY_EXCH, x))));
        // §5.4 PFS mismatch, initiator side (captured S53): QM_IDLE keeps its 13-column padding.
        assertEquals("""
                ISAKMP:(9577): processing NOTIFY PROPOSAL_NOT_CHOSEN protocol 3
                ISAKMP:(9577):peer does not do paranoid keepalives.
                ISAKMP:(9577):deleting SA reason "No reason" state (I) QM_IDLE       (peer 77.77.77.77)
                """, render(List.of(
                new NotifyReceived(9577, 14, 3),
                note(9577, IsakmpNote.NO_PARANOID_KEEPALIVES),
                new DeletingSa(9577, DeleteReason.NO_REASON, IkeRole.INITIATOR, IkeV1State.QM_IDLE, PEER))));
    }

    @Test
    void lifeDurationsAreBasicOrVpiByWidth() {
        assertEquals("(basic) of 3600", IsakmpDebugFormat.duration(3600));
        assertEquals("(VPI) of  0x0 0x1 0x51 0x80 ", IsakmpDebugFormat.duration(86400));
        assertEquals("(VPI) of  0x0 0x46 0x50 0x0 ", IsakmpDebugFormat.duration(4608000));
    }
}
