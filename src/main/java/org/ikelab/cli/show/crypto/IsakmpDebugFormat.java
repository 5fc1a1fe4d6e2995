package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.IosText.addr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ikelab.ike.status.IkeRole;
import org.ikelab.ike.status.IkeV1State;
import org.ikelab.ike.status.IsakmpAuth;
import org.ikelab.ike.status.IsakmpDebugEvent;
import org.ikelab.ike.status.IsakmpDebugEvent.*;
import org.ikelab.ipsec.status.Cipher;
import org.ikelab.ipsec.status.Integrity;
import org.ikelab.ipsec.status.IpsecMode;

/**
 * {@code debug crypto isakmp} lines in the IOS 12.4/15.x spelling (reference §5.1: prefixes
 * {@code ISAKMP:(1001):} and {@code ISAKMP (0:1001):}, never the IOS-XE {@code ISAKMP: (1001):}
 * form; message and node IDs signed). Each event gives one or more lines, without timestamps;
 * an empty string is a blank line ({@link IosTimestamp#stamp} adds the prefixes).
 */
public final class IsakmpDebugFormat {
    private IsakmpDebugFormat() {}

    /** The lines of one event. */
    public static List<String> lines(IsakmpDebugEvent event) {
        return switch (event) {
            case Note n -> note(n.connId(), n.note());
            case PeerCreated e -> List.of("ISAKMP: Created a peer struct for " + addr(e.peer()) + ", peer port " + e.peerPort());
            case PeerHandles e -> List.of("ISAKMP: New peer created peer = 0x" + hex(e.peer()) + " peer_handle = 0x" + hex(e.handle()));
            case PeerLocked e -> List.of("ISAKMP: Locking peer struct 0x" + hex(e.peer()) + ", refcount " + e.refcount()
                    + " for " + e.purpose());
            case Ports e -> List.of("ISAKMP: local port " + e.localPort() + ", remote port " + e.remotePort());
            case NewNode e -> List.of((e.connId() == 0 ? "ISAKMP: " : p(e.connId())) + "set new node " + e.node()
                    + " to " + state(e.state()));
            case SaInserted e -> List.of("ins.ert sa successfully sa = " + hex(e.sa()));
            case FoundPeerKey e -> List.of(p(e.connId()) + "found peer pre-shared key matching " + addr(e.peer()));
            case PacketSent e -> List.of(p(e.connId()) + " sending packet to " + addr(e.peer()) + " my_port " + e.myPort()
                    + " peer_port " + e.peerPort() + " " + role(e.role()) + " " + state(e.state()));
            case PacketReceived e -> List.of(pk(e.connId()) + " received packet from " + addr(e.peer()) + " dport "
                    + e.dport() + " sport " + e.sport() + " " + e.vrf() + " " + role(e.role()) + " " + state(e.state()));
            case FsmInput e -> List.of(p(e.connId()) + (e.node() == null ? "" : "Node " + e.node() + ", ")
                    + "Input = " + e.source() + ", " + e.event());
            case FsmTransition e -> transition(e);
            case ProcessingPayload e -> List.of(p(e.connId()) + " processing " + e.payload() + " payload. message ID = "
                    + e.messageId());
            case VendorIdMajorMismatch e -> List.of(p(e.connId()) + " vendor ID seems Unity/DPD but major " + e.major()
                    + " mismatch");
            case VendorIdNatT e -> List.of(pk(e.connId()) + " vendor ID is NAT-T " + natT(e.version()));
            case CheckingIsakmpTransform e -> List.of(p(e.connId()) + "Checking ISAKMP transform " + e.transform()
                    + " against priority " + e.priority() + " policy");
            case Phase1Attributes e -> phase1(e);
            case Phase1Verdict e -> List.of(p(e.connId()) + "atts are " + (e.acceptable() ? "" : "not ")
                    + "acceptable. Next payload is " + e.nextPayload());
            case PolicyMismatch e -> List.of(p(e.connId()) + mismatch(e.what()));
            case LifetimeAccepted e -> List.of(
                    p(e.connId()) + "Acceptable atts:actual life: " + e.actualLife(),
                    p(e.connId()) + "Acceptable atts:life: " + e.life(),
                    p(e.connId()) + "Fill atts in sa vpi_length:" + e.vpiLength(),
                    p(e.connId()) + "Fill atts in sa life_in_seconds:" + e.lifeInSeconds(),
                    p(e.connId()) + "Returning Actual lifetime: " + e.returnedLifetime(),
                    p(e.connId()) + ":Started lifetime timer: " + e.returnedLifetime() + ".",
                    "");
            case ReceivedPayloadType e -> List.of("ISAKMP:received payload type " + e.type());
            case AuthenticationIdType e -> List.of(p(e.connId()) + "SA is doing " + authText(e.auth())
                    + " authentication using id type " + e.idType());
            case IdPayloadDump e -> List.of(
                    pk(e.connId()) + " ID payload ",
                    "\tnext-payload : " + e.nextPayload(),
                    "\ttype         : " + e.type() + " ",
                    "\taddress      : " + addr(e.address()) + " ",
                    "\tprotocol     : " + e.protocol() + " ",
                    "\tport         : " + e.port() + " ",
                    "\tlength       : " + e.length());
            case TotalPayloadLength e -> List.of(p(e.connId()) + "Total payload length: " + e.length());
            case AuthenticatedWith e -> List.of(p(e.connId()) + "SA has been authenticated with " + addr(e.peer()));
            case PeerInserted e -> List.of("ISAKMP: Trying to insert a peer " + addr(e.local()) + "/" + addr(e.remote())
                    + "/" + e.port() + "/,  and inserted successfully " + hex(e.peer()) + ".");
            case BeginQuickMode e -> List.of(p(e.connId()) + "beginning Quick Mode exchange, M-ID of " + e.messageId());
            case CheckingIpsecProposal e -> List.of(p(e.connId()) + "Checking IPSec proposal " + e.proposal());
            case Phase2Attributes e -> phase2(e);
            case CreatingIpsecSas e -> creating(e);
            case InstalledIpsecSa e -> List.of(p(e.connId()) + "Successfully installed IPSEC SA (SPI:0x" + hex(e.spi())
                    + ") on " + e.interfaceName());
            case DeletingNode e -> List.of(p(e.connId()) + "deleting node " + e.node() + " error "
                    + (e.error() ? "TRUE" : "FALSE") + " reason \"" + e.reason() + "\"");
            case Retransmitting e -> List.of(p(e.connId()) + " retransmitting phase " + e.phase() + " "
                    + e.state().name() + (e.announced() ? "..." : ""));
            case ErrorCounter e -> List.of(pk(e.connId()) + " incrementing error counter on sa, attempt " + e.attempt()
                    + " of " + e.max() + ": " + errorReason(e.reason()));
            case DeletingSa e -> List.of(p(e.connId()) + "deleting SA reason \"" + deleteReason(e.reason()) + "\" state "
                    + role(e.role()) + " " + state(e.state()) + " (peer " + addr(e.peer()) + ")");
            case PolicyNotAcceptable e -> List.of(p(e.connId()) + " phase " + e.phase() + " SA policy not acceptable! (local "
                    + addr(e.local()) + " remote " + addr(e.remote()) + ")");
            case FsmActionError e -> List.of(pk(e.connId()) + " FSM action returned error: " + e.error());
            case NotifyReceived e -> List.of(p(e.connId()) + " processing NOTIFY " + notifyName(e.notifyType())
                    + " protocol " + e.protocol());
            case IpsecPolicyInvalidated e -> List.of(p(e.connId()) + " IPSec policy invalidated proposal with error "
                    + e.error());
        };
    }

    /** {@code ISAKMP:(1001):} */
    private static String p(int connId) {
        return "ISAKMP:(" + connId + "):";
    }

    /** {@code ISAKMP (0:1001):}, the packet-level prefix. */
    private static String pk(int connId) {
        return "ISAKMP (0:" + connId + "):";
    }

    private static String hex(long v) {
        return Long.toHexString(v & 0xFFFFFFFFL).toUpperCase(Locale.ROOT);
    }

    private static String role(IkeRole r) {
        return r == IkeRole.INITIATOR ? "(I)" : "(R)";
    }

    /**
     * IOS keeps QM_IDLE padded to 13 characters in its debug state table (captured S53: every
     * {@code QM_IDLE} in debug lines carries 6 trailing spaces; the MM_* names none).
     */
    static String state(IkeV1State s) {
        return s == IkeV1State.QM_IDLE ? "QM_IDLE      " : s.name();
    }

    private static List<String> note(int c, org.ikelab.ike.status.IsakmpNote n) {
        return switch (n) {
            case CANNOT_START_AGGRESSIVE -> List.of(p(c) + "Can not start Aggressive mode, trying Main mode.");
            // The captured trace shows a blank line before the exchange starts.
            case BEGIN_MAIN_MODE -> List.of("", p(c) + " beginning Main Mode exchange");
            case BEGIN_AGGRESSIVE_MODE -> List.of("", p(c) + " beginning Aggressive Mode exchange");
            case SENDING_IPV4_PACKET -> List.of(p(c) + "Sending an IKE IPv4 Packet.");
            case PROCESSING_VENDOR_ID -> List.of(p(c) + " processing vendor id payload");
            case VENDOR_ID_UNITY -> List.of(p(c) + " vendor ID is Unity");
            case VENDOR_ID_DPD -> List.of(p(c) + " vendor ID is DPD");
            case VENDOR_ID_XAUTH -> List.of(p(c) + " vendor ID is XAUTH");
            case SPEAKING_TO_IOS -> List.of(p(c) + " speaking to another IOS box!");
            case VENDOR_ID_HASH_MISMATCH -> List.of(p(c) + "vendor ID seems Unity/DPD but hash mismatch");
            case LOCAL_PSK_FOUND -> List.of(p(c) + " local preshared key found");
            case SCANNING_XAUTH_PROFILES -> List.of("ISAKMP : Scanning profiles for xauth ...");
            case SEND_INITIAL_CONTACT -> List.of(p(c) + "Send initial contact");
            case AUTHENTICATED_STATUS -> List.of(p(c) + "SA authentication status:\tauthenticated");
            case QM_INITIATOR_GETS_SPI -> List.of(p(c) + "QM Initiator gets spi");
            case QM_RESPONDER_GETS_SPI -> List.of(p(c) + "QM Responder gets spi");
            case QM_ATTS_ACCEPTABLE -> List.of(p(c) + "atts are acceptable.");
            case NO_OFFERS_ACCEPTED -> List.of(p(c) + "no offers accepted!");
            case NO_PARANOID_KEEPALIVES -> List.of(p(c) + "peer does not do paranoid keepalives.");
            case IPSEC_INSTALL_CALLBACK -> List.of(p(c) + "Received IPSec Install callback... proceeding with the negotiation");
            case DUPLICATE_PHASE1_PACKET -> List.of(p(c) + " phase 1 packet is a duplicate of a previous packet.");
            case RETRANSMISSION_SKIPPED -> List.of(p(c) + " retransmission skipped");
        };
    }

    /**
     * Phase-1 (IKE SA) transitions end with a space and are followed by a blank line; quick-mode
     * node transitions have neither (captured S53).
     */
    private static List<String> transition(FsmTransition e) {
        String line = p(e.connId()) + "Old State = " + e.from() + "  New State = " + e.to();
        boolean node = e.from().isQuickModeNode() || e.to().isQuickModeNode();
        return node ? List.of(line) : List.of(line + " ", "");
    }

    private static List<String> phase1(Phase1Attributes e) {
        List<String> out = new ArrayList<>();
        String a = "ISAKMP:      ";
        out.add(a + "encryption " + switch (e.cipher()) {
            case DES -> "DES-CBC";
            case TRIPLE_DES -> "3DES-CBC";
            default -> "AES-CBC";
        });
        int keyLength = keyLength(e.cipher());
        if (keyLength > 0 && e.cipher() != Cipher.DES && e.cipher() != Cipher.TRIPLE_DES) {
            out.add(a + "keylength of " + keyLength);
        }
        out.add(a + "hash " + switch (e.hash()) {
            case MD5 -> "MD5";
            case SHA1 -> "SHA";
            case SHA256 -> "SHA256";
            case SHA384 -> "SHA384";
            case SHA512 -> "SHA512";
            case NONE -> "NONE";
        });
        // "default group 1|2" is captured; "group 14" for the others is [recalled] (§5.2).
        out.add(a + (e.dhGroup() <= 2 ? "default group " : "group ") + e.dhGroup());
        out.add(a + "auth " + switch (e.auth()) {
            case PSK -> "pre-share";
            case RSA_SIG -> "RSA sig";
            case RSA_ENC -> "RSA encr";
        });
        out.add(a + "life type in seconds");
        out.add(a + "life duration " + duration(e.lifeSeconds()));
        return out;
    }

    private static List<String> phase2(Phase2Attributes e) {
        List<String> out = new ArrayList<>();
        String a = "ISAKMP:      ";
        String id = e.ah()
                ? (e.integrity() == Integrity.MD5 ? "AH_MD5" : "AH_SHA")
                : switch (e.cipher()) {
                    case DES -> "ESP_DES";
                    case TRIPLE_DES -> "ESP_3DES";
                    case AES_128, AES_192, AES_256 -> "ESP_AES";
                    case AES_GCM_128, AES_GCM_192, AES_GCM_256 -> "ESP_GCM";
                    case NULL -> "ESP_NULL";
                };
        out.add("ISAKMP: transform " + e.transform() + ", " + id + " ");
        out.add("ISAKMP:   attributes in transform:");
        out.add(a + (e.mode() == IpsecMode.TUNNEL ? "encaps is 1 (Tunnel)" : "encaps is 2 (Transport)"));
        out.add(a + "SA life type in seconds");
        out.add(a + "SA life duration " + duration(e.lifeSeconds()));
        out.add(a + "SA life type in kilobytes");
        out.add(a + "SA life duration " + duration(e.lifeKilobytes()));
        if (e.integrity() != Integrity.NONE) {
            out.add(a + "authenticator is " + switch (e.integrity()) {
                case MD5 -> "HMAC-MD5";
                case SHA1 -> "HMAC-SHA";
                case SHA256 -> "HMAC-SHA256";
                case SHA384 -> "HMAC-SHA384";
                case SHA512 -> "HMAC-SHA512";
                case NONE -> "";
            });
        }
        if (!e.ah() && keyLength(e.cipher()) > 0 && e.cipher() != Cipher.DES && e.cipher() != Cipher.TRIPLE_DES) {
            out.add(a + "key length is " + keyLength(e.cipher()));
        }
        return out;
    }

    /**
     * A life duration as sent on the wire: {@code (basic) of 3600} when it fits a 16-bit basic
     * attribute, else the 4-byte variable attribute dumped byte by byte, two spaces after
     * {@code of} and a trailing space: {@code (VPI) of  0x0 0x1 0x51 0x80 }.
     */
    static String duration(long value) {
        if (value <= 0xFFFF) return "(basic) of " + value;
        StringBuilder sb = new StringBuilder("(VPI) of ");
        for (int shift = 24; shift >= 0; shift -= 8) {
            sb.append(" 0x").append(Long.toHexString((value >>> shift) & 0xFF).toUpperCase(Locale.ROOT));
        }
        return sb.append(' ').toString();
    }

    private static int keyLength(Cipher c) {
        return switch (c) {
            case AES_128, AES_GCM_128 -> 128;
            case AES_192, AES_GCM_192 -> 192;
            case AES_256, AES_GCM_256 -> 256;
            default -> 0;
        };
    }

    private static List<String> creating(CreatingIpsecSas e) {
        // Spacing quirks kept from the trace: "(f/i)  0/ 0" inbound vs "(f/i) 0/0" outbound, and
        // "has spi  0x" (two spaces) outbound.
        SaCreation in = e.inbound();
        SaCreation out = e.outbound();
        String i = "        ";
        return List.of(
                p(e.connId()) + " Creating IPSec SAs",
                i + "inbound SA from " + addr(in.from()) + " to " + addr(in.to()) + " (f/i)  0/ 0",
                i + "(proxy " + addr(in.proxyFrom()) + " to " + addr(in.proxyTo()) + ")",
                i + "has spi 0x" + hex(in.spi()) + " and conn_id " + in.connId(),
                i + "lifetime of " + in.lifeSeconds() + " seconds",
                i + "lifetime of " + in.lifeKilobytes() + " kilobytes",
                i + "outbound SA from " + addr(out.from()) + " to " + addr(out.to()) + " (f/i) 0/0",
                i + "(proxy " + addr(out.proxyFrom()) + " to " + addr(out.proxyTo()) + ")",
                i + "has spi  0x" + hex(out.spi()) + " and conn_id " + out.connId(),
                i + "lifetime of " + out.lifeSeconds() + " seconds",
                i + "lifetime of " + out.lifeKilobytes() + " kilobytes");
    }

    private static String natT(NatTVersion v) {
        return switch (v) {
            case RFC_3947 -> "RFC 3947";
            case DRAFT_V7 -> "v7";
            case DRAFT_V3 -> "v3";
            case DRAFT_V2 -> "v2";
        };
    }

    private static String mismatch(Mismatch m) {
        return switch (m) {
            case ENCRYPTION -> "Encryption algorithm offered does not match policy!";
            case HASH -> "Hash algorithm offered does not match policy!";
            case DH_GROUP -> "Diffie-Hellman group offered does not match policy!";
            case KEY_LENGTH -> "Proposed key length does not match policy";
            case PRESHARED_AUTH -> "Preshared authentication offered but does not match policy!";
        };
    }

    private static String authText(IsakmpAuth a) {
        return switch (a) {
            case PSK -> "pre-shared key";
            case RSA_SIG -> "RSA signature";
            case RSA_ENC -> "RSA encryption";
        };
    }

    private static String errorReason(ErrorReason r) {
        return switch (r) {
            case RETRANSMIT_PHASE1 -> "retransmit phase 1";
            case RETRANSMIT_PHASE2 -> "retransmit phase 2";
            case CONSTRUCT_FAIL_AG_INIT -> "construct_fail_ag_init";
        };
    }

    private static String deleteReason(DeleteReason r) {
        return switch (r) {
            case DEATH_BY_RETRANSMISSION_P1 -> "Death by retransmission P1";
            case PHASE1_POLICY_NOT_ACCEPTED -> "Phase1 SA policy proposal not accepted";
            case NO_REASON -> "No reason";
        };
    }

    /**
     * RFC 2408 §3.14.1 notify names, except type 14 which IOS prints as
     * {@code PROPOSAL_NOT_CHOSEN} (captured S53; the {@code NO_PROPOSAL_CHOSEN} spelling in §5.4 is
     * only recalled). Unlisted types print their number.
     */
    static String notifyName(int type) {
        return switch (type) {
            case 1 -> "INVALID_PAYLOAD_TYPE";
            case 11 -> "INVALID_SPI";
            case 14 -> "PROPOSAL_NOT_CHOSEN";
            case 16 -> "PAYLOAD_MALFORMED";
            case 18 -> "INVALID_ID_INFORMATION";
            case 23 -> "INVALID_HASH_INFORMATION";
            case 24 -> "AUTHENTICATION_FAILED";
            case 36136 -> "R_U_THERE";
            case 36137 -> "R_U_THERE_ACK";
            default -> Integer.toString(type);
        };
    }
}
