package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import org.ikelab.common.Cancellable;
import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.icmp.IcmpHeader;
import org.ikelab.wire.icmp.IcmpPacket;
import org.ikelab.wire.ipv4.IpProtocol;
import org.ikelab.wire.ipv4.Ipv4Header;

/**
 * One ping run the IOS way: an echo, then wait for its answer or the timeout, then the next.
 * The data is the IOS 15 pattern 0x0000ABCD repeated.
 */
final class PingSession implements ProbeSession {
    static final int PATTERN = 0x0000ABCD;
    static final int TTL = 255;

    private final Router router;
    private final PingRequest req;
    private final int source;
    private final PingListener listener;
    private final StringBuilder results = new StringBuilder();
    private int ident;
    private int seq = -1;
    private long sentAt;
    private Cancellable timer = Cancellable.NONE;
    private boolean waiting;
    private int successes;
    private long min = Long.MAX_VALUE;
    private long max;
    private long sum;

    PingSession(Router router, PingRequest req, int source, PingListener listener) {
        this.router = router;
        this.req = req;
        this.source = source;
        this.listener = listener;
    }

    void start() {
        ident = router.probes().addPing(this);
        sendNext();
    }

    private void sendNext() {
        if (seq + 1 >= req.repeat()) {
            finish();
            return;
        }
        seq++;
        int dst = req.target().bits();
        int src = source != 0 ? source : router.forwarder().sourceFor(dst);
        int icmpLen = req.size() - Ipv4Header.LENGTH;
        ByteBuf pkt = router.forwarder().allocateIp(req.size());
        ByteBuffer b = Forwarder.window(pkt);
        int at = b.position();
        Ipv4Header.of(IpProtocol.ICMP, src, dst, icmpLen, TTL, router.nextIpId(), req.dfBit()).emit(b, at);
        int data = at + Ipv4Header.LENGTH + IcmpPacket.HEADER_LEN;
        for (int i = 0; i < icmpLen - IcmpPacket.HEADER_LEN; i++) {
            b.put(data + i, (byte) (PATTERN >>> (8 * (3 - (i & 3)))));
        }
        IcmpHeader.echoRequest(ident, seq).emit(b, at + Ipv4Header.LENGTH, icmpLen);
        sentAt = router.scheduler().nanoTime();
        waiting = true;
        int mySeq = seq;
        SendResult r = router.forwarder().originate(pkt);
        if (r == SendResult.TOO_BIG) {
            record('M');
            router.scheduler().execute(this::sendNext);
            return;
        }
        timer = router.scheduler().schedule(req.timeoutSeconds() * 1_000_000_000L, () -> {
            if (waiting && seq == mySeq) {
                record('.');
                sendNext();
            }
        });
    }

    @Override
    public void reply(int from, int type, int code, int probeKey, int mtu, long now) {
        if (!waiting || probeKey != seq) return;
        char c;
        switch (type) {
            case IcmpPacket.ECHO_REPLY -> {
                long rtt = (now - sentAt) / 1_000_000L;
                successes++;
                sum += rtt;
                min = Math.min(min, rtt);
                max = Math.max(max, rtt);
                c = '!';
            }
            case IcmpPacket.DEST_UNREACHABLE -> c = code == IcmpPacket.UNREACH_FRAG_NEEDED ? 'M' : 'U';
            case IcmpPacket.TIME_EXCEEDED -> c = '&';
            case IcmpPacket.SOURCE_QUENCH -> c = 'Q';
            default -> c = '?';
        }
        timer.cancel();
        record(c);
        router.scheduler().execute(this::sendNext);
    }

    private void record(char c) {
        waiting = false;
        results.append(c);
        listener.probe(seq, c);
    }

    private void finish() {
        router.probes().removePing(ident);
        Ipv4Address src = source != 0 ? Ipv4Address.of(source) : null;
        long avg = successes == 0 ? 0 : sum / successes;
        listener.done(new PingResult(req, src, results.toString(), successes, successes == 0 ? 0 : min, avg, max));
    }
}
