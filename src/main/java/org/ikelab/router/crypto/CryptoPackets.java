package org.ikelab.router.crypto;

import io.netty.buffer.ByteBuf;
import org.ikelab.ipsec.InboundResult;
import org.ikelab.ipsec.IpsecDataPlane;
import org.ikelab.ipsec.PacketBuffer;
import org.ikelab.ipsec.SaBundle;
import org.ikelab.ipsec.Verdict;
import org.ikelab.router.PacketWindow;
import org.ikelab.router.RouterInterface;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.wire.Ipv4Address;

/**
 * The engine's packet path: the crypto-map egress and ingress hooks of the bound interfaces
 * (ios-crypto-reference §7.1: entries in sequence order, first matching line decides) and the
 * ESP/AH/ESP-in-UDP receive path into the data plane. Buffers are copied once into a heap
 * buffer with the room ESP needs, then processed in place.
 */
final class CryptoPackets {
    /** Room in front of a packet to protect: the data plane's worst case plus an Ethernet header. */
    private static final int HEADROOM = IpsecDataPlane.HEADROOM + 32;
    private static final int PROTO_ESP = CryptoEngine.PROTO_ESP;
    private static final int PROTO_AH = CryptoEngine.PROTO_AH;
    private static final int PROTO_UDP = CryptoEngine.PROTO_UDP;
    private final CryptoEngine engine;
    private final PacketBuffer window = new PacketBuffer();
    private final InboundResult inbound = new InboundResult();
    private final byte[] header = new byte[64];
    /** Where outbound packets are protected: room for the largest IPv4 datagram plus ESP's. */
    private final byte[] scratch = new byte[HEADROOM + 65535 + IpsecDataPlane.TAILROOM];
    private long lastNotIpsecLog;
    /** Large outbound packets' trip to the router's crypto helper, made on first use. */
    private SealOffload offload;
    /** The interface of the IPsec packet being processed, for the invalid-SPI syslog line. */
    private String ingressName;

    CryptoPackets(CryptoEngine engine) {
        this.engine = engine;
    }

    // ------------------------------------------------------------------ outbound packets

    boolean egress(RouterInterface iface, ByteBuf pkt) {
        if (engine.internalSend) return false;
        CryptoEngine.MapState m = engine.maps.get(engine.bindings.get(iface.name()));
        if (m == null) return false;
        int n = Math.min(pkt.readableBytes(), header.length);
        PacketWindow.copyOut(pkt, pkt.readerIndex(), header, 0, n);
        // Indexed loops: an iterator per packet is garbage the JIT does not always remove.
        for (int ei = 0; ei < m.entries.size(); ei++) {
            CryptoEngine.EntryState e = m.entries.get(ei);
            if (!e.spec.complete()) continue;
            if (e.spec.kind() == CryptoMapSpec.Kind.DYNAMIC) {
                for (int fi = 0; fi < e.instances.size(); fi++) {
                    Flow f = e.instances.get(fi);
                    if (f.policy.bundle() != null && f.selector.matches(header, 0, n)) {
                        protect(f.policy.bundle(), pkt);
                        return true;
                    }
                }
                continue;
            }
            for (int li = 0; li < e.lines.size(); li++) {
                CryptoEngine.Line l = e.lines.get(li);
                if (!l.selector().matches(header, 0, n)) continue;
                if (!l.permit()) break;
                Flow f = e.spec.perHost() && e.spec.kind() == CryptoMapSpec.Kind.ISAKMP
                        ? engine.perHostFlow(e, l, u32(header, 12), u32(header, 16))
                        : l.flow();
                SaBundle b = f.bundleFor(header, n);
                if (b != null) {
                    protect(b, pkt);
                } else {
                    // ios-crypto-reference §7.1/§7.6: dropped while IKE negotiates, a send error.
                    f.sendErrors++;
                    engine.dataPlane().countNoSa();
                    pkt.release();
                    if (e.spec.kind() == CryptoMapSpec.Kind.ISAKMP) engine.trigger(e, f);
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Protects in a scratch array (the JCE is fastest on heap arrays) and sends the result in a
     * buffer from the router's allocator (direct, as links write it): one copy in, one copy out,
     * and no heap buffer for the link to convert on its way to the socket.
     */
    private void protect(SaBundle bundle, ByteBuf pkt) {
        int len = pkt.readableBytes();
        java.util.concurrent.Executor helper = engine.router().cryptoHelper();
        if (helper != null && SealOffload.wants(bundle, len)) {
            if (offload == null) offload = new SealOffload(engine.dataPlane(), engine.router().scheduler()::execute, this::send);
            offload.protect(bundle, pkt, helper);
            return;
        }
        if (HEADROOM + len + IpsecDataPlane.TAILROOM > scratch.length) {
            pkt.release();
            return;
        }
        PacketWindow.copyOut(pkt, pkt.readerIndex(), scratch, HEADROOM, len);
        pkt.release();
        window.set(scratch, HEADROOM, len);
        Verdict v = engine.dataPlane().outbound(bundle, window);
        if (v != Verdict.PROTECTED) return;
        send(scratch, window.offset(), window.length());
    }

    /** Sends the protected packet {@code b[off, off+len)} in a buffer from the router's allocator. */
    private void send(byte[] b, int off, int len) {
        ByteBuf out = engine.router().allocateIp(len);
        PacketWindow.copyIn(out, out.readerIndex(), b, off, len);
        engine.internalSend = true;
        try {
            engine.router().sendIp(out);
        } finally {
            engine.internalSend = false;
        }
    }

    // ------------------------------------------------------------------ inbound packets

    boolean ingress(RouterInterface iface, ByteBuf pkt) {
        int n = Math.min(pkt.readableBytes(), header.length);
        PacketWindow.copyOut(pkt, pkt.readerIndex(), header, 0, n);
        if (n < 20) return false;
        int proto = header[9] & 0xff;
        int ihl = (header[0] & 0x0f) * 4;
        if (proto == PROTO_UDP && n >= ihl + 12 && u16(header, ihl + 2) == IkeEndpoint.NATT_PORT
                && engine.router().isLocalAddress(u32(header, 16))) {
            // ESP in UDP (RFC 3948): anything but the non-ESP marker or a keepalive is ours.
            int payload = ihl + 8;
            boolean marker = n >= payload + 4 && u32(header, payload) == 0;
            boolean keepalive = pkt.readableBytes() == payload + 1;
            if (!marker && !keepalive) {
                receiveIpsec(iface, pkt);
                return true;
            }
            return false;
        }
        if (proto == PROTO_ESP || proto == PROTO_AH || proto == PROTO_UDP && isIke(header, ihl, n)) return false;
        CryptoEngine.MapState m = engine.maps.get(engine.bindings.get(iface.name()));
        if (m == null) return false;
        for (int ei = 0; ei < m.entries.size(); ei++) {
            CryptoEngine.EntryState e = m.entries.get(ei);
            if (!e.spec.complete() || e.spec.kind() == CryptoMapSpec.Kind.DYNAMIC) continue;
            for (int li = 0; li < e.lines.size(); li++) {
                CryptoEngine.Line l = e.lines.get(li);
                if (!l.selector().reversed().matches(header, 0, n)) continue;
                if (!l.permit()) break;
                // It should have arrived protected. IOS rate-limits the syslog; once a minute here.
                engine.clearTextDrops++;
                long now = engine.router().scheduler().nanoTime();
                if (lastNotIpsecLog == 0 || now - lastNotIpsecLog >= 60_000_000_000L) {
                    lastNotIpsecLog = now == 0 ? 1 : now;
                    engine.router().log("%CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet. (ip) vrf/dest_addr= /"
                            + Ipv4Address.format(u32(header, 16)) + ", src_addr= "
                            + Ipv4Address.format(u32(header, 12)) + ", prot= " + proto);
                }
                pkt.release();
                return true;
            }
        }
        return false;
    }

    private static boolean isIke(byte[] h, int ihl, int n) {
        if (n < ihl + 4) return false;
        int sport = u16(h, ihl);
        int dport = u16(h, ihl + 2);
        return sport == 500 || dport == 500 || sport == 4500 || dport == 4500;
    }

    void receiveIpsec(RouterInterface ingress, ByteBuf pkt) {
        int len = pkt.readableBytes();
        ByteBuf buf;
        if (pkt.hasArray()) {
            buf = pkt;
        } else {
            buf = engine.router().allocator().heapBuffer(len + 64);
            PacketWindow.copyOut(pkt, pkt.readerIndex(), buf.array(), buf.arrayOffset() + 64, len);
            buf.setIndex(64, 64 + len);
            pkt.release();
        }
        int base = buf.arrayOffset();
        window.set(buf.array(), base + buf.readerIndex(), len);
        ingressName = ingress.name();
        Verdict v = engine.dataPlane().inbound(window, inbound);
        if (v != Verdict.DELIVER) {
            buf.release();
            return;
        }
        buf.setIndex(window.offset() - base, window.end() - base);
        engine.router().injectIp(ingress, buf);
    }


    String ingressName() {
        return ingressName;
    }

    private static int u16(byte[] b, int off) {
        return CryptoEngine.u16(b, off);
    }

    private static int u32(byte[] b, int off) {
        return (u16(b, off) << 16) | u16(b, off + 2);
    }
}
