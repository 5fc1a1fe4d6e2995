package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.Cancellable;
import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.icmp.IcmpPacket;
import org.ikelab.wire.ipv4.IpProtocol;
import org.ikelab.wire.ipv4.Ipv4Header;
import org.ikelab.wire.udp.UdpPacket;

/**
 * IOS traceroute: UDP probes to port 33434 upwards with TTL 1, 2, ..., one at a time, each
 * ended by an ICMP time exceeded, an unreachable or the timeout. Stops after the hop where the
 * target answered (port unreachable) or an unreachable came back, or at the maximum TTL.
 */
final class TracerouteSession implements ProbeSession {
    static final int PAYLOAD = 12;

    private final Router router;
    private final TracerouteRequest req;
    private final int source;
    private final TracerouteListener listener;
    private final List<TracerouteHop> hops = new ArrayList<>();
    private List<TracerouteProbe> current = new ArrayList<>();
    private int srcPort;
    private int ttl;
    private int probe;
    private int dstPort;
    private long sentAt;
    private boolean waiting;
    private boolean stop;
    private Cancellable timer = Cancellable.NONE;

    TracerouteSession(Router router, TracerouteRequest req, int source, TracerouteListener listener) {
        this.router = router;
        this.req = req;
        this.source = source;
        this.listener = listener;
    }

    void start() {
        srcPort = router.probes().addTrace(this);
        ttl = req.minTtl();
        probe = 0;
        dstPort = req.port() - 1;
        send();
    }

    private void send() {
        dstPort++;
        int dst = req.target().bits();
        int src = source != 0 ? source : router.forwarder().sourceFor(dst);
        int udpLen = UdpPacket.HEADER_LEN + PAYLOAD;
        ByteBuf pkt = router.forwarder().allocateIp(Ipv4Header.LENGTH + udpLen);
        ByteBuffer b = Forwarder.window(pkt);
        int at = b.position();
        new Ipv4Header(0, Ipv4Header.LENGTH + udpLen, router.nextIpId(), false, false, 0, ttl, IpProtocol.UDP, src, dst).emit(b, at);
        for (int i = 0; i < PAYLOAD; i++) b.put(at + Ipv4Header.LENGTH + UdpPacket.HEADER_LEN + i, (byte) 0);
        UdpPacket.emit(b, at + Ipv4Header.LENGTH, srcPort, dstPort, PAYLOAD, src, dst);
        sentAt = router.scheduler().nanoTime();
        waiting = true;
        int myPort = dstPort;
        router.forwarder().originate(pkt);
        timer = router.scheduler().schedule(req.timeoutSeconds() * 1_000_000_000L, () -> {
            if (waiting && dstPort == myPort) record(new TracerouteProbe(null, 0, ""));
        });
    }

    @Override
    public void reply(int from, int type, int code, int probeKey, int mtu, long now) {
        if (!waiting || probeKey != dstPort) return;
        timer.cancel();
        String mark = "";
        if (type == IcmpPacket.DEST_UNREACHABLE) {
            mark = switch (code) {
                case IcmpPacket.UNREACH_PORT -> "";
                case IcmpPacket.UNREACH_NET -> "!N";
                case IcmpPacket.UNREACH_HOST -> "!H";
                case IcmpPacket.UNREACH_PROTOCOL -> "!P";
                case IcmpPacket.UNREACH_ADMIN_PROHIBITED -> "!A";
                default -> "!" + code;
            };
            stop = true;
        } else if (type != IcmpPacket.TIME_EXCEEDED) {
            return;
        }
        if (from == req.target().bits()) stop = true;
        record(new TracerouteProbe(Ipv4Address.of(from), (now - sentAt) / 1_000_000L, mark));
    }

    private void record(TracerouteProbe p) {
        waiting = false;
        current.add(p);
        listener.probe(ttl, probe, p);
        probe++;
        if (probe >= req.probes()) {
            hops.add(new TracerouteHop(ttl, List.copyOf(current)));
            current = new ArrayList<>();
            probe = 0;
            ttl++;
            if (stop || ttl > req.maxTtl()) {
                router.probes().removeTrace(srcPort);
                listener.done(List.copyOf(hops), stop);
                return;
            }
        }
        router.scheduler().execute(this::send);
    }
}
