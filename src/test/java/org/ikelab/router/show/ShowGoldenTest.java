package org.ikelab.router.show;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.router.AclEntry;
import org.ikelab.router.AclRuntime;
import org.ikelab.router.PingRequest;
import org.ikelab.router.PingResult;
import org.ikelab.router.PortMatch;
import org.ikelab.router.Router;
import org.ikelab.router.StaticRoute;
import org.ikelab.router.TracerouteHop;
import org.ikelab.router.TracerouteProbe;
import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.ipv4.IpProtocol;
import org.junit.jupiter.api.Test;

/** Exact text against the layouts of reference §4.13-4.18 (trailing spaces included). */
class ShowGoldenTest {
    static Ipv4Address ip(String s) {
        return Ipv4Address.parse(s);
    }

    /** R1 of lab §6.1/§6.2 as the reference composes it. */
    static Router labR1() {
        Router r = new Router("R1", new VirtualScheduler(), io.netty.buffer.PooledByteBufAllocator.DEFAULT, 3);
        r.setAddress("GigabitEthernet0/1", ip("192.168.1.254"), 24);
        r.setAdminUp("GigabitEthernet0/1", true);
        r.setAddress("GigabitEthernet0/2", ip("10.10.10.1"), 24);
        r.setAdminUp("GigabitEthernet0/2", true);
        r.addInterface("Loopback0");
        r.setAddress("Loopback0", ip("1.1.1.1"), 32);
        r.addInterface("Tunnel0");
        r.setAddress("Tunnel0", ip("12.12.12.1"), 24);
        r.addStaticRoute(StaticRoute.via("192.168.2.0/24", "10.10.10.2"));
        return r;
    }

    @Test
    void showIpInterfaceBrief() {
        String expected = String.join("\n",
                "Interface                  IP-Address      OK? Method Status                Protocol",
                "GigabitEthernet0/0         unassigned      YES unset  administratively down down    ",
                "GigabitEthernet0/1         192.168.1.254   YES manual up                    up      ",
                "GigabitEthernet0/2         10.10.10.1      YES manual up                    up      ",
                "Loopback0                  1.1.1.1         YES manual up                    up      ",
                "Tunnel0                    12.12.12.1      YES manual up                    down    ") + "\n";
        assertEquals(expected, IpInterfaceBrief.format(labR1().interfaces()));
    }

    @Test
    void showIpRoute() {
        String expected = """
                Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP
                       D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area\s
                       N1 - OSPF NSSA external type 1, N2 - OSPF NSSA external type 2
                       E1 - OSPF external type 1, E2 - OSPF external type 2
                       i - IS-IS, su - IS-IS summary, L1 - IS-IS level-1, L2 - IS-IS level-2
                       ia - IS-IS inter area, * - candidate default, U - per-user static route
                       o - ODR, P - periodic downloaded static route, H - NHRP, l - LISP
                       a - application route
                       + - replicated route, % - next hop override, p - overrides from PfR

                Gateway of last resort is not set

                      1.0.0.0/32 is subnetted, 1 subnets
                C        1.1.1.1 is directly connected, Loopback0
                      10.0.0.0/8 is variably subnetted, 2 subnets, 2 masks
                C        10.10.10.0/24 is directly connected, GigabitEthernet0/2
                L        10.10.10.1/32 is directly connected, GigabitEthernet0/2
                      192.168.1.0/24 is variably subnetted, 2 subnets, 2 masks
                C        192.168.1.0/24 is directly connected, GigabitEthernet0/1
                L        192.168.1.254/32 is directly connected, GigabitEthernet0/1
                S     192.168.2.0/24 [1/0] via 10.10.10.2
                """;
        assertEquals(expected, IpRoute.format(labR1().routes()));
    }

    @Test
    void defaultRouteIsCandidateAndGatewayOfLastResort() {
        Router r = labR1();
        r.addStaticRoute(StaticRoute.via("0.0.0.0/0", "10.10.10.2"));
        List<String> lines = IpRoute.lines(r.routes());
        assertEquals("Gateway of last resort is 10.10.10.2 to network 0.0.0.0", lines.get(IpRoute.LEGEND.size() + 1));
        assertEquals("S*    0.0.0.0/0 [1/0] via 10.10.10.2", lines.get(IpRoute.LEGEND.size() + 3));
    }

    @Test
    void showAccessLists() {
        AclRuntime std = new AclRuntime("1", false, List.of(
                AclEntry.standard(10, true, ip("10.1.2.3").bits(), 0),
                AclEntry.standard(20, false, ip("192.168.1.0").bits(), ip("0.0.0.255").bits()),
                AclEntry.standard(30, true, 0, -1)));
        for (int k = 0; k < 3; k++) std.permits(IpProtocol.ICMP, ip("192.168.1.7").bits(), 0, 0, 0, false);
        AclRuntime ext = new AclRuntime("100", true, List.of(new AclEntry(10, true, AclEntry.ANY_PROTOCOL,
                ip("192.168.1.0").bits(), ip("0.0.0.255").bits(), null, ip("192.168.2.0").bits(), ip("0.0.0.255").bits(), null)));
        for (int k = 0; k < 5; k++) ext.permits(IpProtocol.ICMP, ip("192.168.1.1").bits(), ip("192.168.2.2").bits(), 0, 0, false);
        AclRuntime gre = new AclRuntime("GRE1", true, List.of(new AclEntry(10, true, IpProtocol.GRE,
                ip("192.168.12.1").bits(), 0, null, ip("192.168.23.3").bits(), 0, null)));
        gre.permits(IpProtocol.GRE, ip("192.168.12.1").bits(), ip("192.168.23.3").bits(), 0, 0, false);
        String expected = """
                Standard IP access list 1
                    10 permit 10.1.2.3
                    20 deny   192.168.1.0, wildcard bits 0.0.0.255 (3 matches)
                    30 permit any
                Extended IP access list 100
                    10 permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255 (5 matches)
                Extended IP access list GRE1
                    10 permit gre host 192.168.12.1 host 192.168.23.3 (1 match)
                """;
        assertEquals(expected, AccessLists.format(List.of(std, ext, gre)));
        AclRuntime ike = new AclRuntime("101", true, List.of(new AclEntry(10, true, IpProtocol.UDP, 0, -1, null, 0, -1,
                PortMatch.eq(500))));
        assertEquals("    10 permit udp any any eq isakmp", AccessLists.lines(ike).get(1));
        AclRuntime icmp = new AclRuntime("102", true, List.of(
                new AclEntry(10, true, IpProtocol.ICMP, 0, -1, null, 0, -1, null, 0, AclEntry.ANY_ICMP),
                new AclEntry(20, false, IpProtocol.ICMP, 0, -1, null, 0, -1, null, 3, 4)));
        assertEquals(List.of("Extended IP access list 102", "    10 permit icmp any any echo-reply",
                "    20 deny icmp any any packet-too-big"), AccessLists.lines(icmp));
    }

    @Test
    void pingOutput() {
        PingRequest req = PingRequest.to("192.168.2.2").withSource(ip("192.168.1.254"));
        PingResult r = new PingResult(req, ip("192.168.1.254"), ".!!!!", 4, 1, 2, 4);
        assertEquals("""
                Type escape sequence to abort.
                Sending 5, 100-byte ICMP Echos to 192.168.2.2, timeout is 2 seconds:
                Packet sent with a source address of 192.168.1.254\s
                .!!!!
                Success rate is 80 percent (4/5), round-trip min/avg/max = 1/2/4 ms
                """, Ping.format(r));
        PingResult none = new PingResult(PingRequest.to("10.9.9.9"), null, ".....", 0, 0, 0, 0);
        assertEquals("Success rate is 0 percent (0/5)", Ping.summary(none));
        PingResult df = new PingResult(PingRequest.to("10.9.9.9").withRepeat(4).withSize(1500).withDfBit(true), null, "MMMM", 0, 0, 0, 0);
        assertEquals("""
                Type escape sequence to abort.
                Sending 4, 1500-byte ICMP Echos to 10.9.9.9, timeout is 2 seconds:
                Packet sent with the DF bit set
                MMMM
                Success rate is 0 percent (0/4)
                """, Ping.format(df));
        String many = "!".repeat(100);
        String text = Ping.format(new PingResult(PingRequest.to("10.9.9.9").withRepeat(100), null, many, 100, 1, 1, 1));
        assertEquals("!".repeat(70) + "\n" + "!".repeat(30) + "\n", text.split("seconds:\n")[1].split("Success")[0]);
    }

    @Test
    void tracerouteOutput() {
        TracerouteHop h1 = new TracerouteHop(1, List.of(new TracerouteProbe(ip("10.10.10.2"), 1, ""),
                new TracerouteProbe(ip("10.10.10.2"), 0, ""), new TracerouteProbe(ip("10.10.10.2"), 1, "")));
        TracerouteHop h2 = new TracerouteHop(2, List.of(new TracerouteProbe(ip("192.168.2.2"), 1, ""),
                new TracerouteProbe(null, 0, ""), new TracerouteProbe(ip("192.168.2.2"), 2, "")));
        TracerouteHop h4 = new TracerouteHop(4, List.of(new TracerouteProbe(null, 0, ""), new TracerouteProbe(null, 0, ""),
                new TracerouteProbe(null, 0, "")));
        assertEquals("""
                Type escape sequence to abort.
                Tracing the route to 192.168.2.2
                VRF info: (vrf in name/id, vrf out name/id)
                  1 10.10.10.2 1 msec 0 msec 1 msec
                  2 192.168.2.2 1 msec *  2 msec
                  4  *  *  *\s
                """, Traceroute.format(ip("192.168.2.2"), List.of(h1, h2, h4)));
    }

    @Test
    void showIpRouteForOneAddress() {
        Router r = labR1();
        assertEquals(List.of(
                "Routing entry for 192.168.2.0/24",
                "  Known via \"static\", distance 1, metric 0",
                "  Routing Descriptor Blocks:",
                "  * 10.10.10.2",
                "      Route metric is 0, traffic share count is 1"), IpRoute.entry(r.lookup(ip("192.168.2.7"))));
        List<String> staticOnly = IpRoute.lines(r.routes(), e -> e.source() == org.ikelab.router.RouteSource.STATIC);
        assertEquals("S     192.168.2.0/24 [1/0] via 10.10.10.2", staticOnly.get(staticOnly.size() - 1));
        assertEquals(IpRoute.LEGEND.size() + 4, staticOnly.size());
    }

    @Test
    void showArp() {
        String text = Arp.format(List.of(
                new org.ikelab.router.ArpEntry(ip("10.10.10.1"), -1, org.ikelab.wire.MacAddress.parse("5000.0001.0002"), "GigabitEthernet0/2"),
                new org.ikelab.router.ArpEntry(ip("10.10.10.2"), 3, org.ikelab.wire.MacAddress.parse("5000.0002.0002"), "GigabitEthernet0/2")));
        assertEquals("""
                Protocol  Address          Age (min)  Hardware Addr   Type   Interface
                Internet  10.10.10.1              -   5000.0001.0002  ARPA   GigabitEthernet0/2
                Internet  10.10.10.2              3   5000.0002.0002  ARPA   GigabitEthernet0/2
                """, text);
    }

    @Test
    void showInterfacesEthernetHeader() {
        Router r = labR1();
        List<String> l = Interfaces.lines(r.iface("GigabitEthernet0/2"), 0, List.of());
        assertEquals("GigabitEthernet0/2 is up, line protocol is up ", l.get(0));
        assertEquals("  Internet address is 10.10.10.1/24", l.get(2));
        assertEquals("  MTU 1500 bytes, BW 1000000 Kbit/sec, DLY 10 usec, ", l.get(3));
        assertEquals("GigabitEthernet0/0 is administratively down, line protocol is down ",
                Interfaces.lines(r.iface("GigabitEthernet0/0"), 0, List.of()).get(0));
        assertEquals("Tunnel0 is up, line protocol is down ", Interfaces.lines(r.iface("Tunnel0"), 0, List.of()).get(0));
    }

    /** The GRE tunnel form of reference §4.15 (the driver supplies the tunnel lines; counters zero here). */
    @Test
    void showInterfacesTunnelMatchesTheCapturedLayout() {
        Router r = new Router("R1-GRE", new VirtualScheduler(), io.netty.buffer.PooledByteBufAllocator.DEFAULT, 1);
        r.addInterface("Tunnel0");
        r.setAddress("Tunnel0", ip("172.16.13.1"), 30);
        r.setTunnelLineProtocol("Tunnel0", true);
        List<String> tunnelLines = List.of(
                "  Tunnel linestate evaluation up",
                "  Tunnel source 192.0.2.1, destination 198.51.100.2",
                "  Tunnel protocol/transport GRE/IP",
                "    Key disabled, sequencing disabled",
                "    Checksumming of packets disabled",
                "  Tunnel TTL 255, Fast tunneling enabled",
                "  Tunnel transport MTU 1476 bytes",
                "  Tunnel transmit bandwidth 8000 (kbps)",
                "  Tunnel receive bandwidth 8000 (kbps)");
        String expected = """
                Tunnel0 is up, line protocol is up\s
                  Hardware is Tunnel
                  Internet address is 172.16.13.1/30
                  MTU 17916 bytes, BW 100 Kbit/sec, DLY 50000 usec,\s
                     reliability 255/255, txload 1/255, rxload 1/255
                  Encapsulation TUNNEL, loopback not set
                  Keepalive not set
                  Tunnel linestate evaluation up
                  Tunnel source 192.0.2.1, destination 198.51.100.2
                  Tunnel protocol/transport GRE/IP
                    Key disabled, sequencing disabled
                    Checksumming of packets disabled
                  Tunnel TTL 255, Fast tunneling enabled
                  Tunnel transport MTU 1476 bytes
                  Tunnel transmit bandwidth 8000 (kbps)
                  Tunnel receive bandwidth 8000 (kbps)
                  Last input never, output never, output hang never
                  Last clearing of "show interface" counters never
                  Input queue: 0/75/0/0 (size/max/drops/flushes); Total output drops: 0
                  Queueing strategy: fifo
                  Output queue: 0/0 (size/max)
                  5 minute input rate 0 bits/sec, 0 packets/sec
                  5 minute output rate 0 bits/sec, 0 packets/sec
                     0 packets input, 0 bytes, 0 no buffer
                     Received 0 broadcasts (0 IP multicasts)
                     0 runts, 0 giants, 0 throttles
                     0 input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored, 0 abort
                     0 packets output, 0 bytes, 0 underruns
                     0 output errors, 0 collisions, 0 interface resets
                     0 unknown protocol drops
                     0 output buffer failures, 0 output buffers swapped out
                """;
        assertEquals(expected, String.join("\n", Interfaces.lines(r.iface("Tunnel0"), 0, tunnelLines)) + "\n");
    }
}
