package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.ipv4.IpProtocol;
import org.ikelab.wire.ipv4.Ipv4Header;
import org.ikelab.wire.udp.UdpPacket;

/**
 * A UDP port bound on the router ({@link Router#udpBind}); sends go through the router's own IP
 * stack (decision 8). Use on the router's thread only.
 */
public final class UdpSocket {
    static final int TTL = 255;

    private final Router router;
    private final int localAddress;
    private final int localPort;
    final UdpHandler handler;
    private boolean closed;

    UdpSocket(Router router, int localAddress, int localPort, UdpHandler handler) {
        this.router = router;
        this.localAddress = localAddress;
        this.localPort = localPort;
        this.handler = handler;
    }

    /** The bound address; {@link Ipv4Address#ANY} for all of the router's addresses. */
    public Ipv4Address localAddress() { return Ipv4Address.of(localAddress); }
    public int localPort() { return localPort; }
    int localAddressBits() { return localAddress; }

    /** Sends {@code payload}'s remaining bytes from this port (source: the bound address or the exit interface's). */
    public SendResult send(Ipv4Address dst, int dstPort, ByteBuffer payload) {
        return sendFrom(localAddress, dst, dstPort, payload);
    }

    /** Sends from an explicit source address (a wildcard socket answering on the address it was reached at). */
    public SendResult sendFrom(int src, Ipv4Address dst, int dstPort, ByteBuffer payload) {
        if (closed) throw new IllegalStateException("socket closed");
        int d = dst.bits();
        int s = src != 0 ? src : router.forwarder().sourceFor(d);
        int n = payload.remaining();
        int udpLen = UdpPacket.HEADER_LEN + n;
        ByteBuf pkt = router.forwarder().allocateIp(Ipv4Header.LENGTH + udpLen);
        ByteBuffer b = Forwarder.window(pkt);
        int at = b.position();
        Ipv4Header.emit(b, at, IpProtocol.UDP, s, d, udpLen, TTL, router.nextIpId(), false);
        b.put(at + Ipv4Header.LENGTH + UdpPacket.HEADER_LEN, payload, payload.position(), n);
        UdpPacket.emit(b, at + Ipv4Header.LENGTH, localPort, dstPort, n, s, d);
        return router.forwarder().originate(pkt);
    }

    public void close() {
        if (!closed) {
            closed = true;
            router.udp().unbind(this);
        }
    }
}
