package org.ikelab.ike.status;

import java.net.InetAddress;
import java.util.Objects;
import org.ikelab.ipsec.status.Cipher;
import org.ikelab.ipsec.status.Integrity;
import org.ikelab.ipsec.status.IpsecMode;

/**
 * One {@code debug crypto isakmp} message, as the IKEv1 engine reports it to the listener bus.
 * The CLI formatter turns each event into its IOS 15 line(s) (reference §5.2–§5.4); the records
 * carry values only. {@code connId} is the number in the {@code ISAKMP:(1001):} prefix: 0 until
 * the SA has its conn-id (IOS assigns it when the DH secret is computed, after MM4).
 */
public sealed interface IsakmpDebugEvent {

    /** A message with fixed text. */
    record Note(int connId, IsakmpNote note) implements IsakmpDebugEvent {
        public Note { Objects.requireNonNull(note, "note"); }
    }

    /** {@code ISAKMP: Created a peer struct for A, peer port 500} */
    record PeerCreated(InetAddress peer, int peerPort) implements IsakmpDebugEvent {}

    /** {@code ISAKMP: New peer created peer = 0x66440AA0 peer_handle = 0x8007F09C} (opaque handles). */
    record PeerHandles(long peer, long handle) implements IsakmpDebugEvent {}

    /** {@code ISAKMP: Locking peer struct 0x66440AA0, refcount 1 for isakmp_initiator} */
    record PeerLocked(long peer, int refcount, String purpose) implements IsakmpDebugEvent {}

    /** {@code ISAKMP: local port 500, remote port 500} */
    record Ports(int localPort, int remotePort) implements IsakmpDebugEvent {}

    /** {@code ISAKMP: set new node 0 to QM_IDLE      } (with a conn-id: {@code ISAKMP:(1001):set new node ...}). */
    record NewNode(int connId, int node, IkeV1State state) implements IsakmpDebugEvent {}

    /** {@code ins.ert sa successfully sa = 66825864} (sic; opaque SA handle). */
    record SaInserted(long sa) implements IsakmpDebugEvent {}

    /** {@code found peer pre-shared key matching A} */
    record FoundPeerKey(int connId, InetAddress peer) implements IsakmpDebugEvent {}

    /** {@code  sending packet to A my_port 500 peer_port 500 (I) MM_NO_STATE} */
    record PacketSent(int connId, InetAddress peer, int myPort, int peerPort, IkeRole role, IkeV1State state)
            implements IsakmpDebugEvent {}

    /** {@code ISAKMP (0:1001): received packet from A dport 500 sport 500 Global (I) QM_IDLE      } */
    record PacketReceived(int connId, InetAddress peer, int dport, int sport, String vrf, IkeRole role,
                          IkeV1State state) implements IsakmpDebugEvent {}

    /** {@code Input = SOURCE, EVENT}; with a quick-mode node: {@code Node N, Input = ...}. */
    record FsmInput(int connId, Integer node, IkeFsmInput.Source source, IkeFsmInput.Event event)
            implements IsakmpDebugEvent {}

    /** {@code Old State = X  New State = Y}; phase-1 transitions end with a space and a blank line. */
    record FsmTransition(int connId, IkeFsmState from, IkeFsmState to) implements IsakmpDebugEvent {}

    /** Payload kinds of the {@code processing X payload. message ID = N} line. */
    enum Payload { SA, KE, NONCE, ID, HASH }

    /** {@code  processing SA payload. message ID = 0} (message ID printed signed, IOS 15). */
    record ProcessingPayload(int connId, Payload payload, int messageId) implements IsakmpDebugEvent {}

    /** {@code  vendor ID seems Unity/DPD but major 69 mismatch} */
    record VendorIdMajorMismatch(int connId, int major) implements IsakmpDebugEvent {}

    /** NAT-T vendor IDs recognised. */
    enum NatTVersion { RFC_3947, DRAFT_V7, DRAFT_V3, DRAFT_V2 }

    /** {@code ISAKMP (0:0): vendor ID is NAT-T RFC 3947} */
    record VendorIdNatT(int connId, NatTVersion version) implements IsakmpDebugEvent {}

    /** {@code Checking ISAKMP transform 1 against priority 10 policy} */
    record CheckingIsakmpTransform(int connId, int transform, int priority) implements IsakmpDebugEvent {}

    /**
     * The offered phase-1 attributes, one {@code ISAKMP:      name value} line each: encryption
     * (+ keylength for AES), hash, group, auth, life type and duration. The duration prints
     * {@code (basic) of N} when it fits 16 bits, else {@code (VPI) of  0x0 0x1 0x51 0x80 }.
     */
    record Phase1Attributes(Cipher cipher, Integrity hash, int dhGroup, IsakmpAuth auth, long lifeSeconds)
            implements IsakmpDebugEvent {}

    /** {@code atts are acceptable. Next payload is 0} / {@code atts are not acceptable. Next payload is 0} */
    record Phase1Verdict(int connId, boolean acceptable, int nextPayload) implements IsakmpDebugEvent {}

    /** Why a phase-1 transform did not match a policy. */
    enum Mismatch { ENCRYPTION, HASH, DH_GROUP, KEY_LENGTH, PRESHARED_AUTH }

    /** {@code Encryption algorithm offered does not match policy!} and its siblings. */
    record PolicyMismatch(int connId, Mismatch what) implements IsakmpDebugEvent {}

    /**
     * The lifetime block after an accepted phase-1 offer: {@code Acceptable atts:actual life: 0},
     * {@code Acceptable atts:life: 0}, {@code Fill atts in sa vpi_length:4},
     * {@code Fill atts in sa life_in_seconds:86400}, {@code Returning Actual lifetime: 86400},
     * {@code :Started lifetime timer: 86400.} and a blank line.
     */
    record LifetimeAccepted(int connId, long actualLife, long life, int vpiLength, long lifeInSeconds,
                            long returnedLifetime) implements IsakmpDebugEvent {}

    /** {@code ISAKMP:received payload type 20} */
    record ReceivedPayloadType(int type) implements IsakmpDebugEvent {}

    /** ID types of the authentication line. */
    enum IdType { ID_IPV4_ADDR, ID_FQDN, ID_USER_FQDN, ID_IPV6_ADDR, ID_DER_ASN1_DN, ID_KEY_ID }

    /** {@code SA is doing pre-shared key authentication using id type ID_IPV4_ADDR} */
    record AuthenticationIdType(int connId, IsakmpAuth auth, IdType idType) implements IsakmpDebugEvent {}

    /** The seven-line {@code ISAKMP (0:1001): ID payload} dump with its TABs and trailing spaces. */
    record IdPayloadDump(int connId, int nextPayload, int type, InetAddress address, int protocol, int port,
                         int length) implements IsakmpDebugEvent {}

    /** {@code Total payload length: 12} */
    record TotalPayloadLength(int connId, int length) implements IsakmpDebugEvent {}

    /** {@code SA has been authenticated with A} */
    record AuthenticatedWith(int connId, InetAddress peer) implements IsakmpDebugEvent {}

    /** {@code ISAKMP: Trying to insert a peer L/R/500/,  and inserted successfully 66440AA0.} */
    record PeerInserted(InetAddress local, InetAddress remote, int port, long peer) implements IsakmpDebugEvent {}

    /** {@code beginning Quick Mode exchange, M-ID of -889293300} */
    record BeginQuickMode(int connId, int messageId) implements IsakmpDebugEvent {}

    /** {@code Checking IPSec proposal 1} */
    record CheckingIpsecProposal(int connId, int proposal) implements IsakmpDebugEvent {}

    /**
     * A quick-mode transform and its attributes: {@code ISAKMP: transform 1, ESP_AES },
     * {@code ISAKMP:   attributes in transform:}, encaps, SA life (seconds, kilobytes),
     * authenticator, key length (AES/GCM only). {@code ah} selects {@code AH_MD5}/{@code AH_SHA}.
     */
    record Phase2Attributes(int transform, boolean ah, Cipher cipher, Integrity integrity, IpsecMode mode,
                            long lifeSeconds, long lifeKilobytes) implements IsakmpDebugEvent {}

    /** One direction of the {@code Creating IPSec SAs} block. */
    record SaCreation(InetAddress from, InetAddress to, InetAddress proxyFrom, InetAddress proxyTo, long spi,
                      int connId, long lifeSeconds, long lifeKilobytes) {}

    /** {@code  Creating IPSec SAs} and the inbound and outbound SA lines under it. */
    record CreatingIpsecSas(int connId, SaCreation inbound, SaCreation outbound) implements IsakmpDebugEvent {}

    /** {@code Successfully installed IPSEC SA (SPI:0x63A278D7) on Dialer1} */
    record InstalledIpsecSa(int connId, long spi, String interfaceName) implements IsakmpDebugEvent {}

    /** {@code deleting node -889293300 error FALSE reason "No Error"} */
    record DeletingNode(int connId, int node, boolean error, String reason) implements IsakmpDebugEvent {}

    /** {@code  retransmitting phase 1 MM_KEY_EXCH...} (timer fired) or, {@code announced} false, without the dots. */
    record Retransmitting(int connId, int phase, IkeV1State state, boolean announced) implements IsakmpDebugEvent {}

    /** Reasons of the error counter line. */
    enum ErrorReason { RETRANSMIT_PHASE1, RETRANSMIT_PHASE2, CONSTRUCT_FAIL_AG_INIT }

    /** {@code ISAKMP (0:1002): incrementing error counter on sa, attempt 1 of 5: retransmit phase 1} */
    record ErrorCounter(int connId, int attempt, int max, ErrorReason reason) implements IsakmpDebugEvent {}

    /** Reasons printed by {@code deleting SA reason "..."}. */
    enum DeleteReason { DEATH_BY_RETRANSMISSION_P1, PHASE1_POLICY_NOT_ACCEPTED, NO_REASON }

    /** {@code deleting SA reason "Death by retransmission P1" state (I) MM_KEY_EXCH (peer A)} */
    record DeletingSa(int connId, DeleteReason reason, IkeRole role, IkeV1State state, InetAddress peer)
            implements IsakmpDebugEvent {}

    /** {@code  phase 1 SA policy not acceptable! (local A remote B)} (phase 1 or 2) */
    record PolicyNotAcceptable(int connId, int phase, InetAddress local, InetAddress remote)
            implements IsakmpDebugEvent {}

    /** {@code ISAKMP (0:0): FSM action returned error: 2} */
    record FsmActionError(int connId, int error) implements IsakmpDebugEvent {}

    /** {@code  processing NOTIFY PROPOSAL_NOT_CHOSEN protocol 3} (notify type per RFC 2408). */
    record NotifyReceived(int connId, int notifyType, int protocol) implements IsakmpDebugEvent {}

    /** {@code  IPSec policy invalidated proposal with error 256} */
    record IpsecPolicyInvalidated(int connId, int error) implements IsakmpDebugEvent {}
}
