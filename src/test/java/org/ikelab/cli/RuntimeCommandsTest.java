package org.ikelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ikelab.config.StartupStore;
import org.ikelab.lab.InterfaceNames;
import org.ikelab.lab.Lab;
import org.ikelab.lab.topology.Topology;
import org.ikelab.lab.topology.TopologyParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runtime EXEC commands on two cabled routers, on virtual time, exact screens. */
class RuntimeCommandsTest {
    @TempDir
    Path tmp;
    private Lab lab;
    private LabConsoles con;

    @BeforeEach
    void start() throws Exception {
        Path topo = tmp.resolve("t.yaml");
        Files.writeString(topo, "nodes:\n  R1: {}\n  R2: {}\nlinks:\n  - endpoints: [\"R1:Gi0/0\", \"R2:Gi0/0\"]\n");
        Topology t = ((TopologyParser.Result.Ok) new TopologyParser(InterfaceNames::canonical).parse(topo)).topology();
        lab = Lab.start(t, Lab.Options.virtual(3, n -> StartupStore.memory()), (n, d, total, r) -> { });
        con = new LabConsoles(lab);
        for (String r : new String[] {"R1", "R2"}) {
            int last = r.equals("R1") ? 1 : 2;
            for (String l : new String[] {"enable", "configure terminal", "interface g0/0",
                    "ip address 10.0.0." + last + " 255.255.255.0", "no shutdown", "end"}) {
                con.type(r, l);
            }
        }
        // IOS logs %LINEPROTO-5-UPDOWN a second after %LINK-3-UPDOWN: let those messages pass.
        con.sleep(java.time.Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    private String out(String router, String line) {
        return con.type(router, line).output();
    }

    @Test
    void linkMessagesAndConfigLogWithClockStamps() {
        String screen = con.type("R1", "show ip interface brief").screen();
        // The carrier came up when R2's side was enabled: R1's console shows it before its next prompt.
        assertTrue(screen.startsWith("*Jan  1 00:00:00.000: %LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to up\n"
                + "*Jan  1 00:00:01.000: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to up\nR1#"), screen);
        con.type("R1", "configure terminal");
        con.sleep(java.time.Duration.ofSeconds(61));
        assertEquals("*Jan  1 00:01:03.000: %SYS-5-CONFIG_I: Configured from console by console\n", out("R1", "end"));
        assertEquals("""
                Interface                  IP-Address      OK? Method Status                Protocol
                GigabitEthernet0/0         10.0.0.1        YES manual up                    up     \s
                GigabitEthernet0/1         unassigned      YES unset  administratively down down   \s
                GigabitEthernet0/2         unassigned      YES unset  administratively down down   \s
                GigabitEthernet0/3         unassigned      YES unset  administratively down down   \s
                """, out("R1", "show ip interface brief"));
    }

    @Test
    void firstPingLosesTheArpPacketThenAccessListCounts() {
        assertEquals("""
                Type escape sequence to abort.
                Sending 5, 100-byte ICMP Echos to 10.0.0.2, timeout is 2 seconds:
                .!!!!
                Success rate is 80 percent (4/5), round-trip min/avg/max = 0/0/0 ms
                """, out("R1", "ping 10.0.0.2"));
        for (String l : new String[] {"configure terminal", "access-list 101 deny icmp host 10.0.0.1 host 10.0.0.2 echo",
                "access-list 101 permit ip any any", "interface Gi0/0", "ip access-group 101 in", "end"}) {
            con.type("R2", l);
        }
        assertEquals("""
                Type escape sequence to abort.
                Sending 2, 100-byte ICMP Echos to 10.0.0.2, timeout is 2 seconds:
                U.
                Success rate is 0 percent (0/2)
                """, out("R1", "ping 10.0.0.2 repeat 2"));
        assertEquals("""
                Extended IP access list 101
                    10 deny icmp host 10.0.0.1 host 10.0.0.2 echo (2 matches)
                    20 permit ip any any
                """, out("R2", "show access-lists"));
        out("R2", "clear ip access-list counters 101");
        assertTrue(out("R2", "show ip access-lists 101").contains("    10 deny icmp host 10.0.0.1 host 10.0.0.2 echo\n"));
    }

    @Test
    void extendedPingAsksTheIosQuestions() {
        con.type("R1", "ping");
        con.type("R1", "");
        con.type("R1", "10.0.0.2");
        con.type("R1", "3");
        con.type("R1", "");
        con.type("R1", "");
        con.type("R1", "y");
        con.type("R1", "");
        con.type("R1", "10.0.0.1");
        for (int i = 0; i < 5; i++) con.type("R1", "");
        String last = out("R1", "");
        assertEquals("""
                Type escape sequence to abort.
                Sending 3, 100-byte ICMP Echos to 10.0.0.2, timeout is 2 seconds:
                Packet sent with a source address of 10.0.0.1\s
                .!!
                Success rate is 66 percent (2/3), round-trip min/avg/max = 0/0/0 ms
                """, last);
    }

    @Test
    void routesArpAndInterfaces() {
        out("R1", "ping 10.0.0.2 repeat 1");
        assertTrue(out("R1", "show ip route").contains("C        10.0.0.0/24 is directly connected, GigabitEthernet0/0\n"));
        assertEquals("% Network not in table\n", out("R1", "show ip route 192.168.9.9"));
        assertTrue(out("R1", "show arp").contains("Internet  10.0.0.2"));
        out("R1", "clear arp-cache");
        assertTrue(!out("R1", "show ip arp").contains("Internet  10.0.0.2"));
        assertTrue(out("R1", "show interfaces g0/0").startsWith("GigabitEthernet0/0 is up, line protocol is up \n"),
                out("R1", "show interfaces g0/0"));
        assertTrue(con.type("R1", "clear counters").output().endsWith("Clear \"show interface\" counters on all interfaces [confirm]"));
        out("R1", "");
        String tr = out("R1", "traceroute 10.0.0.2");
        // The ARP cache was cleared: the first probe triggers ARP and is lost, as on IOS.
        assertTrue(tr.endsWith("  1  * 10.0.0.2 0 msec * \n"), tr);
    }

    /** {@code ip host} names resolve for ping and traceroute without a lookup line; unknown names ask DNS first. */
    @Test
    void hostTableNamesForPingAndTraceroute() {
        for (String l : new String[] {"configure terminal", "ip host R2 10.0.0.2", "end"}) con.type("R1", l);
        assertEquals("""
                Type escape sequence to abort.
                Sending 5, 100-byte ICMP Echos to 10.0.0.2, timeout is 2 seconds:
                .!!!!
                Success rate is 80 percent (4/5), round-trip min/avg/max = 0/0/0 ms
                """, out("R1", "ping r2"));
        assertEquals("""
                Type escape sequence to abort.
                Tracing the route to R2 (10.0.0.2)
                VRF info: (vrf in name/id, vrf out name/id)
                  1 10.0.0.2 0 msec *  0 msec
                """, out("R1", "traceroute R2"));
        assertEquals("""
                Translating "R3"...domain server (255.255.255.255)
                % Unrecognized host or address, or protocol not running.
                """, out("R1", "ping R3"));
        for (String l : new String[] {"configure terminal", "no ip domain lookup", "end"}) con.type("R1", l);
        assertEquals("% Unrecognized host or address, or protocol not running.\n", out("R1", "traceroute R3"));
    }

    @Test
    void labShellLinksCapturesAndSave() throws Exception {
        LabShell shell = new LabShell(lab, java.util.Map.of(), null, "R1");
        assertTrue(shell.execute("list", "127.0.0.1").contains("link 1   R1:GigabitEthernet0/0 <-> R2:GigabitEthernet0/0"));
        Path pcap = tmp.resolve("l1.pcap");
        assertEquals("capturing R1:GigabitEthernet0/0 <-> R2:GigabitEthernet0/0 to " + pcap + "\n",
                shell.execute("capture start 1 " + pcap, "127.0.0.1"));
        assertTrue(out("R1", "ping 10.0.0.2").contains("Success rate is 80 percent"));
        assertEquals("capture stopped\n", shell.execute("capture stop 1", "127.0.0.1"));
        assertTrue(Files.size(pcap) > 24 + 10 * 16);
        org.ikelab.lab.LabRunTest.tshark(pcap);
        shell.execute("link down 1", "127.0.0.1");
        String screen = con.type("R1", "ping 10.0.0.2 repeat 1").screen();
        assertTrue(screen.startsWith("*Jan  1 00:00:04.000: %LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down\n"), screen);
        // A second later, while the ping runs, the line protocol follows (as on IOS).
        assertTrue(screen.contains("*Jan  1 00:00:05.000: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to down\n"), screen);
        assertTrue(screen.contains("Success rate is 0 percent (0/1)"), screen);
        shell.execute("link up 1", "127.0.0.1");
        assertEquals("R1: [OK]\nR2: [OK]\n", shell.execute("save", "127.0.0.1"));
        assertTrue(out("R1", "show startup-config").contains("ip address 10.0.0.1 255.255.255.0"));
        shell.execute("quit", "127.0.0.1");
        assertTrue(shell.quit());
    }

    @Test
    void showIpInterfaceFullLayout() {
        List<String> l = out("R1", "show ip interface GigabitEthernet0/0").lines().toList();
        assertEquals(List.of("GigabitEthernet0/0 is up, line protocol is up",
                "  Internet address is 10.0.0.1/24",
                "  Broadcast address is 255.255.255.255",
                "  Address determined by setup command",
                "  MTU is 1500 bytes",
                "  Helper address is not set",
                "  Directed broadcast forwarding is disabled",
                "  Outgoing Common access list is not set ",
                "  Outgoing access list is not set",
                "  Inbound Common access list is not set ",
                "  Inbound  access list is not set",
                "  Proxy ARP is enabled"), l.subList(0, 12));
        assertEquals("  IPv4 WCCP Redirect exclude is disabled", l.get(l.size() - 1));
        assertEquals(List.of("GigabitEthernet0/1 is administratively down, line protocol is down",
                "  Internet protocol processing disabled"), out("R1", "show ip interface Gi0/1").lines().toList());
    }

    @Test
    void showInterfacesTunnelHasTheTunnelBlock() {
        for (String l : new String[] {"configure terminal", "interface Tunnel0", "ip address 172.16.13.1 255.255.255.252",
                "tunnel source GigabitEthernet0/0", "tunnel destination 10.0.0.2", "end"}) {
            con.type("R1", l);
        }
        con.sleep(java.time.Duration.ofSeconds(2));
        String text = out("R1", "show interfaces Tunnel0");
        assertTrue(text.contains(String.join("\n",
                "  Tunnel source 10.0.0.1 (GigabitEthernet0/0), destination 10.0.0.2",
                "  Tunnel protocol/transport GRE/IP",
                "    Key disabled, sequencing disabled",
                "    Checksumming of packets disabled",
                "  Tunnel TTL 255, Fast tunneling enabled",
                "  Tunnel transport MTU 1476 bytes",
                "  Tunnel transmit bandwidth 8000 (kbps)",
                "  Tunnel receive bandwidth 8000 (kbps)",
                "  Last input")), text);
        // No GRE driver runs in this lab (the crypto feature adds it), so the line protocol stays down
        // and "Tunnel linestate evaluation up" is left out.
        assertTrue(text.startsWith("Tunnel0 is up, line protocol is down \n  Hardware is Tunnel\n  Internet address is 172.16.13.1/30\n"), text);
        assertTrue(text.contains("  Keepalive not set\n  Tunnel source"), text);
    }
}
