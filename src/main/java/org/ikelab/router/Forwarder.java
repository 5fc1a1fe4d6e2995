package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.ByteBuffer;
import org.ikelab.common.DecodeResult;
import org.ikelab.wire.MacAddress;
import org.ikelab.wire.arp.ArpPacket;
import org.ikelab.wire.ethernet.EthernetFrame;
import org.ikelab.wire.icmp.IcmpPacket;
import org.ikelab.wire.ipv4.IpProtocol;
import org.ikelab.wire.ipv4.Ipv4Check;
import org.ikelab.wire.ipv4.Ipv4Packet;

/**
 * The data plane of one router: Ethernet and ARP in, IPv4 checks, access lists, hooks, routing,
 * local delivery, fragmentation and Ethernet out. Forwarded packets are rewritten in place (TTL,
 * checksum, MAC addresses) in the buffer they arrived in: no copy on the fast path.
 *
 * <p>Buffer convention inside: an IPv4 datagram is a {@link ByteBuf} whose readable bytes are
 * exactly the datagram, plus netty's window onto the buffer's memory ({@link PacketWindow}, a
 * {@link ByteBuffer} netty makes once per pooled buffer and reuses) and an {@link Ipv4Packet}
 * over it at the datagram's absolute offset in that window. Nothing is sliced or copied per
 * packet: every view reads at absolute offsets from the IPv4 view's {@code offset()}, never
 * from 0. Whoever ends a packet's journey releases the ByteBuf once.
 *
 * <p>The IPv4 views of packets in flight come from a small stack owned by this class (one
 * router, one thread: decision 1), one per nesting level: handling a datagram can originate
 * another before it is done (ICMP errors, echo replies, ESP output, tunnels, decapsulated
 * input), and each level keeps its own view until it returns. So the per-packet path makes no
 * garbage; only nesting deeper than {@link #NESTING} and rare paths (reassembly, local
 * delivery of our own packets) make a view of their own.
 */
final class Forwarder {
    /** Room reserved in front of locally built packets for the Ethernet header (and later encapsulations). */
    static final int HEADROOM = 64;

    private final Router router;
    private final ByteBufAllocator alloc;
    private final RoutingTable table;
    private final ArpCache arp;
    private final IcmpService icmp;
    private final Fragmenter fragmenter;
    private final Reassembler reassembler;
    private final ProtocolHandler[] protocols = new ProtocolHandler[256];
    /** Levels of nested packet handling served by reused views; deeper ones (a tunnel loop) allocate. */
    static final int NESTING = 8;
    private final Ipv4Packet[] views = new Ipv4Packet[NESTING];
    private int depth;

    Forwarder(Router router) {
        this.router = router;
        this.alloc = router.allocator();
        this.table = router.table();
        this.arp = router.arp();
        this.icmp = new IcmpService(router, this);
        this.fragmenter = new Fragmenter(alloc);
        this.reassembler = new Reassembler(router);
        for (int i = 0; i < NESTING; i++) views[i] = Ipv4Packet.unbound();
    }

    /** The IPv4 view of the next nesting level, pointed at {@code b[off]}; pair with {@link #leave}. */
    private Ipv4Packet enter(ByteBuffer b, int off) {
        Ipv4Packet v = depth < NESTING ? views[depth] : Ipv4Packet.unbound();
        depth++;
        return v.repoint(b, off);
    }

    private void leave() {
        depth--;
    }

    IcmpService icmp() { return icmp; }
    Reassembler reassembler() { return reassembler; }

    void register(int protocol, ProtocolHandler h) {
        protocols[protocol] = h;
    }

    /** Allocates a buffer for a locally built IPv4 datagram of {@code len} bytes, with headroom. */
    ByteBuf allocateIp(int len) {
        ByteBuf b = alloc.buffer(HEADROOM + len);
        b.writerIndex(HEADROOM + len);
        b.readerIndex(HEADROOM);
        return b;
    }

    /** The readable bytes of {@code b} in netty's reused window: the first is at its {@code position()} ({@link PacketWindow}). */
    static ByteBuffer window(ByteBuf b) {
        return PacketWindow.of(b);
    }

    /** {@code len} bytes of {@code b} from {@code index}, the first at the window's {@code position()} ({@link PacketWindow}). */
    static ByteBuffer window(ByteBuf b, int index, int len) {
        return PacketWindow.of(b, index, len);
    }

    // ---------------------------------------------------------------- input

    /** The clock as of the current batch of frames or the latest local send: one clock read per batch, not per packet. */
    long nowHint;

    void frameIn(RouterInterface iface, ByteBuf frame, long now) {
        nowHint = now;
        InterfaceCounters c = iface.counters;
        int len = frame.readableBytes();
        c.packetsIn++;
        c.bytesIn += len;
        c.lastInputNanos = now;
        if (!iface.lineUp) {
            drop(frame, DropReason.INTERFACE_DOWN);
            return;
        }
        if (frame.nioBufferCount() != 1) frame = flatten(frame);
        ByteBuffer nio = window(frame, frame.readerIndex(), len);
        int base = nio.position();
        if (!EthernetFrame.valid(nio, base, len)) {
            c.inputErrors++;
            drop(frame, DropReason.BAD_ETHERNET);
            return;
        }
        long dst = EthernetFrame.dstAt(nio, base);
        if (dst == MacAddress.BROADCAST.bits()) {
            c.broadcastsIn++;
        } else if (dst != iface.macBits()) {
            drop(frame, DropReason.NOT_FOR_US);
            return;
        }
        int ipOff = base + EthernetFrame.HEADER_LEN;
        switch (EthernetFrame.etherTypeAt(nio, base)) {
            case EthernetFrame.TYPE_IPV4 -> {
                Ipv4Check r = Ipv4Packet.check(nio, ipOff, len - EthernetFrame.HEADER_LEN);
                if (r != Ipv4Check.OK) {
                    c.inputErrors++;
                    drop(frame, r == Ipv4Check.BAD_CHECKSUM ? DropReason.BAD_IPV4_CHECKSUM : DropReason.BAD_IPV4);
                    return;
                }
                // Move to the IP header; the view keeps its offsets.
                frame.skipBytes(EthernetFrame.HEADER_LEN);
                ipIn(iface, frame, nio, ipOff, true);
            }
            case EthernetFrame.TYPE_ARP -> {
                arpIn(iface, nio, ipOff, len - EthernetFrame.HEADER_LEN);
                frame.release();
            }
            default -> {
                c.unknownProtocolDrops++;
                drop(frame, DropReason.UNKNOWN_ETHERTYPE);
            }
        }
    }

    private ByteBuf flatten(ByteBuf frame) {
        ByteBuf copy = alloc.buffer(frame.readableBytes());
        copy.writeBytes(frame);
        frame.release();
        return copy;
    }

    /** A decapsulated or tunnelled datagram entering as if received on {@code iface} (no ingress hook). */
    void inject(RouterInterface iface, ByteBuf pkt) {
        if (pkt.nioBufferCount() != 1) pkt = flatten(pkt);
        ByteBuffer nio = window(pkt);
        int off = nio.position();
        if (Ipv4Packet.check(nio, off, pkt.readableBytes()) != Ipv4Check.OK) {
            drop(pkt, DropReason.BAD_IPV4);
            return;
        }
        ipIn(iface, pkt, nio, off, false);
    }

    /**
     * A checked datagram at {@code nio[off]} (also {@code pkt}'s reader index) entering on
     * {@code iface}: from its link ({@code received}, through the ingress hook) or injected by a
     * tunnel or the IPsec data plane (counted on the interface here, no hook).
     */
    private void ipIn(RouterInterface iface, ByteBuf pkt, ByteBuffer nio, int off, boolean received) {
        Ipv4Packet ip = enter(nio, off);
        RouterInterface outer = receivedOn;  // a decapsulated datagram is handled inside its carrier's ipIn
        receivedOn = iface;
        try {
            // Trim link padding (or anything after the datagram an injector left).
            pkt.writerIndex(pkt.readerIndex() + ip.totalLength());
            if (!received) {
                iface.counters.packetsIn++;
                iface.counters.bytesIn += ip.totalLength();
            }
            route(iface, pkt, nio, ip, received);
        } finally {
            receivedOn = outer;
            leave();
        }
    }

    private void route(RouterInterface iface, ByteBuf pkt, ByteBuffer nio, Ipv4Packet ip, boolean runHook) {
        if (iface.aclIn != null && !iface.aclIn.permits(nio, ip)) {
            icmp.sendError(IcmpPacket.DEST_UNREACHABLE, IcmpPacket.UNREACH_ADMIN_PROHIBITED, 0, nio, ip);
            drop(pkt, DropReason.ACL_IN);
            return;
        }
        if (runHook && iface.ingressHook != null && iface.ingressHook.onIngress(iface, pkt)) return;
        int dst = ip.dst();
        RoutingTable.Fib f = table.lookup(dst);
        if (dst == -1 || (f != null && f.local)) {
            localIn(iface, pkt, nio, ip);
            return;
        }
        if (ip.ttl() <= 1) {
            icmp.sendError(IcmpPacket.TIME_EXCEEDED, IcmpPacket.TTL_EXCEEDED_IN_TRANSIT, 0, nio, ip);
            drop(pkt, DropReason.TTL_EXPIRED);
            return;
        }
        if (f == null) {
            icmp.sendError(IcmpPacket.DEST_UNREACHABLE, IcmpPacket.UNREACH_HOST, 0, nio, ip);
            drop(pkt, DropReason.NO_ROUTE);
            return;
        }
        RoutingTable.Fib path = f.pick(ip.src(), dst);
        if (path.iface == iface && iface.redirects) redirectIfOnLink(iface, path, nio, ip);
        ip.decrementTtl();
        output(path, pkt, nio, ip, true);
    }

    private void localIn(RouterInterface ingress, ByteBuf pkt, ByteBuffer nio, Ipv4Packet ip) {
        if (ip.isFragment()) {
            pkt = reassembler.add(ingress, pkt, ip);
            if (pkt == null) return;
            // Rare: the whole datagram is a new buffer, with a view of its own.
            nio = window(pkt);
            ip = Ipv4Packet.wrap(nio, nio.position());
        }
        switch (ip.protocol()) {
            case IpProtocol.ICMP -> icmp.received(ingress, pkt, nio, ip);
            case IpProtocol.UDP -> router.udp().received(ingress, pkt, nio, ip);
            default -> {
                ProtocolHandler h = protocols[ip.protocol()];
                if (h != null) {
                    h.received(ingress, pkt);
                } else {
                    icmp.sendError(IcmpPacket.DEST_UNREACHABLE, IcmpPacket.UNREACH_PROTOCOL, 0, nio, ip);
                    drop(pkt, DropReason.UNKNOWN_PROTOCOL);
                }
            }
        }
    }

    // ---------------------------------------------------------------- local origin

    /**
     * RFC 1812 §5.2.7.2: a datagram leaving by the interface it came in on, from a host on that
     * interface's subnet, towards a next hop on the same subnet, earns the host a redirect to
     * that next hop (IOS sends them by default; {@code no ip redirects} stops it). The datagram
     * is forwarded all the same.
     */
    private void redirectIfOnLink(RouterInterface iface, RoutingTable.Fib path, ByteBuffer nio, Ipv4Packet ip) {
        if (iface.kind() != InterfaceKind.ETHERNET || !iface.hasAddress()) return;
        int nextHop = path.gateway != 0 ? path.gateway : ip.dst();
        int mask = iface.subnet().mask();
        int net = iface.addressBits() & mask;
        if ((ip.src() & mask) != net || (nextHop & mask) != net || nextHop == ip.src()) return;
        icmp.sendRedirect(nextHop, nio, ip);
    }

    /** The interface the datagram being handled arrived on (null for the router's own); ICMP's {@code ip unreachables} reads it. */
    RouterInterface receivedOn;

    /** Routes and sends a datagram built by the router itself (ping, ICMP errors, UDP sockets, IKE, ESP). */
    SendResult originate(ByteBuf pkt) {
        nowHint = router.scheduler().nanoTime();
        if (pkt.nioBufferCount() != 1) pkt = flatten(pkt);
        ByteBuffer nio = window(pkt);
        Ipv4Packet ip = enter(nio, nio.position());
        try {
            int dst = ip.dst();
            RoutingTable.Fib f = table.lookup(dst);
            if (f != null && f.local) {
                // To ourselves: delivered as a later event, as if it had come back in (rare path).
                ByteBuf p = pkt;
                RouterInterface owner = f.iface;
                router.scheduler().execute(() -> deliverOwn(owner, p));
                return SendResult.LOCAL;
            }
            if (f == null) {
                drop(pkt, DropReason.NO_ROUTE);
                return SendResult.NO_ROUTE;
            }
            // Locally originated traffic picks its path by destination alone, as sourceFor does.
            return output(f.pick(0, dst), pkt, nio, ip, false);
        } finally {
            leave();
        }
    }

    private void deliverOwn(RouterInterface owner, ByteBuf pkt) {
        ByteBuffer nio = window(pkt);
        Ipv4Packet ip = enter(nio, nio.position());
        try {
            localIn(owner, pkt, nio, ip);
        } finally {
            leave();
        }
    }

    /** The address a locally originated packet to {@code dst} should carry: that of its exit interface. */
    int sourceFor(int dst) {
        RoutingTable.Fib f = table.lookup(dst);
        if (f != null) f = f.pick(0, dst);
        if (f != null && f.iface.hasAddress()) return f.iface.addressBits();
        return 0;
    }

    boolean isLocal(int addr) {
        RoutingTable.Fib f = table.lookup(addr);
        return f != null && f.local;
    }

    // ---------------------------------------------------------------- output

    private SendResult output(RoutingTable.Fib f, ByteBuf pkt, ByteBuffer nio, Ipv4Packet ip, boolean forwarded) {
        RouterInterface out = f.iface;
        if (!out.lineUp) {
            drop(pkt, DropReason.INTERFACE_DOWN);
            return SendResult.DROPPED;
        }
        if (forwarded && out.aclOut != null && !out.aclOut.permits(nio, ip)) {
            icmp.sendError(IcmpPacket.DEST_UNREACHABLE, IcmpPacket.UNREACH_ADMIN_PROHIBITED, 0, nio, ip);
            drop(pkt, DropReason.ACL_OUT);
            return SendResult.DROPPED;
        }
        if (out.egressHook != null && out.egressHook.onEgress(out, pkt)) return SendResult.SENT;
        switch (out.kind()) {
            case TUNNEL -> {
                if (out.tunnelOutput == null) {
                    drop(pkt, DropReason.TUNNEL_NO_OUTPUT);
                    return SendResult.DROPPED;
                }
                out.counters.packetsOut++;
                out.counters.bytesOut += pkt.readableBytes();
                out.tunnelOutput.output(out, pkt);
                return SendResult.SENT;
            }
            case LOOPBACK -> {
                drop(pkt, DropReason.LOOPBACK_DISCARD);
                return SendResult.DROPPED;
            }
            default -> { }
        }
        int nextHop = f.gateway != 0 ? f.gateway : ip.dst();
        if (ip.totalLength() > out.mtu) {
            if (ip.dontFragment()) {
                if (forwarded) icmp.sendError(IcmpPacket.DEST_UNREACHABLE, IcmpPacket.UNREACH_FRAG_NEEDED, out.mtu, nio, ip);
                drop(pkt, DropReason.NEEDS_FRAGMENTATION);
                return SendResult.TOO_BIG;
            }
            fragmenter.fragment(pkt, ip, out.mtu, frag -> l2Out(out, nextHop, frag));
            pkt.release();
            return SendResult.SENT;
        }
        l2Out(out, nextHop, pkt);
        return SendResult.SENT;
    }

    private void l2Out(RouterInterface out, int nextHop, ByteBuf pkt) {
        ArpCache.Entry e = out.lastArp;
        if (e == null || out.lastNextHop != nextHop || !e.complete) {
            e = arp.complete(out, nextHop);
            if (e == null) {
                arp.enqueue(out, nextHop, pkt);
                return;
            }
            out.lastNextHop = nextHop;
            out.lastArp = e;
        }
        transmitIp(out, pkt, e.mac);
    }

    /** Adds the Ethernet header in the headroom (copying only when there is none) and transmits. */
    void transmitIp(RouterInterface out, ByteBuf pkt, long dstMac) {
        if (pkt.readerIndex() < EthernetFrame.HEADER_LEN) {
            ByteBuf n = alloc.buffer(HEADROOM + pkt.readableBytes());
            n.writerIndex(HEADROOM).readerIndex(HEADROOM);
            n.writeBytes(pkt);
            pkt.release();
            pkt = n;
        }
        int r = pkt.readerIndex() - EthernetFrame.HEADER_LEN;
        pkt.readerIndex(r);
        long src = out.macBits();
        pkt.setShort(r, (int) (dstMac >>> 32));
        pkt.setInt(r + 2, (int) dstMac);
        pkt.setShort(r + 6, (int) (src >>> 32));
        pkt.setInt(r + 8, (int) src);
        pkt.setShort(r + 12, EthernetFrame.TYPE_IPV4);
        transmitFrame(out, pkt);
    }

    private void transmitFrame(RouterInterface out, ByteBuf frame) {
        L2Port port = out.port;
        if (port == null) {
            drop(frame, DropReason.PORT_NOT_CONNECTED);
            return;
        }
        out.counters.packetsOut++;
        out.counters.bytesOut += frame.readableBytes();
        out.counters.lastOutputNanos = nowHint;
        port.transmit(frame);
    }

    // ---------------------------------------------------------------- ARP

    private void arpIn(RouterInterface iface, ByteBuffer nio, int off, int len) {
        DecodeResult<ArpPacket> r = ArpPacket.parse(nio, off, len);
        if (!(r instanceof DecodeResult.Ok<ArpPacket>(ArpPacket a))) {
            router.drop(DropReason.BAD_ARP);
            return;
        }
        if (!iface.routable()) return;
        boolean forUs = a.targetIp() == iface.addressBits();
        if (a.senderIp() != 0 && a.senderIp() != iface.addressBits()) {
            if (forUs) arp.learn(iface, a.senderIp(), a.senderMac());
            else arp.refreshIfPresent(iface, a.senderIp(), a.senderMac());
        }
        if (a.operation() != ArpPacket.REQUEST) return;
        if (forUs || proxyFor(iface, a)) {
            sendArp(iface, new ArpCache.ArpRequest(a.targetIp(), a.senderIp(), false, a.senderMac()));
        }
    }

    /**
     * Proxy ARP (RFC 1027, on by default in IOS): answer for a target the router reaches through
     * another interface, when the asker is on this interface's subnet and the target is not.
     */
    private boolean proxyFor(RouterInterface iface, ArpPacket a) {
        if (!iface.proxyArp || a.senderIp() == 0) return false;
        int mask = org.ikelab.wire.Ipv4Address.mask(iface.prefixLength);
        if ((a.senderIp() & mask) != (iface.addressBits() & mask) || (a.targetIp() & mask) == (iface.addressBits() & mask)) {
            return false;
        }
        RoutingTable.Fib f = table.lookup(a.targetIp());
        return f != null && f.iface != iface;
    }

    void sendArp(RouterInterface iface, ArpCache.ArpRequest req) {
        int len = EthernetFrame.HEADER_LEN + ArpPacket.LENGTH;
        ByteBuf f = alloc.buffer(len);
        f.writerIndex(len);
        ByteBuffer nio = f.nioBuffer(0, len);
        long dstMac = req.request() ? MacAddress.BROADCAST.bits() : req.targetMac();
        EthernetFrame.emit(nio, 0, dstMac, iface.macBits(), EthernetFrame.TYPE_ARP);
        new ArpPacket(req.request() ? ArpPacket.REQUEST : ArpPacket.REPLY, iface.macBits(), req.senderIp(),
                req.targetMac(), req.targetIp()).emit(nio, EthernetFrame.HEADER_LEN);
        transmitFrame(iface, f);
    }

    void drop(ByteBuf b, DropReason reason) {
        b.release();
        router.drop(reason);
    }
}
