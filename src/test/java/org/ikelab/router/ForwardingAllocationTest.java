package org.ikelab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.wire.Ipv4Address;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE decision 3 held to its promise: once warm, forwarding makes no garbage. R1 sends
 * UDP datagrams from its own socket to a host behind R2 (R1 originates, R2 forwards), in bursts
 * as links deliver them, and the bytes the routers' thread allocates are counted over 20,000
 * datagrams ({@link AllocationMeter}).
 */
class ForwardingAllocationTest {
    /** Bytes per datagram allowed for the scheduler's and allocator's bookkeeping; one object per packet is 16 or more. */
    static final double TOLERANCE = 8;
    static final int BURST = 16;
    static final int BURSTS = 1250;

    @Test
    void forwardingAWarmPathAllocatesNothingPerPacket() {
        double perPacket = AllocationMeter.onRouterThread(ForwardingAllocationTest::measure);
        System.out.printf(Locale.ROOT, "forwarding: %.2f B allocated per datagram%n", perPacket);
        assertTrue(perPacket < TOLERANCE, perPacket + " bytes allocated per forwarded datagram");
    }

    static double measure() {
        VirtualScheduler s = new VirtualScheduler();
        ByteBufAllocator alloc = new PooledByteBufAllocator(true);
        Router r1 = new Router("R1", s, alloc, 2);
        Router r2 = new Router("R2", s, alloc, 2);
        r1.setAddress("GigabitEthernet0/0", Ipv4Address.parse("10.0.1.1"), 24);
        r2.setAddress("GigabitEthernet0/0", Ipv4Address.parse("10.0.1.2"), 24);
        r2.setAddress("GigabitEthernet0/1", Ipv4Address.parse("10.0.3.1"), 24);
        r1.setAdminUp("GigabitEthernet0/0", true);
        r2.setAdminUp("GigabitEthernet0/0", true);
        r2.setAdminUp("GigabitEthernet0/1", true);
        r1.addStaticRoute(StaticRoute.via("10.0.3.0/24", "10.0.1.2"));
        AllocationMeter.Wire wire = new AllocationMeter.Wire();
        r1.connect("GigabitEthernet0/0", wire.a);
        r2.connect("GigabitEthernet0/0", wire.b);
        AllocationMeter.Host host = new AllocationMeter.Host(alloc);
        r2.connect("GigabitEthernet0/1", host);
        UdpSocket sock = r1.udpBind(Ipv4Address.parse("10.0.1.1"), 1234, d -> { });
        Ipv4Address dst = Ipv4Address.parse("10.0.3.9");
        ByteBuffer payload = ByteBuffer.allocate(36);
        LongSupplier allocated = AllocationMeter.threadAllocatedBytes();
        for (int i = 0; i < 4 * BURSTS; i++) burst(sock, dst, payload, s);  // ARP, JIT, pools
        long before = host.frames();
        long a0 = allocated.getAsLong();
        for (int i = 0; i < BURSTS; i++) burst(sock, dst, payload, s);
        long bytes = allocated.getAsLong() - a0;
        long delivered = host.frames() - before;
        assertEquals((long) BURST * BURSTS, delivered, "every datagram reaches the host");
        return bytes / (double) delivered;
    }

    private static void burst(UdpSocket sock, Ipv4Address dst, ByteBuffer payload, VirtualScheduler s) {
        for (int i = 0; i < BURST; i++) sock.send(dst, 9, payload.clear());
        s.runDue();
    }
}
