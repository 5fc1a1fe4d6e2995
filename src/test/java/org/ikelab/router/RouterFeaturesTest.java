package org.ikelab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.ethernet.EthernetFrame;
import org.ikelab.wire.gre.GreHeader;
import org.ikelab.wire.gre.GrePacket;
import org.ikelab.wire.ipv4.IpProtocol;
import org.ikelab.wire.ipv4.Ipv4Header;
import org.ikelab.wire.ipv4.Ipv4Packet;
import org.ikelab.wire.udp.UdpPacket;
import org.junit.jupiter.api.Test;

class RouterFeaturesTest {
    /** Every test's routers; after each test every buffer they allocated must have been released once. */
    final List<TwoRouters> made = new ArrayList<>();

    TwoRouters twoRouters() {
        TwoRouters t = new TwoRouters();
        made.add(t);
        return t;
    }

    @org.junit.jupiter.api.AfterEach
    void everyBufferReleased() {
        for (TwoRouters t : made) {
            assertTrue(t.alloc.allocated() > 0);
            assertEquals(0, t.liveBuffersAfterIdle(), "unreleased buffers");
        }
    }

    static Ipv4Address ip(String s) {
        return Ipv4Address.parse(s);
    }

    static int bits(String s) {
        return ip(s).bits();
    }

    @Test
    void pingOwnAddressAndNeighbour() {
        TwoRouters t = twoRouters();
        assertEquals("!!!!!", t.ping(t.r1, PingRequest.to("1.1.1.1")).results());
        assertEquals("!!!!!", t.ping(t.r1, PingRequest.to("10.0.12.2")).results());
        assertEquals(1, t.r1.arpTable().stream().filter(e -> e.ageMinutes() >= 0).count());
    }

    @Test
    void arpQueueZeroLosesTheFirstEchoLikeIos() {
        TwoRouters t = twoRouters();
        t.r1.setArpQueueLimit(0);
        assertEquals(".!!!!", t.ping(t.r1, PingRequest.to("10.0.12.2")).results());
        assertEquals(1, t.r1.drops().get(DropReason.ARP_QUEUE_FULL));
    }

    @Test
    void extendedAclInboundDropsAreCountedPerLine() {
        TwoRouters t = twoRouters();
        AclRuntime acl = new AclRuntime("101", true, List.of(
                new AclEntry(10, false, IpProtocol.ICMP, bits("1.1.1.1"), 0, null, 0, -1, null),
                new AclEntry(20, true, AclEntry.ANY_PROTOCOL, 0, -1, null, 0, -1, null)));
        t.r2.setAccessGroup("GigabitEthernet0/0", Direction.IN, acl);
        t.r1.setUnreachableRateLimit(Duration.ZERO);
        t.r2.setUnreachableRateLimit(Duration.ZERO);
        assertEquals("UUUUU", t.ping(t.r1, PingRequest.to("2.2.2.2").withSourceInterface("Loopback0")).results());
        assertEquals(5, acl.matches(0));
        assertEquals(5, t.r2.drops().get(DropReason.ACL_IN));
        assertEquals("!!!!!", t.ping(t.r1, PingRequest.to("2.2.2.2")).results());
        assertEquals(5, acl.matches(1));
    }

    @Test
    void standardAclOutboundFiltersForwardedTraffic() {
        TwoRouters t = twoRouters();
        // R2 forwards from its Gi0/0 back... use a third address behind R2: a static to a loopback on R2's Gi0/1.
        t.r2.setAddress("GigabitEthernet0/1", ip("10.0.23.2"), 24);
        t.r2.setAdminUp("GigabitEthernet0/1", true);
        t.r1.addStaticRoute(StaticRoute.via("10.0.23.0/24", "10.0.12.2"));
        t.r2.setArpQueueLimit(8);
        AclRuntime acl = new AclRuntime("1", false, List.of(AclEntry.standard(10, false, bits("1.1.1.1"), 0),
                AclEntry.standard(20, true, 0, -1)));
        t.r2.setAccessGroup("GigabitEthernet0/1", Direction.OUT, acl);
        t.ping(t.r1, PingRequest.to("10.0.23.9").withRepeat(2).withSourceInterface("Loopback0"));
        assertEquals(2, acl.matches(0));
        assertEquals(2, t.r2.drops().get(DropReason.ACL_OUT));
    }

    @Test
    void dfBitOverSmallMtuGivesM() {
        TwoRouters t = twoRouters();
        t.r1.setMtu("GigabitEthernet0/0", 1000);
        PingResult r = t.ping(t.r1, PingRequest.to("2.2.2.2").withSize(1500).withDfBit(true).withRepeat(3));
        assertEquals("MMM", r.results());
        // Without DF the echo is fragmented on the way out and reassembled by R2, and the
        // 1500-byte reply is fragmented by R2? No: R2's MTU is 1500, so only the request is.
        assertEquals("!!!", t.ping(t.r1, PingRequest.to("2.2.2.2").withSize(1500).withRepeat(3)).results());
        long fragmentsSent = t.cable.seenAtoB.stream().filter(f -> {
            Ipv4Packet p = Ipv4Packet.wrap(ByteBuffer.wrap(f), EthernetFrame.HEADER_LEN);
            return f.length > 20 && (f[12] == 8 && f[13] == 0) && p.isFragment();
        }).count();
        assertEquals(6, fragmentsSent);
    }

    @Test
    void transitRouterSendsFragNeededWithTheMtu() {
        TwoRouters t = twoRouters();
        t.r2.setAddress("GigabitEthernet0/1", ip("10.0.23.2"), 24);
        t.r2.setAdminUp("GigabitEthernet0/1", true);
        t.r2.setMtu("GigabitEthernet0/1", 576);
        t.r1.addStaticRoute(StaticRoute.via("10.0.23.0/24", "10.0.12.2"));
        PingResult r = t.ping(t.r1, PingRequest.to("10.0.23.9").withSize(1000).withDfBit(true).withRepeat(2));
        assertEquals("MM", r.results());
        assertEquals(2, t.r2.drops().get(DropReason.NEEDS_FRAGMENTATION));
    }

    @Test
    void udpSocketsTalkThroughTheRouterStack() {
        TwoRouters t = twoRouters();
        List<String> got = new ArrayList<>();
        t.r2.udpBind(Ipv4Address.ANY, 500, d -> {
            byte[] b = new byte[d.payload().remaining()];
            d.payload().get(b);
            got.add(Ipv4Address.format(d.src()) + ":" + d.srcPort() + ">" + Ipv4Address.format(d.dst()) + " "
                    + new String(b, StandardCharsets.US_ASCII));
        });
        UdpSocket s1 = t.r1.udpBind(ip("1.1.1.1"), 500, d -> { });
        assertThrows(IllegalStateException.class, () -> t.r1.udpBind(ip("1.1.1.1"), 500, d -> { }));
        s1.send(ip("2.2.2.2"), 500, ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII)));
        t.sched.advance(Duration.ofSeconds(1));
        assertEquals(List.of("1.1.1.1:500>2.2.2.2 hello"), got);
        s1.send(ip("2.2.2.2"), 4500, ByteBuffer.wrap(new byte[4]));
        t.sched.advance(Duration.ofSeconds(1));
        assertEquals(1, t.r2.drops().get(DropReason.UDP_NO_LISTENER));
    }

    @Test
    void largeUdpIsFragmentedAndReassembled() {
        TwoRouters t = twoRouters();
        int[] size = new int[1];
        t.r2.udpBind(Ipv4Address.ANY, 4500, d -> size[0] = d.payload().remaining());
        t.r1.udpBind(Ipv4Address.ANY, 4500, d -> { }).send(ip("2.2.2.2"), 4500, ByteBuffer.wrap(new byte[5000]));
        t.sched.advance(Duration.ofSeconds(1));
        assertEquals(5000, size[0]);
    }

    @Test
    void egressHookCanSwallowAndReinject() {
        TwoRouters t = twoRouters();
        List<Integer> seen = new ArrayList<>();
        t.r1.setEgressHook("GigabitEthernet0/0", (iface, pkt) -> {
            Ipv4Packet p = Ipv4Packet.wrap(pkt.nioBuffer(), 0);
            seen.add(p.protocol());
            if (p.protocol() == IpProtocol.ICMP && seen.size() == 1) {
                pkt.release();
                return true;
            }
            return false;
        });
        assertEquals(".!!!!", t.ping(t.r1, PingRequest.to("2.2.2.2")).results());
        assertEquals(5, seen.size());
    }

    /** A GRE tunnel driver written against the public hooks, as the ipsec/tunnel integration would. */
    @Test
    void greTunnelThroughTunnelOutputAndProtocolHandler() {
        TwoRouters t = twoRouters();
        for (Router r : List.of(t.r1, t.r2)) {
            boolean one = r == t.r1;
            r.addInterface("Tunnel0");
            r.setAddress("Tunnel0", ip(one ? "172.16.0.1" : "172.16.0.2"), 30);
            int src = bits(one ? "1.1.1.1" : "2.2.2.2");
            int dst = bits(one ? "2.2.2.2" : "1.1.1.1");
            r.setTunnelOutput("Tunnel0", (tun, inner) -> {
                int innerLen = inner.readableBytes();
                GreHeader gre = new GreHeader(false, 42, null, GreHeader.PROTO_IPV4);
                ByteBuf outer = r.allocateIp(Ipv4Header.LENGTH + gre.length() + innerLen);
                ByteBuffer b = outer.nioBuffer(outer.readerIndex(), outer.readableBytes());
                Ipv4Header.of(IpProtocol.GRE, src, dst, gre.length() + innerLen, 255, 1, false).emit(b, 0);
                b.put(Ipv4Header.LENGTH + gre.length(), inner.nioBuffer(), 0, innerLen);
                gre.emit(b, Ipv4Header.LENGTH, gre.length() + innerLen);
                inner.release();
                r.sendIp(outer);
            });
            r.registerProtocol(IpProtocol.GRE, (ingress, pkt) -> {
                ByteBuffer b = pkt.nioBuffer(pkt.readerIndex(), pkt.readableBytes());
                Ipv4Packet outer = Ipv4Packet.wrap(b, 0);
                GrePacket g = GrePacket.parse(b, outer.payloadOffset(), outer.payloadLength()).value();
                pkt.skipBytes(g.payloadOffset());
                r.injectIp("Tunnel0", pkt);
            });
            r.setTunnelLineProtocol("Tunnel0", true);
        }
        assertTrue(t.r1.iface("Tunnel0").lineProtocolUp());
        assertEquals("!!!!!", t.ping(t.r1, PingRequest.to("172.16.0.2")).results());
        assertNotNull(t.r1.lookup(ip("172.16.0.2")));
    }

    @Test
    void malformedFramesAreCountedNotThrown() {
        TwoRouters t = twoRouters();
        byte[] mac = t.r2.iface("GigabitEthernet0/0").mac().toString().isEmpty() ? null : new byte[6];
        long m = t.r2.iface("GigabitEthernet0/0").mac().bits();
        for (int k = 0; k < 6; k++) mac[k] = (byte) (m >>> (40 - 8 * k));
        byte[][] frames = {
            new byte[5],
            frame(mac, 0x0800, new byte[] {0x45, 0, 0, 20}),
            frame(mac, 0x0800, new byte[] {0x45, 0, 0, 20, 0, 0, 0, 0, 64, 1, 0, 0, 1, 1, 1, 1, 10, 0, 12, 2}),
            frame(mac, 0x0806, new byte[] {0, 1}),
            frame(mac, 0x86dd, new byte[40]),
        };
        for (byte[] f : frames) {
            ByteBuf b = t.r2.allocator().buffer(f.length);
            b.writeBytes(f);
            t.cable.a.transmit(b);
        }
        t.sched.runUntilIdle(100);
        assertEquals(1, t.r2.drops().get(DropReason.BAD_ETHERNET));
        assertEquals(1, t.r2.drops().get(DropReason.BAD_IPV4));
        assertEquals(1, t.r2.drops().get(DropReason.BAD_IPV4_CHECKSUM));
        assertEquals(1, t.r2.drops().get(DropReason.BAD_ARP));
        assertEquals(1, t.r2.drops().get(DropReason.UNKNOWN_ETHERTYPE));
    }

    static byte[] frame(byte[] dst, int type, byte[] payload) {
        byte[] f = new byte[14 + payload.length];
        System.arraycopy(dst, 0, f, 0, 6);
        f[12] = (byte) (type >> 8);
        f[13] = (byte) type;
        System.arraycopy(payload, 0, f, 14, payload.length);
        return f;
    }

    @Test
    void recursiveStaticAndDistance() {
        TwoRouters t = twoRouters();
        t.r1.addStaticRoute(StaticRoute.via("192.0.2.0/24", "2.2.2.2"));
        RouteEntry e = t.r1.lookup(ip("192.0.2.5"));
        assertEquals("GigabitEthernet0/0", e.resolvedInterface());
        assertEquals(ip("10.0.12.2"), e.resolvedGateway());
        t.r1.addStaticRoute(new StaticRoute(org.ikelab.wire.Ipv4Prefix.parse("192.0.2.0/24"), ip("10.0.12.9"), null, 200));
        assertEquals(ip("2.2.2.2"), t.r1.lookup(ip("192.0.2.5")).nextHop());
        t.r1.removeStaticRoute(StaticRoute.via("192.0.2.0/24", "2.2.2.2"));
        assertEquals(200, t.r1.lookup(ip("192.0.2.5")).distance());
        assertEquals("!!!!!", t.ping(t.r2, PingRequest.to("1.1.1.1").withSourceInterface("Loopback0")).results());
        assertEquals(UdpPacket.HEADER_LEN, 8);
    }

    @Test
    void staticRouteToAnInterfaceWorksThroughProxyArp() {
        TwoRouters t = twoRouters();
        t.r1.removeStaticRoute(StaticRoute.via("2.2.2.2/32", "10.0.12.2"));
        t.r1.addStaticRoute(StaticRoute.out("0.0.0.0/0", "GigabitEthernet0/0"));
        assertEquals("!!!!!", t.ping(t.r1, PingRequest.to("2.2.2.2")).results());
        assertTrue(t.r1.arpTable().stream().anyMatch(e -> e.address().equals(ip("2.2.2.2"))));
        t.r2.setProxyArp("GigabitEthernet0/0", false);
        t.r1.clearArp();
        assertEquals(".....", t.ping(t.r1, PingRequest.to("2.2.2.2")).results());
    }

    @Test
    void icmpTypeMatchLetsRepliesInButNotRequests() {
        TwoRouters t = twoRouters();
        AclRuntime acl = new AclRuntime("110", true, List.of(
                new AclEntry(10, true, IpProtocol.ICMP, 0, -1, null, 0, -1, null, 0, AclEntry.ANY_ICMP)));
        t.r1.setAccessGroup("GigabitEthernet0/0", Direction.IN, acl);
        assertEquals("!!!!!", t.ping(t.r1, PingRequest.to("2.2.2.2")).results());
        assertEquals(5, acl.matches(0));
        // R1 refuses the echo requests (only replies are permitted) and says so, rate limit off.
        t.r1.setUnreachableRateLimit(Duration.ZERO);
        assertEquals("UUUUU", t.ping(t.r2, PingRequest.to("1.1.1.1")).results());
    }
}
