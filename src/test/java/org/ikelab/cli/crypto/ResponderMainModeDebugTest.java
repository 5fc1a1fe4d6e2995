package org.ikelab.cli.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.router.crypto.LabAccess;
import org.junit.jupiter.api.Test;

/**
 * {@code debug crypto isakmp} on the main-mode responder: the FSM lines IKE_READY -> IKE_R_MM1 ...
 * IKE_R_MM5 -> IKE_P1_COMPLETE around each message, as the initiator side prints its IKE_I_MM
 * states (ios-crypto-reference §5.2 has only the initiator; the responder's order is recalled
 * from classic IOS 15 responder debugs). Peer-struct handles are opaque and masked here.
 */
class ResponderMainModeDebugTest {
    @Test
    void responderMainModeLinesInOrder() {
        LabAccess lab = LabAccess.classic();
        List<String> console = new ArrayList<>();
        CryptoDebug debug = new CryptoDebug(console::add);
        debug.attach(lab.engine("R2"));
        debug.set(org.ikelab.cli.show.crypto.CryptoDebugMessages.Flag.ISAKMP, true);
        lab.ping("H1", "192.168.2.2");
        int end = console.indexOf("ISAKMP:(1001):Old State = IKE_P1_COMPLETE  New State = IKE_P1_COMPLETE ") + 2;
        List<String> mm = new ArrayList<>();
        for (String l : console.subList(0, end)) {
            mm.add(l.replaceAll("0x[0-9A-F]{6,}", "0xHANDLE").replaceAll("sa = [0-9A-F]+", "sa = HANDLE")
                    .replaceAll("successfully [0-9A-F]+\\.", "successfully HANDLE."));
        }
        assertEquals(List.of(
                "ISAKMP (0:0): received packet from 10.10.10.1 dport 500 sport 500 Global (R) MM_NO_STATE",
                "ISAKMP: Created a peer struct for 10.10.10.1, peer port 500",
                "ISAKMP: New peer created peer = 0xHANDLE peer_handle = 0xHANDLE",
                "ISAKMP: Locking peer struct 0xHANDLE, refcount 1 for crypto_isakmp_process_block",
                "ISAKMP: local port 500, remote port 500",
                "ins.ert sa successfully sa = HANDLE",
                "ISAKMP:(0): processing SA payload. message ID = 0",
                "ISAKMP:(0): processing vendor id payload",
                "ISAKMP (0:0): vendor ID is NAT-T RFC 3947",
                "ISAKMP:(0): processing vendor id payload",
                "ISAKMP:(0): processing vendor id payload",
                "ISAKMP:(0): processing vendor id payload",
                "ISAKMP:(0):found peer pre-shared key matching 10.10.10.1",
                "ISAKMP:(0): local preshared key found",
                "ISAKMP : Scanning profiles for xauth ...",
                "ISAKMP:(0):Checking ISAKMP transform 1 against priority 1 policy",
                "ISAKMP:      encryption AES-CBC",
                "ISAKMP:      keylength of 128",
                "ISAKMP:      hash SHA",
                "ISAKMP:      default group 2",
                "ISAKMP:      auth pre-share",
                "ISAKMP:      life type in seconds",
                "ISAKMP:      life duration (VPI) of  0x0 0x1 0x51 0x80 ",
                "ISAKMP:(0):atts are acceptable. Next payload is 0",
                "ISAKMP:(0):Acceptable atts:actual life: 0",
                "ISAKMP:(0):Acceptable atts:life: 0",
                "ISAKMP:(0):Fill atts in sa vpi_length:4",
                "ISAKMP:(0):Fill atts in sa life_in_seconds:86400",
                "ISAKMP:(0):Returning Actual lifetime: 86400",
                "ISAKMP:(0)::Started lifetime timer: 86400.",
                "",
                "ISAKMP:(0):Input = IKE_MESG_FROM_PEER, IKE_MM_EXCH",
                "ISAKMP:(0):Old State = IKE_READY  New State = IKE_R_MM1 ",
                "",
                "ISAKMP:(0): sending packet to 10.10.10.1 my_port 500 peer_port 500 (R) MM_SA_SETUP",
                "ISAKMP:(0):Sending an IKE IPv4 Packet.",
                "ISAKMP:(0):Input = IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE",
                "ISAKMP:(0):Old State = IKE_R_MM1  New State = IKE_R_MM2 ",
                "",
                "ISAKMP (0:0): received packet from 10.10.10.1 dport 500 sport 500 Global (R) MM_SA_SETUP",
                "ISAKMP:(0):Input = IKE_MESG_FROM_PEER, IKE_MM_EXCH",
                "ISAKMP:(0):Old State = IKE_R_MM2  New State = IKE_R_MM3 ",
                "",
                "ISAKMP:(0): processing KE payload. message ID = 0",
                "ISAKMP:(0): processing NONCE payload. message ID = 0",
                "ISAKMP:(0):found peer pre-shared key matching 10.10.10.1",
                "ISAKMP:(1001): processing vendor id payload",
                "ISAKMP:(1001): vendor ID is DPD",
                "ISAKMP:(1001): processing vendor id payload",
                "ISAKMP:(1001): speaking to another IOS box!",
                "ISAKMP:received payload type 20",
                "ISAKMP:received payload type 20",
                "ISAKMP:(1001):Input = IKE_MESG_INTERNAL, IKE_PROCESS_MAIN_MODE",
                "ISAKMP:(1001):Old State = IKE_R_MM3  New State = IKE_R_MM3 ",
                "",
                "ISAKMP:(1001): sending packet to 10.10.10.1 my_port 500 peer_port 500 (R) MM_KEY_EXCH",
                "ISAKMP:(1001):Sending an IKE IPv4 Packet.",
                "ISAKMP:(1001):Input = IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE",
                "ISAKMP:(1001):Old State = IKE_R_MM3  New State = IKE_R_MM4 ",
                "",
                "ISAKMP (0:1001): received packet from 10.10.10.1 dport 500 sport 500 Global (R) MM_KEY_EXCH",
                "ISAKMP:(1001):Input = IKE_MESG_FROM_PEER, IKE_MM_EXCH",
                "ISAKMP:(1001):Old State = IKE_R_MM4  New State = IKE_R_MM5 ",
                "",
                "ISAKMP:(1001): processing ID payload. message ID = 0",
                "ISAKMP (0:1001): ID payload ",
                "\tnext-payload : 8",
                "\ttype         : 1 ",
                "\taddress      : 10.10.10.1 ",
                "\tprotocol     : 17 ",
                "\tport         : 500 ",
                "\tlength       : 12",
                "ISAKMP:(1001): processing HASH payload. message ID = 0",
                "ISAKMP:(1001):SA authentication status:\tauthenticated",
                "ISAKMP:(1001):SA has been authenticated with 10.10.10.1",
                "ISAKMP: Trying to insert a peer 10.10.10.2/10.10.10.1/500/,  and inserted successfully HANDLE.",
                "ISAKMP:(1001):SA is doing pre-shared key authentication using id type ID_IPV4_ADDR",
                "ISAKMP (0:1001): ID payload ",
                "\tnext-payload : 8",
                "\ttype         : 1 ",
                "\taddress      : 10.10.10.2 ",
                "\tprotocol     : 17 ",
                "\tport         : 500 ",
                "\tlength       : 12",
                "ISAKMP:(1001):Total payload length: 12",
                "ISAKMP:(1001): sending packet to 10.10.10.1 my_port 500 peer_port 500 (R) MM_KEY_EXCH",
                "ISAKMP:(1001):Sending an IKE IPv4 Packet.",
                "ISAKMP:(1001):Input = IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE",
                "ISAKMP:(1001):Old State = IKE_R_MM5  New State = IKE_P1_COMPLETE ",
                "",
                "ISAKMP:(1001):Input = IKE_MESG_INTERNAL, IKE_PHASE1_COMPLETE",
                "ISAKMP:(1001):Old State = IKE_P1_COMPLETE  New State = IKE_P1_COMPLETE ",
                ""), mm);
    }
}
