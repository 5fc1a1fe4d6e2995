package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.ikelab.common.RandomSource;
import org.ikelab.common.RealScheduler;
import org.ikelab.common.Scheduler;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.config.crypto.apply.CryptoCompiler;
import org.ikelab.ipsec.Direction;
import org.ikelab.ipsec.IpsecSa;
import org.ikelab.link.InMemoryLink;
import org.ikelab.router.AllocationMeter;
import org.ikelab.router.Router;
import org.ikelab.router.StaticRoute;
import org.ikelab.router.UdpSocket;
import org.ikelab.wire.Ipv4Address;
import org.junit.jupiter.api.Test;

/**
 * Large outbound ESP packets sealed on the router's crypto helper ({@link SealOffload}): what a
 * user of the tunnel would notice if it went wrong is lost, reordered or miscounted datagrams.
 * R1 sends numbered UDP datagrams from its own socket through a crypto map to a host behind R2,
 * which records the numbers in arrival order. The helper is first a queue the test drains by
 * hand (so each step is visible), then, in the last test, a real thread.
 */
class SealOffloadTest {
    static final int LARGE = 1400;
    static final int SMALL = 64;
    static final String TRANSFORMS = "esp-aes esp-sha-hmac";

    /** A helper thread that does its work only when the test says so. */
    static final class HeldExecutor implements Executor {
        final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        void runAll() {
            while (!tasks.isEmpty()) tasks.poll().run();
        }
    }

    /** H(10.0.0.0/24) - R1 = R2 - host 10.0.3.9; R1 protects 10.0.0.0/24 -> 10.0.3.0/24. */
    static final class Path {
        final Router r1;
        final Router r2;
        final CryptoEngine e1;
        final CryptoEngine e2;
        final UdpSocket sock;
        final ConcurrentLinkedQueue<Integer> received = new ConcurrentLinkedQueue<>();
        final Ipv4Address dst = Ipv4Address.parse("10.0.3.9");
        private int next;

        Path(Scheduler s1, Scheduler s2) {
            r1 = new Router("R1", s1, PooledByteBufAllocator.DEFAULT, 2);
            r2 = new Router("R2", s2, PooledByteBufAllocator.DEFAULT, 2);
            CompletableFuture<CryptoEngine> f1 = new CompletableFuture<>();
            CompletableFuture<CryptoEngine> f2 = new CompletableFuture<>();
            CompletableFuture<UdpSocket> fs = new CompletableFuture<>();
            InMemoryLink link = new InMemoryLink();
            s1.execute(() -> {
                r1.setAddress("GigabitEthernet0/0", Ipv4Address.parse("10.0.0.1"), 24);
                r1.setAddress("GigabitEthernet0/1", Ipv4Address.parse("10.0.1.1"), 24);
                r1.setAdminUp("GigabitEthernet0/0", true);
                r1.setAdminUp("GigabitEthernet0/1", true);
                r1.addStaticRoute(StaticRoute.via("10.0.3.0/24", "10.0.1.2"));
                r1.connect("GigabitEthernet0/1", link.a());
                r1.connect("GigabitEthernet0/0", new AllocationMeter.Host(PooledByteBufAllocator.DEFAULT));
                f1.complete(CryptoCompiler.install(r1, CryptoMapAllocationTest.load(
                        CryptoMapAllocationTest.site("10.0.1.1", "10.0.1.2", TRANSFORMS, "10.0.0.0", "10.0.3.0", "GigabitEthernet0/1")),
                        RandomSource.seeded(1)));
                fs.complete(r1.udpBind(Ipv4Address.parse("10.0.0.1"), 1234, d -> { }));
            });
            s2.execute(() -> {
                r2.setAddress("GigabitEthernet0/0", Ipv4Address.parse("10.0.1.2"), 24);
                r2.setAddress("GigabitEthernet0/1", Ipv4Address.parse("10.0.3.1"), 24);
                r2.setAdminUp("GigabitEthernet0/0", true);
                r2.setAdminUp("GigabitEthernet0/1", true);
                r2.addStaticRoute(StaticRoute.via("10.0.0.0/24", "10.0.1.1"));
                r2.connect("GigabitEthernet0/0", link.b());
                r2.connect("GigabitEthernet0/1", new AllocationMeter.Host(PooledByteBufAllocator.DEFAULT).watch(this::record));
                f2.complete(CryptoCompiler.install(r2, CryptoMapAllocationTest.load(
                        CryptoMapAllocationTest.site("10.0.1.2", "10.0.1.1", TRANSFORMS, "10.0.3.0", "10.0.0.0", "GigabitEthernet0/0")),
                        RandomSource.seeded(2)));
            });
            if (s1 instanceof VirtualScheduler v) v.runDue();
            e1 = f1.orTimeout(10, TimeUnit.SECONDS).join();
            e2 = f2.orTimeout(10, TimeUnit.SECONDS).join();
            sock = fs.orTimeout(10, TimeUnit.SECONDS).join();
        }

        /** The datagram's number: the first 4 bytes of the UDP payload (Ethernet 14 + IPv4 20 + UDP 8). */
        private void record(ByteBuf f) {
            received.add(f.getInt(f.readerIndex() + 42));
        }

        /** Sends {@code n} numbered datagrams of {@code size} bytes (IP length); on R1's thread. */
        void send(int n, int size) {
            ByteBuffer payload = ByteBuffer.allocate(size - 28);
            for (int i = 0; i < n; i++) {
                payload.clear();
                payload.putInt(0, next++);
                sock.send(dst, 9, payload);
            }
        }

        int sent() {
            return next;
        }

        IpsecSa outbound() {
            return e1.dataPlane().sas().stream().filter(sa -> sa.config().direction() == Direction.OUTBOUND).findFirst().orElseThrow();
        }

        IpsecSa inbound() {
            return e2.dataPlane().sas().stream().filter(sa -> sa.config().direction() == Direction.INBOUND).findFirst().orElseThrow();
        }

        List<Integer> receivedList() {
            return new ArrayList<>(received);
        }
    }

    /** Both routers on one virtual clock, R1's helper held by the test; IKE done with small datagrams (sealed inline). */
    private static Path virtualPath(VirtualScheduler s, Executor helper) {
        Path p = new Path(s, s);
        s.execute(() -> p.r1.setCryptoHelper(helper));
        for (int i = 0; i < 3; i++) {
            p.send(1, SMALL);
            s.advance(Duration.ofSeconds(2));
        }
        p.received.clear();
        return p;
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    @Test
    void largeDatagramsAreSealedOnTheHelperAndArriveInOrderCountedAsInline() {
        VirtualScheduler s = new VirtualScheduler();
        HeldExecutor helper = new HeldExecutor();
        Path p = virtualPath(s, helper);
        long encaps = p.outbound().counters().encaps();
        int first = p.sent();
        p.send(20, LARGE);
        s.runDue();
        assertEquals(List.of(), p.receivedList(), "nothing leaves R1 before the helper sealed it");
        assertEquals(1, helper.tasks.size(), "one hand-over for the whole burst");
        helper.runAll();
        s.runDue();
        assertEquals(range(first, first + 20), p.receivedList());
        assertEquals(20, p.outbound().counters().encaps() - encaps);
        assertEquals(encaps + 20, p.inbound().counters().decaps());
        assertEquals(0, p.outbound().counters().sendErrors());
        assertEquals(0, p.inbound().counters().recvErrors());
    }

    @Test
    void smallDatagramsGoInlineButNeverOvertakeLargeOnesInFlight() {
        VirtualScheduler s = new VirtualScheduler();
        HeldExecutor helper = new HeldExecutor();
        Path p = virtualPath(s, helper);
        int first = p.sent();
        p.send(5, SMALL);
        s.runDue();
        assertEquals(range(first, first + 5), p.receivedList(), "small datagrams with nothing in flight are sealed on R1 at once");
        assertEquals(0, helper.tasks.size());
        for (int i = 0; i < 5; i++) {
            p.send(1, LARGE);
            p.send(1, SMALL);
        }
        s.runDue();
        assertEquals(5, p.received.size(), "the small ones wait behind the large ones");
        helper.runAll();
        s.runDue();
        assertEquals(range(first, first + 15), p.receivedList());
        assertEquals(0, p.inbound().counters().recvErrors());
    }

    @Test
    void whenTheHelperFallsBehindR1SealsTheNextBatchItselfAndStillSendsInOrder() {
        VirtualScheduler s = new VirtualScheduler();
        HeldExecutor helper = new HeldExecutor();
        Path p = virtualPath(s, helper);
        int first = p.sent();
        p.send(20, LARGE);
        s.runDue();
        p.send(20, LARGE);
        s.runDue();
        assertEquals(1, helper.tasks.size(), "the second batch is not queued behind the first");
        assertEquals(List.of(), p.receivedList(), "the second batch, sealed on R1, waits for the first");
        helper.runAll();
        s.runDue();
        assertEquals(range(first, first + 40), p.receivedList());
        assertEquals(0, p.inbound().counters().recvErrors());
    }

    @Test
    void aFullEngineQueueDropsAndCountsSendErrors() {
        VirtualScheduler s = new VirtualScheduler();
        HeldExecutor helper = new HeldExecutor();
        Path p = virtualPath(s, helper);
        int first = p.sent();
        for (int i = 0; i < 15; i++) {
            p.send(20, LARGE);
            s.runDue();
        }
        IpsecSa out = p.outbound();
        assertEquals(300 - SealOffload.MAX_SLOTS, out.counters().internalErrorSend(), "internal err (send)");
        assertEquals(300 - SealOffload.MAX_SLOTS, out.counters().sendErrors(), "#send errors");
        helper.runAll();
        s.runDue();
        assertEquals(range(first, first + SealOffload.MAX_SLOTS), p.receivedList());
        p.send(20, LARGE);
        s.runDue();
        helper.runAll();
        s.runDue();
        assertEquals(SealOffload.MAX_SLOTS + 20, p.received.size(), "every slot came back");
    }

    @Test
    void aHelperThatRefusesWorkLeavesItToTheRouter() {
        VirtualScheduler s = new VirtualScheduler();
        Path p = virtualPath(s, r -> {
            throw new RejectedExecutionException("shutting down");
        });
        int first = p.sent();
        p.send(20, LARGE);
        s.runDue();
        assertEquals(range(first, first + 20), p.receivedList());
    }

    /**
     * The real thing: R1 and R2 on threads of their own, each the other's helper, 3000 datagrams
     * of 1400 bytes in bursts (paced so that no slot runs out): every one arrives, in order, and
     * the SA counters on both sides agree.
     */
    @Test
    void onRealThreadsEveryDatagramArrivesInOrder() throws Exception {
        RealScheduler s1 = RealScheduler.newThread("seal-test-R1");
        RealScheduler s2 = RealScheduler.newThread("seal-test-R2");
        try {
            Path p = new Path(s1, s2);
            call(s1, () -> p.r1.setCryptoHelper(s2.executor()));
            call(s2, () -> p.r2.setCryptoHelper(s1.executor()));
            for (int i = 0; i < 100 && p.received.isEmpty(); i++) {  // ARP and IKE
                call(s1, () -> p.send(1, SMALL));
                Thread.sleep(50);
            }
            assertTrue(!p.received.isEmpty(), "the tunnel came up");
            int first = call(s1, p::sent);
            p.received.clear();
            int total = 3000;
            for (int burst = 0; burst < total / 50; burst++) {
                call(s1, () -> p.send(50, LARGE));
                long target = (long) (burst + 1) * 50 - 100;
                for (int w = 0; w < 2000 && p.received.size() < target; w++) Thread.sleep(1);
            }
            for (int w = 0; w < 5000 && p.received.size() < total; w++) Thread.sleep(1);
            assertEquals(range(first, first + total), p.receivedList());
            long encaps = call(s1, () -> p.outbound().counters().encaps());
            long decaps = call(s2, () -> p.inbound().counters().decaps());
            assertEquals(encaps, decaps);
            assertEquals(0L, (long) call(s1, () -> p.outbound().counters().sendErrors()));
            assertEquals(0L, (long) call(s2, () -> p.inbound().counters().recvErrors()));
        } finally {
            s1.executor().shutdownNow();
            s2.executor().shutdownNow();
            s1.executor().awaitTermination(5, TimeUnit.SECONDS);
            s2.executor().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static void call(RealScheduler s, Runnable r) {
        call(s, () -> {
            r.run();
            return null;
        });
    }

    private static <T> T call(RealScheduler s, java.util.function.Supplier<T> r) {
        CompletableFuture<T> f = new CompletableFuture<>();
        s.execute(() -> {
            try {
                f.complete(r.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.orTimeout(10, TimeUnit.SECONDS).join();
    }
}
