package org.ikelab.cli.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.RandomSource;
import org.ikelab.parse.CommandRegistry;
import org.ikelab.parse.ConfigCommands;
import org.ikelab.parse.CryptoCommands;
import org.ikelab.parse.Interpreter;
import org.ikelab.parse.Modes;
import org.ikelab.router.crypto.LabAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The crypto EXEC commands typed on R1 of the §6.1 lab, abbreviations included; exact screen text. */
class CryptoExecTranscriptTest {
    private final LabAccess lab = LabAccess.classic();
    private final List<String> console = new ArrayList<>();
    private final CryptoDebug debug = new CryptoDebug(console::add);
    private final Interpreter r1;

    CryptoExecTranscriptTest() {
        CommandRegistry reg = new CommandRegistry();
        ConfigCommands.register(reg);
        CryptoCommands.register(reg);
        CryptoExecCommands.register(reg, () -> lab.engine("R1"), debug);
        debug.attach(lab.engine("R1"));
        r1 = new Interpreter(lab.config("R1"), reg, lab.scheduler(), RandomSource.seeded(1), Modes.EXEC);
    }

    /** Delivers what the last command sent (a clear's delete notify), so no frame is left queued in a link. */
    @AfterEach
    void deliverWhatIsQueued() {
        lab.scheduler().advance(java.time.Duration.ofSeconds(1));
    }

    private String type(String line) {
        List<String> out = new ArrayList<>();
        r1.execute(line, 3, out);
        return String.join("\n", out) + (out.isEmpty() ? "" : "\n");
    }

    @Test
    void isakmpSaBeforeAndAfterTheTunnel() {
        assertEquals("IPv4 Crypto ISAKMP SA\ndst             src             state          conn-id status\n\nIPv6 Crypto ISAKMP SA\n\n",
                type("show crypto isakmp sa"));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        assertEquals("""
                IPv4 Crypto ISAKMP SA
                dst             src             state          conn-id status
                10.10.10.2      10.10.10.1      QM_IDLE           1001 ACTIVE

                IPv6 Crypto ISAKMP SA

                """, type("sh cry isa sa"));
    }

    @Test
    void ipsecSaPipeIncludePkts() {
        lab.ping("H1", "192.168.2.2");
        lab.ping("H1", "192.168.2.2");
        assertEquals("""
                    #pkts encaps: 9, #pkts encrypt: 9, #pkts digest: 9
                    #pkts decaps: 9, #pkts decrypt: 9, #pkts verify: 9
                    #pkts compressed: 0, #pkts decompressed: 0
                    #pkts not compressed: 0, #pkts compr. failed: 0
                    #pkts not decompressed: 0, #pkts decompress failed: 0
                """, type("sh crypto ipsec sa | i pkts"));
        assertTrue(type("show crypto ipsec sa peer 10.10.10.2").contains("current_peer 10.10.10.2 port 500"));
        assertTrue(type("show crypto ipsec sa interface gi0/2").contains("interface: GigabitEthernet0/2"));
    }

    @Test
    void engineTableAndClear() {
        lab.ping("H1", "192.168.2.2");
        assertEquals("""
                Crypto Engine Connections

                   ID  Type    Algorithm           Encrypt  Decrypt LastSeqN IP-Address
                    1  IPsec   AES+SHA                   0        4        4 10.10.10.1
                    2  IPsec   AES+SHA                   4        0        0 10.10.10.1
                 1001  IKE     SHA+AES                   0        0        0 10.10.10.1
                """, type("show crypto engine connections active"));
        assertEquals("", type("clear crypto session"));
        lab.scheduler().runUntilIdle(1000);
        assertEquals(org.ikelab.cli.show.crypto.ShowCryptoEngineConnections.format(List.of()),
                type("show crypto engine connections active"));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
    }

    @Test
    void detailForms() {
        lab.ping("H1", "192.168.2.2");
        String d = type("show crypto isakmp sa detail");
        assertTrue(d.contains("1001  10.10.10.1      10.10.10.2             ACTIVE aes  sha    psk  2  23:59:5"), d);
        assertTrue(d.contains("       Engine-id:Conn-id =  SW:1\n"), d);
        String s = type("show crypto session detail");
        assertTrue(s.contains("Session status: UP-ACTIVE"), s);
        assertTrue(s.contains("        Inbound:  #pkts dec'ed 4 drop 0 life (KB/Sec) 4607999/35"), s);
        assertTrue(type("show crypto ipsec sa detail").contains("    #pkts no sa (send) 1, #pkts invalid sa (rcv) 0\n"));
    }

    @Test
    void clearCountersAndClearIsakmpFromTheCli() {
        lab.ping("H1", "192.168.2.2");
        assertEquals("", type("clear crypto sa counters"));
        assertTrue(type("sh crypto ipsec sa | i encaps").contains("#pkts encaps: 0, #pkts encrypt: 0, #pkts digest: 0"));
        assertEquals("", type("clear crypto isakmp"));
        assertEquals("IPv4 Crypto ISAKMP SA\ndst             src             state          conn-id status\n\nIPv6 Crypto ISAKMP SA\n\n",
                type("show crypto isakmp sa"));
        assertTrue(type("show crypto ipsec sa").contains("inbound esp sas:\n      spi: 0x"), "IPsec SAs stay");
    }

    @Test
    void debugLinesAppearOnTheConsole() {
        assertEquals("Crypto ISAKMP debugging is on\n", type("debug crypto isakmp"));
        assertEquals("Cryptographic Subsystem:\n  Crypto ISAKMP debugging is on\n", type("show crypto debug"));
        lab.ping("H1", "192.168.2.2");
        assertTrue(console.contains("ISAKMP:(0): sending packet to 10.10.10.2 my_port 500 peer_port 500 (I) MM_NO_STATE"), String.join("\n", console));
        assertTrue(console.contains("ISAKMP:(0): beginning Main Mode exchange"), String.join("\n", console));
        assertTrue(console.contains("ISAKMP:(1001):SA has been authenticated with 10.10.10.2"), String.join("\n", console));
        assertTrue(console.stream().anyMatch(l -> l.startsWith("ISAKMP:(1001):beginning Quick Mode exchange, M-ID of ")),
                String.join("\n", console));
        assertEquals("All possible debugging has been turned off\n", type("undebug all"));
        int n = console.size();
        type("clear crypto sa");
        lab.ping("H1", "192.168.2.2");
        assertEquals(n, console.size());
    }
}
