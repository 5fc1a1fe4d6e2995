package org.ikelab.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.ikelab.common.DecodeResult;
import org.ikelab.common.Hex;
import org.ikelab.wire.arp.ArpPacket;
import org.ikelab.wire.ethernet.EthernetFrame;
import org.ikelab.wire.icmp.IcmpHeader;
import org.ikelab.wire.icmp.IcmpPacket;
import org.ikelab.wire.ipv4.IpProtocol;
import org.ikelab.wire.ipv4.Ipv4Header;
import org.ikelab.wire.ipv4.Ipv4Packet;
import org.ikelab.wire.udp.UdpPacket;
import org.junit.jupiter.api.Test;

/**
 * Frames captured with tcpdump on a veth pair between two Linux 6.x namespaces (10.77.0.1
 * f2:26:66:48:66:42 and 10.77.0.2 92:28:a3:32:cc:2c): decoding gives the fields tshark shows,
 * and re-emitting from the decoded fields gives the same bytes.
 */
class GoldenCaptureTest {
    static final String ARP_REQUEST = "fffffffffffff2266648664208060001080006040001f226664866420a4d00010000000000000a4d0002";
    static final String ARP_REPLY = "f226664866429228a332cc2c080600010800060400029228a332cc2c0a4d0002f226664866420a4d0001";
    static final String ECHO_REQUEST = "9228a332cc2cf2266648664208004500003c5c2340004001ca010a4d00010a4d00020800f3c812340001"
            + "101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f";
    static final String ECHO_REPLY = "f226664866429228a332cc2c08004500003cca52000040019bd20a4d00020a4d00010000fbc812340001"
            + "101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f";
    /**
     * Taken on the sending veth, which offloads the UDP checksum: the field held only the
     * pseudo-header sum 0x14c2 on the wire capture; here it carries the full checksum 0xd971.
     */
    static final String UDP_500 = "9228a332cc2cf226664866420800450000286a1d40004011bc0b0a4d00010a4d00029b9701f40014d971"
            + "68656c6c6f20696b656c6162";
    static final String PORT_UNREACHABLE = "f226664866429228a332cc2c080045c00044ca77000040019ae50a4d00020a4d00010303d66e00000000"
            + "450000286a1d40004011bc0b0a4d00010a4d00029b9701f4001414c268656c6c6f20696b656c6162";
    /** Last fragment (offset 2960) of a 3000-byte UDP datagram. */
    static final String LAST_FRAGMENT = "9228a332cc2cf226664866420800450000446a4d01724011fa4d0a4d00010a4d0002"
            + "00".repeat(48);

    static final int A = Ipv4Address.parse("10.77.0.1").bits();
    static final int B = Ipv4Address.parse("10.77.0.2").bits();
    static final long MAC_A = MacAddress.parse("f2:26:66:48:66:42").bits();
    static final long MAC_B = MacAddress.parse("92:28:a3:32:cc:2c").bits();

    static ByteBuffer buf(String hex) {
        return ByteBuffer.wrap(Hex.decode(hex));
    }

    @Test
    void arpRequestAndReply() {
        for (String hex : new String[] {ARP_REQUEST, ARP_REPLY}) {
            ByteBuffer b = buf(hex);
            EthernetFrame f = EthernetFrame.parse(b, 0, b.capacity()).value();
            assertEquals(EthernetFrame.TYPE_ARP, f.etherType());
            ArpPacket arp = ArpPacket.parse(b, f.payloadOffset(), f.payloadLength()).value();
            ByteBuffer out = ByteBuffer.allocate(b.capacity());
            EthernetFrame.emit(out, 0, f.dst(), f.src(), f.etherType());
            arp.emit(out, EthernetFrame.HEADER_LEN);
            assertArrayEquals(b.array(), out.array());
        }
        ArpPacket req = ArpPacket.parse(buf(ARP_REQUEST), 14, 28).value();
        assertEquals(new ArpPacket(ArpPacket.REQUEST, MAC_A, A, 0, B), req);
    }

    @Test
    void echoRequestRebuildsByteForByte() {
        ByteBuffer b = buf(ECHO_REQUEST);
        EthernetFrame f = EthernetFrame.parse(b, 0, b.capacity()).value();
        assertEquals(MAC_B, f.dst());
        assertEquals(MAC_A, f.src());
        Ipv4Packet ip = Ipv4Packet.parse(b, f.payloadOffset(), f.payloadLength()).value();
        assertEquals(60, ip.totalLength());
        assertEquals(64, ip.ttl());
        assertTrue(ip.dontFragment());
        assertEquals(0x5c23, ip.identification());
        assertEquals(A, ip.src());
        assertEquals(B, ip.dst());
        IcmpPacket icmp = IcmpPacket.parse(b, ip.payloadOffset(), ip.payloadLength()).value();
        assertEquals(IcmpPacket.ECHO_REQUEST, icmp.type());
        assertEquals(0x1234, icmp.identifier());
        assertEquals(1, icmp.sequence());

        ByteBuffer out = ByteBuffer.allocate(b.capacity());
        EthernetFrame.emit(out, 0, MAC_B, MAC_A, EthernetFrame.TYPE_IPV4);
        Ipv4Header.of(ip).emit(out, 14);
        out.put(34 + 8, b, 34 + 8, 32);
        IcmpHeader.echoRequest(0x1234, 1).emit(out, 34, 40);
        assertArrayEquals(b.array(), out.array());
    }

    @Test
    void echoReplyChecksumsVerify() {
        ByteBuffer b = buf(ECHO_REPLY);
        Ipv4Packet ip = Ipv4Packet.parse(b, 14, b.capacity() - 14).value();
        assertFalse(ip.dontFragment());
        assertEquals(IcmpPacket.ECHO_REPLY, IcmpPacket.parse(b, 34, 40).value().type());
    }

    @Test
    void udpChecksumWithPseudoHeader() {
        ByteBuffer b = buf(UDP_500);
        Ipv4Packet ip = Ipv4Packet.parse(b, 14, b.capacity() - 14).value();
        assertEquals(IpProtocol.UDP, ip.protocol());
        UdpPacket udp = UdpPacket.parse(b, ip.payloadOffset(), ip.payloadLength(), ip.src(), ip.dst()).value();
        assertEquals(0x9b97, udp.srcPort());
        assertEquals(500, udp.dstPort());
        assertEquals(12, udp.payloadLength());
        int ck = udp.checksum();
        UdpPacket.emit(b, ip.payloadOffset(), udp.srcPort(), 500, 12, A, B);
        assertEquals(0xd971, ck);
        assertEquals(ck, UdpPacket.wrap(b, ip.payloadOffset()).checksum());
        b.put(ip.payloadOffset() + 9, (byte) 'X');
        assertEquals("bad-checksum", ((DecodeResult.Err<UdpPacket>) UdpPacket.parse(b, 34, 20, A, B)).reason());
    }

    @Test
    void portUnreachableQuotesTheDatagram() {
        ByteBuffer b = buf(PORT_UNREACHABLE);
        Ipv4Packet ip = Ipv4Packet.parse(b, 14, b.capacity() - 14).value();
        assertEquals(0xc0, ip.tos());
        IcmpPacket icmp = IcmpPacket.parse(b, ip.payloadOffset(), ip.payloadLength()).value();
        assertEquals(IcmpPacket.DEST_UNREACHABLE, icmp.type());
        assertEquals(IcmpPacket.UNREACH_PORT, icmp.code());
        assertTrue(icmp.isError());
        Ipv4Packet quoted = Ipv4Packet.parse(b, icmp.dataOffset(), icmp.dataLength()).value();
        assertEquals(B, quoted.dst());
        assertEquals(500, UdpPacket.wrap(b, quoted.payloadOffset()).dstPort());
    }

    @Test
    void lastFragmentFields() {
        ByteBuffer b = buf(LAST_FRAGMENT);
        Ipv4Packet ip = Ipv4Packet.parse(b, 14, b.capacity() - 14).value();
        assertTrue(ip.isFragment());
        assertFalse(ip.moreFragments());
        assertEquals(2960, ip.fragmentOffset());
        assertEquals(48, ip.payloadLength());
        ip.decrementTtl();
        assertEquals(63, ip.ttl());
        assertTrue(ip.checksumValid());
    }
}
