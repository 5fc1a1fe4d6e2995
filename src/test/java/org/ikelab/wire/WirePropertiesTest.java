package org.ikelab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ikelab.common.DecodeResult;
import org.ikelab.wire.arp.ArpPacket;
import org.ikelab.wire.ethernet.EthernetFrame;
import org.ikelab.wire.gre.GreHeader;
import org.ikelab.wire.gre.GrePacket;
import org.ikelab.wire.icmp.IcmpHeader;
import org.ikelab.wire.icmp.IcmpPacket;
import org.ikelab.wire.ipv4.IpProtocol;
import org.ikelab.wire.ipv4.Ipv4Check;
import org.ikelab.wire.ipv4.Ipv4Header;
import org.ikelab.wire.ipv4.Ipv4Packet;
import org.ikelab.wire.udp.UdpPacket;

/** Round trips through emit/parse, and no decoder throws on arbitrary bytes (decision 4). */
class WirePropertiesTest {
    @Property
    void ipv4RoundTrip(@ForAll int src, @ForAll int dst, @ForAll @IntRange(max = 255) int proto,
                       @ForAll @IntRange(min = 1, max = 255) int ttl, @ForAll @IntRange(max = 0xffff) int id,
                       @ForAll boolean df, @ForAll boolean mf, @ForAll @IntRange(max = 8191) int fragUnits,
                       @ForAll @IntRange(max = 200) int payload) {
        Ipv4Header h = new Ipv4Header(0x10, 20 + payload, id, df, mf, fragUnits * 8, ttl, proto, src, dst);
        ByteBuffer b = ByteBuffer.allocate(20 + payload);
        h.emit(b, 0);
        Ipv4Packet p = Ipv4Packet.parse(b, 0, b.capacity()).value();
        assertEquals(h, Ipv4Header.of(p));
        assertEquals(0, p.optionsLength());
        if (ttl > 1) {
            p.decrementTtl();
            assertTrue(p.checksumValid());
            assertEquals(ttl - 1, p.ttl());
        }
    }

    @Property
    void udpRoundTrip(@ForAll int src, @ForAll int dst, @ForAll @IntRange(max = 0xffff) int sp,
                      @ForAll @IntRange(max = 0xffff) int dp, @ForAll @Size(max = 300) byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.put(8, payload);
        UdpPacket.emit(b, 0, sp, dp, payload.length, src, dst);
        UdpPacket u = UdpPacket.parse(b, 0, b.capacity(), src, dst).value();
        assertEquals(sp, u.srcPort());
        assertEquals(dp, u.dstPort());
        assertEquals(payload.length, u.payloadLength());
        assertTrue(u.checksum() != 0);
    }

    @Property
    void icmpRoundTrip(@ForAll @IntRange(max = 0xffff) int ident, @ForAll @IntRange(max = 0xffff) int seq,
                       @ForAll @Size(max = 100) byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length);
        b.put(8, data);
        IcmpHeader.echoRequest(ident, seq).emit(b, 0, b.capacity());
        IcmpPacket p = IcmpPacket.parse(b, 0, b.capacity()).value();
        assertEquals(ident, p.identifier());
        assertEquals(seq, p.sequence());
    }

    @Property
    void greRoundTrip(@ForAll boolean ck, @ForAll boolean withKey, @ForAll int key, @ForAll boolean withSeq,
                      @ForAll int seq, @ForAll @Size(max = 64) byte[] payload) {
        GreHeader h = new GreHeader(ck, withKey ? key : null, withSeq ? seq : null, GreHeader.PROTO_IPV4);
        ByteBuffer b = ByteBuffer.allocate(h.length() + payload.length);
        b.put(h.length(), payload);
        h.emit(b, 0, b.capacity());
        GrePacket g = GrePacket.parse(b, 0, b.capacity()).value();
        assertEquals(ck, g.hasChecksum());
        assertEquals(withKey, g.hasKey());
        if (withKey) assertEquals(key, g.key());
        if (withSeq) assertEquals(seq, g.sequence());
        assertEquals(payload.length, g.payloadLength());
    }

    @Property
    void arpRoundTrip(@ForAll boolean request, @ForAll long sha, @ForAll int spa, @ForAll long tha, @ForAll int tpa) {
        ArpPacket a = new ArpPacket(request ? 1 : 2, sha & 0xffff_ffff_ffffL, spa, tha & 0xffff_ffff_ffffL, tpa);
        ByteBuffer b = ByteBuffer.allocate(28);
        a.emit(b, 0);
        assertEquals(a, ArpPacket.parse(b, 0, 28).value());
    }

    /** Arbitrary bytes at arbitrary claimed offsets and lengths: every decoder returns a value. */
    @Property(tries = 2000)
    void decodersNeverThrow(@ForAll @Size(max = 120) byte[] junk, @ForAll @IntRange(min = -4, max = 130) int off,
                            @ForAll @IntRange(min = -4, max = 130) int len) {
        ByteBuffer b = ByteBuffer.wrap(junk);
        DecodeResult<?>[] results = {
            EthernetFrame.parse(b, off, len), ArpPacket.parse(b, off, len), Ipv4Packet.parse(b, off, len),
            IcmpPacket.parse(b, off, len), UdpPacket.parse(b, off, len, 1, 2), GrePacket.parse(b, off, len)};
        for (DecodeResult<?> r : results) assertTrue(r != null);
        DecodeResult<Ipv4Packet> ip = Ipv4Packet.parse(b, off, len);
        if (ip.isOk()) {
            Ipv4Packet p = ip.value();
            assertTrue(p.totalLength() <= len && p.headerLength() <= p.totalLength());
            if (p.protocol() == IpProtocol.UDP) UdpPacket.parse(b, p.payloadOffset(), p.payloadLength(), p.src(), p.dst());
        }
    }

    /** The allocation-free checks the router uses decide exactly as the parsers, with the same reason. */
    @Property(tries = 2000)
    void checksAgreeWithParsers(@ForAll @Size(max = 120) byte[] junk, @ForAll @IntRange(min = -4, max = 130) int off,
                                @ForAll @IntRange(min = -4, max = 130) int len) {
        ByteBuffer b = ByteBuffer.wrap(junk);
        assertSameVerdict(b, off, len);
        assertEquals(EthernetFrame.parse(b, off, len).isOk(), EthernetFrame.valid(b, off, len));
    }

    /** A good header with one byte changed and a claimed length: every branch of the IPv4 check, not only the version. */
    @Property(tries = 2000)
    void ipv4CheckAgreesWithParseOnDamagedHeaders(@ForAll @IntRange(max = 23) int at, @ForAll byte value,
                                                  @ForAll @IntRange(min = 0, max = 40) int len, @ForAll @IntRange(max = 8) int off) {
        ByteBuffer b = ByteBuffer.allocate(off + 40);
        Ipv4Header.of(IpProtocol.UDP, 0x0a000001, 0x0a000002, 4, 64, 7, false).emit(b, off);
        b.put(off + at, value);
        assertSameVerdict(b, off, len);
    }

    private static void assertSameVerdict(ByteBuffer b, int off, int len) {
        DecodeResult<Ipv4Packet> parsed = Ipv4Packet.parse(b, off, len);
        Ipv4Check checked = Ipv4Packet.check(b, off, len);
        if (parsed instanceof DecodeResult.Err<Ipv4Packet> e) assertEquals(e.reason(), checked.reason());
        else assertEquals(Ipv4Check.OK, checked);
    }

    /** A re-pointed view reads what a fresh one reads, and the record-free header writer writes what the record does. */
    @Property
    void repointedViewsAndRecordFreeHeaders(@ForAll int src, @ForAll int dst, @ForAll @IntRange(max = 255) int proto,
                                            @ForAll @IntRange(max = 255) int ttl, @ForAll @IntRange(max = 0xffff) int id,
                                            @ForAll boolean df, @ForAll @IntRange(max = 100) int payload,
                                            @ForAll @IntRange(max = 64) int off) {
        ByteBuffer a = ByteBuffer.allocate(off + 20);
        ByteBuffer b = ByteBuffer.allocate(off + 20);
        Ipv4Header.of(proto, src, dst, payload, ttl, id, df).emit(a, off);
        Ipv4Header.emit(b, off, proto, src, dst, payload, ttl, id, df);
        assertEquals(a, b);
        Ipv4Packet view = Ipv4Packet.unbound().repoint(ByteBuffer.allocate(40), 3).repoint(b, off);
        assertEquals(Ipv4Header.of(Ipv4Packet.wrap(a, off)), Ipv4Header.of(view));
        assertTrue(view.checksumValid());
    }

    @Property
    void prefixMasksAreContiguous(@ForAll int addr, @ForAll @IntRange(max = 32) int len) {
        Ipv4Prefix p = new Ipv4Prefix(addr, len);
        assertEquals(len, Ipv4Address.prefixLength(p.mask()));
        assertTrue(p.contains(addr));
        assertEquals(p, Ipv4Prefix.parse(p.toString()));
        assertEquals(Ipv4Address.of(addr), Ipv4Address.parse(Ipv4Address.format(addr)));
    }
}
