package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ikelab.common.Cancellable;
import org.ikelab.common.Scheduler;
import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.MacAddress;

/**
 * The ARP table: complete entries age out after {@link #timeoutNanos} (IOS: 4 hours);
 * while an address resolves, up to {@link #queueLimit} packets wait for it and requests are
 * repeated every second, {@link #MAX_REQUESTS} times, before the waiting packets are dropped.
 */
final class ArpCache {
    static final int MAX_REQUESTS = 5;
    static final long RETRY_NANOS = 1_000_000_000L;

    static final class Entry {
        final RouterInterface iface;
        final int ip;
        long mac;
        boolean complete;
        long createdNanos;
        int requests;
        Cancellable timer = Cancellable.NONE;
        final ArrayDeque<ByteBuf> pending = new ArrayDeque<>();

        Entry(RouterInterface iface, int ip) {
            this.iface = iface;
            this.ip = ip;
        }
    }

    private final Router router;
    private final Scheduler scheduler;
    private final Map<Long, Entry> entries = new HashMap<>();
    long timeoutNanos = 4L * 3600 * 1_000_000_000L;
    int queueLimit = 8;

    ArpCache(Router router) {
        this.router = router;
        this.scheduler = router.scheduler();
    }

    private static long key(RouterInterface i, int ip) {
        return ((long) i.number() << 32) | (ip & 0xffffffffL);
    }

    /** The complete entry for {@code ip} on {@code iface}, or null. */
    Entry complete(RouterInterface iface, int ip) {
        Entry e = entries.get(key(iface, ip));
        return e != null && e.complete ? e : null;
    }

    /** Queues {@code packet} (an IPv4 datagram) until {@code ip} resolves; starts resolution if needed. */
    void enqueue(RouterInterface iface, int ip, ByteBuf packet) {
        Entry e = entries.computeIfAbsent(key(iface, ip), k -> new Entry(iface, ip));
        if (e.pending.size() >= queueLimit) {
            packet.release();
            router.drop(DropReason.ARP_QUEUE_FULL);
            iface.counters.outputDrops++;
        } else {
            e.pending.add(packet);
        }
        if (e.requests == 0) request(e);
    }

    private void request(Entry e) {
        if (!entries.containsKey(key(e.iface, e.ip)) || e.complete) return;
        if (e.requests >= MAX_REQUESTS || !e.iface.routable()) {
            fail(e);
            return;
        }
        e.requests++;
        router.forwarder().sendArp(e.iface, ArpRequest.request(e.iface, e.ip));
        e.timer = scheduler.schedule(RETRY_NANOS, () -> request(e));
    }

    private void fail(Entry e) {
        entries.remove(key(e.iface, e.ip));
        for (ByteBuf p; (p = e.pending.poll()) != null; ) {
            p.release();
            router.drop(DropReason.ARP_UNRESOLVED);
            e.iface.counters.outputDrops++;
        }
    }

    /** Records {@code ip} at {@code mac} (a reply, or a request aimed at us) and sends what waited for it. */
    void learn(RouterInterface iface, int ip, long mac) {
        Entry e = entries.computeIfAbsent(key(iface, ip), k -> new Entry(iface, ip));
        e.timer.cancel();
        e.mac = mac;
        e.complete = true;
        e.requests = 0;
        e.createdNanos = scheduler.nanoTime();
        e.timer = scheduler.schedule(timeoutNanos, () -> expire(e));
        for (ByteBuf p; (p = e.pending.poll()) != null; ) router.forwarder().transmitIp(iface, p, mac);
    }

    /** Updates an existing entry only (RFC 826 merge: traffic from known hosts refreshes them). */
    void refreshIfPresent(RouterInterface iface, int ip, long mac) {
        Entry e = entries.get(key(iface, ip));
        if (e != null) learn(iface, ip, mac);
    }

    private void expire(Entry e) {
        if (entries.get(key(e.iface, e.ip)) == e) entries.remove(key(e.iface, e.ip));
        if (e.iface.lastArp == e) e.iface.lastArp = null;
    }

    /** Forgets every entry of an interface (it went down or changed address). */
    void flush(RouterInterface iface) {
        iface.lastArp = null;
        for (var it = entries.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.iface != iface) continue;
            e.timer.cancel();
            it.remove();
            for (ByteBuf p; (p = e.pending.poll()) != null; ) {
                p.release();
                router.drop(DropReason.ARP_UNRESOLVED);
            }
        }
    }

    /** Dynamic entries plus the router's own addresses, sorted by address (as {@code show arp}). */
    List<ArpEntry> snapshot(List<RouterInterface> interfaces) {
        List<ArpEntry> out = new ArrayList<>();
        long now = scheduler.nanoTime();
        for (RouterInterface i : interfaces) {
            if (i.kind() == InterfaceKind.ETHERNET && i.routable()) {
                out.add(new ArpEntry(i.address(), -1, i.mac(), i.name()));
            }
        }
        for (Entry e : entries.values()) {
            if (e.complete) out.add(new ArpEntry(Ipv4Address.of(e.ip), (now - e.createdNanos) / 60_000_000_000L, new MacAddress(e.mac), e.iface.name()));
        }
        out.sort((a, b) -> a.address().compareTo(b.address()));
        return out;
    }

    /** Helper so the cache can ask for a request frame without knowing the frame layout. */
    record ArpRequest(int senderIp, int targetIp, boolean request, long targetMac) {
        static ArpRequest request(RouterInterface iface, int target) {
            return new ArpRequest(iface.addressBits(), target, true, 0);
        }
    }
}
