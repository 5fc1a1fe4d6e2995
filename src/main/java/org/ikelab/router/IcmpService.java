package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import org.ikelab.common.DecodeResult;
import org.ikelab.wire.icmp.IcmpHeader;
import org.ikelab.wire.icmp.IcmpPacket;
import org.ikelab.wire.ipv4.IpProtocol;
import org.ikelab.wire.ipv4.Ipv4Header;
import org.ikelab.wire.ipv4.Ipv4Packet;
import org.ikelab.wire.udp.UdpPacket;

/**
 * ICMP of the router: answers echo requests, sends errors (RFC 1812 rules: never about an ICMP
 * error, a non-first fragment or a broadcast), and hands echo replies and errors quoting our
 * own probes to the ping and traceroute sessions waiting for them.
 *
 * <p>Unreachables are rate-limited to one per {@link #unreachableIntervalNanos} as on IOS
 * ({@code ip icmp rate-limit unreachable 500}); that is why IOS traceroute shows
 * {@code 1 msec *  2 msec} on the last hop.
 */
final class IcmpService {
    static final int ERROR_TTL = 255;
    static final int QUOTE_EXTRA = 8;

    private final Router router;
    private final Forwarder forwarder;
    long unreachableIntervalNanos = 500_000_000L;
    private long lastUnreachableNanos = Long.MIN_VALUE / 2;
    /** Redirects share the unreachables' pace, so a misrouted flood cannot turn into an ICMP flood. */
    private long lastRedirectNanos = Long.MIN_VALUE / 2;

    IcmpService(Router router, Forwarder forwarder) {
        this.router = router;
        this.forwarder = forwarder;
    }

    void received(RouterInterface ingress, ByteBuf pkt, ByteBuffer nio, Ipv4Packet ip) {
        DecodeResult<IcmpPacket> r = IcmpPacket.parse(nio, ip.payloadOffset(), ip.payloadLength());
        if (!(r instanceof DecodeResult.Ok<IcmpPacket>(IcmpPacket icmp))) {
            forwarder.drop(pkt, DropReason.BAD_ICMP);
            return;
        }
        long now = router.scheduler().nanoTime();
        switch (icmp.type()) {
            case IcmpPacket.ECHO_REQUEST -> echoReply(ingress, nio, ip, icmp);
            case IcmpPacket.ECHO_REPLY -> {
                ProbeSession s = router.probes().ping(icmp.identifier());
                if (s != null) s.reply(ip.src(), icmp.type(), icmp.code(), icmp.sequence(), 0, now);
            }
            case IcmpPacket.DEST_UNREACHABLE, IcmpPacket.TIME_EXCEEDED, IcmpPacket.SOURCE_QUENCH -> errorReceived(ip, icmp, nio, now);
            default -> { }
        }
        pkt.release();
    }

    /** Finds the session whose probe the error quotes: ICMP echo by identifier, UDP by source port. */
    private void errorReceived(Ipv4Packet ip, IcmpPacket icmp, ByteBuffer nio, long now) {
        int q = icmp.dataOffset();
        if (icmp.dataLength() < Ipv4Packet.MIN_HEADER_LEN + QUOTE_EXTRA) return;
        Ipv4Packet quoted = Ipv4Packet.wrap(nio, q);
        int hl = quoted.headerLength();
        if (hl < Ipv4Packet.MIN_HEADER_LEN || icmp.dataLength() < hl + QUOTE_EXTRA) return;
        int l4 = q + hl;
        int mtu = icmp.nextHopMtu();
        if (quoted.protocol() == IpProtocol.ICMP && (nio.get(l4) & 0xff) == IcmpPacket.ECHO_REQUEST) {
            ProbeSession s = router.probes().ping(nio.getShort(l4 + IcmpPacket.IDENT) & 0xffff);
            if (s != null) s.reply(ip.src(), icmp.type(), icmp.code(), nio.getShort(l4 + IcmpPacket.SEQUENCE) & 0xffff, mtu, now);
        } else if (quoted.protocol() == IpProtocol.UDP) {
            ProbeSession s = router.probes().trace(nio.getShort(l4 + UdpPacket.SRC_PORT) & 0xffff);
            if (s != null) s.reply(ip.src(), icmp.type(), icmp.code(), nio.getShort(l4 + UdpPacket.DST_PORT) & 0xffff, mtu, now);
        }
    }

    private void echoReply(RouterInterface ingress, ByteBuffer nio, Ipv4Packet ip, IcmpPacket req) {
        int src = ip.dst() == -1 ? ingress.addressBits() : ip.dst();
        int len = Ipv4Header.LENGTH + req.length();
        ByteBuf out = forwarder.allocateIp(len);
        ByteBuffer o = Forwarder.window(out);
        int at = o.position();
        Ipv4Header.of(IpProtocol.ICMP, src, ip.src(), req.length(), ERROR_TTL, router.nextIpId(), false).emit(o, at);
        o.put(at + Ipv4Header.LENGTH, nio, req.offset(), req.length());
        IcmpPacket reply = IcmpPacket.wrap(o, at + Ipv4Header.LENGTH, req.length());
        reply.setType(IcmpPacket.ECHO_REPLY);
        reply.fillChecksum();
        forwarder.originate(out);
    }

    /** A host redirect (type 5 code 1) to {@code gateway} for the datagram {@code ip}, paced like unreachables. */
    void sendRedirect(int gateway, ByteBuffer nio, Ipv4Packet ip) {
        long now = router.scheduler().nanoTime();
        if (now - lastRedirectNanos < unreachableIntervalNanos) return;
        lastRedirectNanos = now;
        sendError(IcmpPacket.REDIRECT, IcmpPacket.REDIRECT_HOST, gateway, nio, ip);
    }

    /** Sends an ICMP error about the datagram {@code ip} (whose bytes are in {@code nio}). */
    void sendError(int type, int code, int rest, ByteBuffer nio, Ipv4Packet ip) {
        int origSrc = ip.src();
        if (origSrc == 0 || origSrc == -1 || (origSrc >>> 28) == 0xe || ip.dst() == -1 || ip.fragmentOffset() != 0) return;
        if (ip.protocol() == IpProtocol.ICMP && ip.payloadLength() >= 1) {
            int t = nio.get(ip.payloadOffset()) & 0xff;
            if (t != IcmpPacket.ECHO_REQUEST && t != IcmpPacket.ECHO_REPLY) return;
        }
        if (type == IcmpPacket.DEST_UNREACHABLE && code != IcmpPacket.UNREACH_FRAG_NEEDED) {
            // no ip unreachables on the arrival interface silences them; "fragmentation needed"
            // still goes, as path MTU discovery depends on it.
            RouterInterface in = forwarder.receivedOn;
            if (in != null && !in.unreachables) return;
            long now = router.scheduler().nanoTime();
            if (now - lastUnreachableNanos < unreachableIntervalNanos) return;
            lastUnreachableNanos = now;
        }
        // Errors about datagrams addressed to us (port/protocol unreachable) come from the address
        // that was probed, as on IOS (traceroute to a loopback ends with the loopback); others
        // from the interface the error leaves by.
        int src = forwarder.isLocal(ip.dst()) ? ip.dst() : forwarder.sourceFor(origSrc);
        if (src == 0) return;
        int quote = Math.min(ip.totalLength(), ip.headerLength() + QUOTE_EXTRA);
        int icmpLen = IcmpPacket.HEADER_LEN + quote;
        ByteBuf out = forwarder.allocateIp(Ipv4Header.LENGTH + icmpLen);
        ByteBuffer o = Forwarder.window(out);
        int at = o.position();
        Ipv4Header.of(IpProtocol.ICMP, src, origSrc, icmpLen, ERROR_TTL, router.nextIpId(), false).emit(o, at);
        o.put(at + Ipv4Header.LENGTH + IcmpPacket.HEADER_LEN, nio, ip.offset(), quote);
        new IcmpHeader(type, code, rest).emit(o, at + Ipv4Header.LENGTH, icmpLen);
        forwarder.originate(out);
    }
}
