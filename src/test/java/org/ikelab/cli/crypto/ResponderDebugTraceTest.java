package org.ikelab.cli.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.router.crypto.LabAccess;
import org.junit.jupiter.api.Test;

/**
 * {@code debug crypto isakmp} on the responder's quick mode (ios-crypto-reference §5.3, in the
 * IOS 15 prefix form the reference asks an emulator to use; the IPSEC lines belong to
 * {@code debug crypto ipsec} and are off here).
 */
class ResponderDebugTraceTest {
    @Test
    void responderQuickModeLinesInOrder() {
        List<String> console = r2DebugDuringFirstPing(org.ikelab.cli.show.crypto.CryptoDebugMessages.Flag.ISAKMP);
        // After authentication the responder sends MM6 and completes phase 1; quick mode follows.
        int mm6 = console.lastIndexOf("ISAKMP:(1001): sending packet to 10.10.10.1 my_port 500 peer_port 500 (R) MM_KEY_EXCH");
        assertTrue(mm6 > console.indexOf("ISAKMP:(1001):SA has been authenticated with 10.10.10.1"));
        int from = console.indexOf("ISAKMP:(1001):Old State = IKE_P1_COMPLETE  New State = IKE_P1_COMPLETE ") + 1;
        assertEquals("", console.get(from));
        List<String> qm = new ArrayList<>();
        for (String l : console.subList(from + 1, console.size())) {
            qm.add(l.replaceAll("(node |Node |message ID = )-?\\d+", "$1MID").replaceAll("SPI:0x[0-9A-F]+", "SPI:0xSPI"));
        }
        assertEquals(List.of(
                "ISAKMP (0:1001): received packet from 10.10.10.1 dport 500 sport 500 Global (R) QM_IDLE      ",
                "ISAKMP:(1001):set new node MID to QM_IDLE      ",
                "ISAKMP:(1001): processing HASH payload. message ID = MID",
                "ISAKMP:(1001): processing SA payload. message ID = MID",
                "ISAKMP:(1001):Checking IPSec proposal 1",
                "ISAKMP: transform 1, ESP_AES ",
                "ISAKMP:   attributes in transform:",
                "ISAKMP:      encaps is 1 (Tunnel)",
                "ISAKMP:      SA life type in seconds",
                "ISAKMP:      SA life duration (basic) of 3600",
                "ISAKMP:      SA life type in kilobytes",
                "ISAKMP:      SA life duration (VPI) of  0x0 0x46 0x50 0x0 ",
                "ISAKMP:      authenticator is HMAC-SHA",
                "ISAKMP:      key length is 128",
                "ISAKMP:(1001):atts are acceptable.",
                "ISAKMP:(1001): processing NONCE payload. message ID = MID",
                "ISAKMP:(1001): processing ID payload. message ID = MID",
                "ISAKMP:(1001): processing ID payload. message ID = MID",
                "ISAKMP:(1001):QM Responder gets spi",
                "ISAKMP:(1001):Node MID, Input = IKE_MESG_FROM_PEER, IKE_QM_EXCH",
                "ISAKMP:(1001):Old State = IKE_QM_READY  New State = IKE_QM_SPI_STARVE",
                "ISAKMP:(1001):Node MID, Input = IKE_MESG_INTERNAL, IKE_GOT_SPI",
                "ISAKMP:(1001):Old State = IKE_QM_SPI_STARVE  New State = IKE_QM_IPSEC_INSTALL_AWAIT",
                "ISAKMP:(1001):Received IPSec Install callback... proceeding with the negotiation",
                "ISAKMP:(1001):Successfully installed IPSEC SA (SPI:0xSPI) on GigabitEthernet0/2",
                "ISAKMP:(1001): sending packet to 10.10.10.1 my_port 500 peer_port 500 (R) QM_IDLE      ",
                "ISAKMP:(1001):Sending an IKE IPv4 Packet.",
                "ISAKMP:(1001):Node MID, Input = IKE_MESG_FROM_IPSEC, IPSEC_INSTALL_DONE",
                "ISAKMP:(1001):Old State = IKE_QM_IPSEC_INSTALL_AWAIT  New State = IKE_QM_R_QM2",
                "ISAKMP (0:1001): received packet from 10.10.10.1 dport 500 sport 500 Global (R) QM_IDLE      ",
                "ISAKMP:(1001):deleting node MID error FALSE reason \"QM done (await)\"",
                "ISAKMP:(1001):Node MID, Input = IKE_MESG_FROM_PEER, IKE_QM_EXCH",
                "ISAKMP:(1001):Old State = IKE_QM_R_QM2  New State = IKE_QM_PHASE2_COMPLETE"), qm);
    }

    /** {@code debug crypto ipsec}: each created SA names its engine connection (1 inbound, 2 outbound), as IOSv's software crypto does. */
    @Test
    void createdSasNameTheirEngineConnections() {
        List<String> console = r2DebugDuringFirstPing(org.ikelab.cli.show.crypto.CryptoDebugMessages.Flag.IPSEC);
        List<String> ids = console.stream().filter(l -> l.contains("sa_conn_id=")).map(l -> l.replaceAll(".*sa_conn_id= ", "")).toList();
        assertEquals(List.of("1", "2"), ids, String.join("\n", console));
    }

    /** What R2's console shows with one debug on while H1's first ping brings the tunnel up. */
    private static List<String> r2DebugDuringFirstPing(org.ikelab.cli.show.crypto.CryptoDebugMessages.Flag flag) {
        LabAccess lab = LabAccess.classic();
        List<String> console = new ArrayList<>();
        CryptoDebug debug = new CryptoDebug(console::add);
        debug.attach(lab.engine("R2"));
        debug.set(flag, true);
        lab.ping("H1", "192.168.2.2");
        return console;
    }
}
