package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ikelab.common.DecodeResult;
import org.ikelab.wire.icmp.IcmpPacket;
import org.ikelab.wire.ipv4.Ipv4Packet;
import org.ikelab.wire.udp.UdpPacket;

/** The router's UDP socket table: an address-specific binding wins over a wildcard one. */
final class UdpSockets {
    private final Router router;
    private final Map<Integer, List<UdpSocket>> byPort = new HashMap<>();

    UdpSockets(Router router) {
        this.router = router;
    }

    UdpSocket bind(int address, int port, UdpHandler handler) {
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port " + port);
        List<UdpSocket> l = byPort.computeIfAbsent(port, p -> new ArrayList<>());
        for (UdpSocket s : l) {
            if (s.localAddressBits() == address) throw new IllegalStateException("UDP port " + port + " already bound");
        }
        UdpSocket s = new UdpSocket(router, address, port, handler);
        l.add(s);
        return s;
    }

    void unbind(UdpSocket s) {
        List<UdpSocket> l = byPort.get(s.localPort());
        if (l != null) {
            l.remove(s);
            if (l.isEmpty()) byPort.remove(s.localPort());
        }
    }

    void received(RouterInterface ingress, ByteBuf pkt, ByteBuffer nio, Ipv4Packet ip) {
        DecodeResult<UdpPacket> r = UdpPacket.parse(nio, ip.payloadOffset(), ip.payloadLength(), ip.src(), ip.dst());
        if (!(r instanceof DecodeResult.Ok<UdpPacket>(UdpPacket udp))) {
            router.forwarder().drop(pkt, DropReason.BAD_UDP);
            return;
        }
        UdpSocket target = null;
        List<UdpSocket> l = byPort.get(udp.dstPort());
        if (l != null) {
            for (UdpSocket s : l) {
                if (s.localAddressBits() == ip.dst()) {
                    target = s;
                    break;
                }
                if (s.localAddressBits() == 0 && target == null) target = s;
            }
        }
        if (target == null) {
            router.forwarder().icmp().sendError(IcmpPacket.DEST_UNREACHABLE, IcmpPacket.UNREACH_PORT, 0, nio, ip);
            router.forwarder().drop(pkt, DropReason.UDP_NO_LISTENER);
            return;
        }
        ByteBuffer payload = nio.slice(udp.payloadOffset(), udp.payloadLength());
        try {
            target.handler.received(new UdpDatagram(ip.src(), udp.srcPort(), ip.dst(), udp.dstPort(), payload, ingress));
        } finally {
            pkt.release();
        }
    }
}
