package org.ikelab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.arp.ArpPacket;
import org.ikelab.wire.ethernet.EthernetFrame;
import org.ikelab.wire.icmp.IcmpHeader;
import org.ikelab.wire.icmp.IcmpPacket;
import org.ikelab.wire.ipv4.IpProtocol;
import org.ikelab.wire.ipv4.Ipv4Header;
import org.junit.jupiter.api.Test;

/**
 * A host 10.0.1.10 sends to 9.9.9.9 through R1 (10.0.1.1), whose route to it is via 10.0.1.2 on
 * the same segment: R1 forwards the datagram and tells the host of the better first hop
 * (ICMP redirect for host, RFC 1812 §5.2.7.2), unless {@code no ip redirects}.
 */
class IcmpRedirectTest {
    static final long HOST_MAC = 0x0200_0000_0010L;
    static final int HOST = Ipv4Address.parse("10.0.1.10").bits();
    static final int BETTER = Ipv4Address.parse("10.0.1.2").bits();

    /** The segment: answers ARP for every address with one MAC, keeps every IPv4 frame R1 sends. */
    static final class Segment implements L2Port {
        final List<byte[]> ipFrames = new ArrayList<>();
        L2Handler handler;

        @Override
        public void transmit(ByteBuf f) {
            if (f.getShort(f.readerIndex() + 12) == EthernetFrame.TYPE_ARP) {
                ByteBuffer in = f.nioBuffer(f.readerIndex(), f.readableBytes());
                ArpPacket a = ArpPacket.parse(in, 14, in.remaining() - 14).value();
                if (a.operation() == ArpPacket.REQUEST) handler.frameReceived(frame(EthernetFrame.TYPE_ARP, a.senderMac(),
                        (o) -> new ArpPacket(ArpPacket.REPLY, HOST_MAC, a.targetIp(), a.senderMac(), a.senderIp()).emit(o, 14), 42));
            } else {
                byte[] copy = new byte[f.readableBytes()];
                f.getBytes(f.readerIndex(), copy);
                ipFrames.add(copy);
            }
            f.release();
        }

        @Override public void attach(L2Handler h) { handler = h; }
        @Override public void detach() { handler = null; }
        @Override public boolean carrier() { return true; }
    }

    static ByteBuf frame(int type, long dstMac, java.util.function.Consumer<ByteBuffer> body, int len) {
        ByteBuf b = io.netty.buffer.Unpooled.buffer(len);
        b.writerIndex(len);
        ByteBuffer o = b.nioBuffer(0, len);
        EthernetFrame.emit(o, 0, dstMac, HOST_MAC, type);
        body.accept(o);
        return b;
    }

    final VirtualScheduler sched = new VirtualScheduler();
    final Router r1 = new Router("R1", sched, io.netty.buffer.PooledByteBufAllocator.DEFAULT, 1);
    final Segment seg = new Segment();

    IcmpRedirectTest() {
        r1.setAddress("GigabitEthernet0/0", Ipv4Address.parse("10.0.1.1"), 24);
        r1.setAdminUp("GigabitEthernet0/0", true);
        r1.connect("GigabitEthernet0/0", seg);
        r1.addStaticRoute(StaticRoute.via("9.9.9.0/24", "10.0.1.2"));
        sched.runUntilIdle(100);
    }

    private void hostSendsEcho(int seq) {
        long r1Mac = r1.iface("GigabitEthernet0/0").mac().bits();
        seg.handler.frameReceived(frame(EthernetFrame.TYPE_IPV4, r1Mac, o -> {
            Ipv4Header.of(IpProtocol.ICMP, HOST, Ipv4Address.parse("9.9.9.9").bits(), 8, 64, seq, false).emit(o, 14);
            IcmpHeader.echoRequest(7, seq).emit(o, 34, 8);
        }, 42));
        sched.runUntilIdle(100);
    }

    private static int ipInt(byte[] f, int off) {
        return ByteBuffer.wrap(f, off, 4).getInt();
    }

    private List<byte[]> redirects() {
        return seg.ipFrames.stream().filter(f -> f[23] == IpProtocol.ICMP && (f[34] & 0xff) == IcmpPacket.REDIRECT).toList();
    }

    private long forwardedEchoes() {
        return seg.ipFrames.stream().filter(f -> f[23] == IpProtocol.ICMP && (f[34] & 0xff) == IcmpPacket.ECHO_REQUEST).count();
    }

    @Test
    void hostOnTheSegmentIsToldOfTheBetterHopAndTheDatagramStillGoes() {
        hostSendsEcho(1);  // first one waits for ARP
        hostSendsEcho(2);
        List<byte[]> r = redirects();
        assertTrue(r.size() >= 1, "a redirect");
        byte[] f = r.get(0);
        assertEquals(HOST, ipInt(f, 30), "to the host");
        assertEquals(Ipv4Address.parse("10.0.1.1").bits(), ipInt(f, 26), "from R1's address on the segment");
        assertEquals(IcmpPacket.REDIRECT_HOST, f[35]);
        assertEquals(BETTER, ipInt(f, 38), "gateway field: the better first hop");
        assertEquals(HOST, ipInt(f, 42 + 12), "quotes the host's datagram");
        assertTrue(forwardedEchoes() >= 1, "the datagram is forwarded too");
    }

    @Test
    void noIpRedirectsSendsNone() {
        r1.setIcmpRedirects("GigabitEthernet0/0", false);
        hostSendsEcho(1);
        hostSendsEcho(2);
        assertEquals(0, redirects().size());
        assertTrue(forwardedEchoes() >= 1);
    }

    @Test
    void noIpUnreachablesSilencesUnreachablesForDatagramsFromThere() {
        r1.removeStaticRoute(StaticRoute.via("9.9.9.0/24", "10.0.1.2"));
        hostSendsEcho(1);
        long unreach = seg.ipFrames.stream().filter(f -> (f[34] & 0xff) == IcmpPacket.DEST_UNREACHABLE).count();
        assertEquals(1, unreach, "host unreachable for a datagram with no route");
        sched.advance(java.time.Duration.ofSeconds(1));
        r1.setIcmpUnreachables("GigabitEthernet0/0", false);
        hostSendsEcho(2);
        assertEquals(unreach, seg.ipFrames.stream().filter(f -> (f[34] & 0xff) == IcmpPacket.DEST_UNREACHABLE).count());
    }
}
