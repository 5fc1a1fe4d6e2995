package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.ikelab.common.Cancellable;
import org.ikelab.wire.ipv4.Ipv4Packet;

/**
 * Reassembles fragmented datagrams addressed to the router (RFC 791, RFC 815 holes kept as a
 * bit per 8-byte unit). Bounded: at most {@link #MAX_DATAGRAMS} in progress and
 * {@link #MAX_BYTES} buffered; each expires {@link #TIMEOUT_NANOS} after its first fragment.
 * Overlapping fragments overwrite (last one wins), which is enough for a lab router.
 */
final class Reassembler {
    static final int MAX_DATAGRAMS = 64;
    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final long TIMEOUT_NANOS = 30_000_000_000L;
    static final int MAX_PAYLOAD = 65535 - 20;

    private record Key(int src, int dst, int protocol, int ident) { }

    private static final class Pending {
        byte[] header;
        byte[] data = new byte[2048];
        final BitSet units = new BitSet();
        int totalPayload = -1;
        Cancellable timer = Cancellable.NONE;
    }

    private final Router router;
    private final Map<Key, Pending> pending = new HashMap<>();
    private int bufferedBytes;

    Reassembler(Router router) {
        this.router = router;
    }

    int inProgress() {
        return pending.size();
    }

    /** Takes a fragment; returns the whole datagram (a new buffer) when it completes, else null. */
    ByteBuf add(RouterInterface ingress, ByteBuf pkt, Ipv4Packet ip) {
        Key key = new Key(ip.src(), ip.dst(), ip.protocol(), ip.identification());
        int off = ip.fragmentOffset();
        int n = ip.payloadLength();
        int end = off + n;
        boolean last = !ip.moreFragments();
        Pending p = pending.get(key);
        if (end > MAX_PAYLOAD || (!last && (n % 8 != 0 || n == 0))) {
            pkt.release();
            router.drop(DropReason.REASSEMBLY_FAILED);
            if (p != null) discard(key, p);
            return null;
        }
        if (p == null) {
            if (pending.size() >= MAX_DATAGRAMS) {
                pkt.release();
                router.drop(DropReason.REASSEMBLY_LIMIT);
                return null;
            }
            p = new Pending();
            pending.put(key, p);
            bufferedBytes += p.data.length;
            Pending q = p;
            p.timer = router.scheduler().schedule(TIMEOUT_NANOS, () -> {
                if (pending.get(key) == q) discard(key, q);
            });
        }
        if (end > p.data.length) {
            int size = Math.min(MAX_PAYLOAD, Math.max(end, p.data.length * 2));
            if (bufferedBytes + size - p.data.length > MAX_BYTES) {
                pkt.release();
                router.drop(DropReason.REASSEMBLY_LIMIT);
                discard(key, p);
                return null;
            }
            bufferedBytes += size - p.data.length;
            p.data = java.util.Arrays.copyOf(p.data, size);
        }
        int start = pkt.readerIndex() + (ip.payloadOffset() - ip.offset());
        pkt.getBytes(start, p.data, off, n);
        p.units.set(off / 8, (end + 7) / 8);
        if (last) p.totalPayload = end;
        if (off == 0) {
            p.header = new byte[ip.headerLength()];
            pkt.getBytes(pkt.readerIndex(), p.header);
        }
        pkt.release();
        if (p.header == null || p.totalPayload < 0 || p.units.nextClearBit(0) < (p.totalPayload + 7) / 8) return null;
        pending.remove(key);
        p.timer.cancel();
        bufferedBytes -= p.data.length;
        int hl = p.header.length;
        ByteBuf whole = router.forwarder().allocateIp(hl + p.totalPayload);
        int r = whole.readerIndex();
        whole.setBytes(r, p.header);
        whole.setBytes(r + hl, p.data, 0, p.totalPayload);
        ByteBuffer w = Forwarder.window(whole);
        Ipv4Packet h = Ipv4Packet.wrap(w, w.position());
        h.setTotalLength(hl + p.totalPayload);
        h.setFlagsAndFragment(h.flagsAndFragment() & Ipv4Packet.FLAG_DF);
        h.fillChecksum();
        return whole;
    }

    private void discard(Key key, Pending p) {
        pending.remove(key);
        p.timer.cancel();
        bufferedBytes -= p.data.length;
        router.drop(DropReason.REASSEMBLY_FAILED);
    }
}
