package org.ikelab.router.crypto;

import io.netty.buffer.ByteBuf;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.ikelab.ipsec.IpsecDataPlane;
import org.ikelab.ipsec.IpsecSa;
import org.ikelab.ipsec.PacketBuffer;
import org.ikelab.ipsec.PendingSeal;
import org.ikelab.ipsec.SaBundle;
import org.ikelab.ipsec.Verdict;
import org.ikelab.router.PacketWindow;

/**
 * The router's crypto engine beside its own thread: large outbound ESP packets are prepared here
 * (sequence number, headers, counters: router state, so on the router's thread), encrypted and
 * given their ICV on the router's helper executor ({@link org.ikelab.router.Router#cryptoHelper},
 * in a lab a sibling event loop), and sent back here on the router's thread, in order.
 *
 * <p>Why: a router thread that both forwards and encrypts 1400-byte AES-CBC+HMAC-SHA1 packets
 * spends about a third of its time in the cipher and the MAC, both serial per packet; the other
 * core of a two-router path is half idle. A real router does the same with its crypto engine.
 *
 * <p>Packets travel in batches (one hand-over each way per batch, so the wake-ups of an idle
 * helper are paid once per batch, not per packet). A batch is shipped by a task queued on the
 * router's own loop, so it collects what the router produced in the current round of its loop.
 * Each packet sits in a slot, a heap array of its own (the JCE is fastest on heap arrays); at
 * most {@link #MAX_SLOTS} are in flight, beyond that a packet is dropped and counted as IOS counts
 * a full crypto engine queue. Once an SA has packets in flight, its later packets go the same way
 * whatever their size, so they never overtake the earlier ones (the peer's replay window).
 *
 * <p>Router-thread state (slots, batches, the batch being filled) is only touched there; a batch,
 * once shipped, belongs to the helper until it comes back. The executors' queues publish it.
 */
final class SealOffload {
    /** Below this, handing a packet over costs about what encrypting it does. */
    static final int MIN_BYTES = 512;
    static final int MAX_SLOTS = 256;
    static final int BATCH = 32;
    /** Room in front of a packet: the data plane's worst case plus an Ethernet header. */
    private static final int HEADROOM = IpsecDataPlane.HEADROOM + 32;

    /** Sends a finished packet from {@code b[off, off+len)} on the router's thread. */
    interface Sender {
        void send(byte[] b, int off, int len);
    }

    private final IpsecDataPlane dataPlane;
    private final Executor home;
    private final Sender sender;
    private final ArrayDeque<Slot> freeSlots = new ArrayDeque<>();
    private final ArrayDeque<Batch> freeBatches = new ArrayDeque<>();
    private int slots;
    private Batch filling;
    /** Batches filled and not yet sent, in order. */
    private final ArrayDeque<Batch> outstanding = new ArrayDeque<>();
    /** The batch last handed to the helper, until it comes back. */
    private Batch lastShipped;

    SealOffload(IpsecDataPlane dataPlane, Executor home, Sender sender) {
        this.dataPlane = dataPlane;
        this.home = home;
        this.sender = sender;
    }

    /** True if {@code bundle} should protect a packet of {@code length} bytes on the helper. */
    static boolean wants(SaBundle bundle, int length) {
        IpsecSa esp = bundle.esp();
        return esp != null && bundle.ah() == null && (length >= MIN_BYTES || esp.hasSealsInFlight());
    }

    /** Prepares {@code pkt} (released here) for {@code bundle} and queues it for {@code helper}. */
    void protect(SaBundle bundle, ByteBuf pkt, Executor helper) {
        int len = pkt.readableBytes();
        Slot s = take(HEADROOM + len + IpsecDataPlane.TAILROOM);
        if (s == null) {
            dataPlane.countEngineBusy(bundle.esp());
            pkt.release();
            return;
        }
        PacketWindow.copyOut(pkt, pkt.readerIndex(), s.buf, HEADROOM, len);
        pkt.release();
        s.window.set(s.buf, HEADROOM, len);
        Verdict v = dataPlane.outboundDeferred(bundle, s.window, s.seal);
        if (v != Verdict.PROTECTED) {
            freeSlots.push(s);
            return;
        }
        Batch b = filling;
        if (b == null || b.helper != helper) {
            b = freeBatches.isEmpty() ? new Batch() : freeBatches.pop();
            b.helper = helper;
            filling = b;
            home.execute(b.ship);
        }
        b.slots[b.count++] = s;
        if (b.count == BATCH) filling = null;
    }

    private Slot take(int size) {
        Slot s = freeSlots.poll();
        if (s == null) {
            if (slots == MAX_SLOTS) return null;
            slots++;
            s = new Slot();
        }
        if (s.buf.length < size) s.buf = new byte[Math.max(size, 2048)];
        return s;
    }

    /** One packet's room and state while it is away. */
    private static final class Slot {
        byte[] buf = new byte[0];
        final PacketBuffer window = new PacketBuffer();
        final PendingSeal seal = new PendingSeal();
        /** Set if sealing threw, on whichever thread sealed (a programming error): the packet is then dropped and counted. */
        boolean failed;
    }

    /**
     * Up to {@link #BATCH} packets, with the steps of their trip as reusable tasks. Batches are
     * sent in the order they were filled ({@link #outstanding}), whoever sealed them.
     */
    private final class Batch {
        final Slot[] slots = new Slot[BATCH];
        int count;
        Executor helper;
        /** Set by the helper when it starts on this batch; the router reads it to see if the helper keeps up. */
        volatile boolean claimed;
        /** Router thread: every packet is sealed, the batch may go once those before it went. */
        boolean sealed;
        /** Router thread: seal here or hand to the helper. */
        final Runnable ship = this::ship;
        /** Helper thread: encrypt and MAC every packet, then back home. */
        final Runnable seal = this::sealOnHelper;
        /** Router thread: the helper is done with this batch. */
        final Runnable land = this::landed;

        /**
         * Work sharing: if the batch handed over before is still waiting for the helper, the
         * helper's thread is busy (in a lab, with a router of its own), and another batch would
         * only queue up behind it while this thread could do the work; so this one is sealed
         * here. Either way it is sent after the batches before it.
         */
        private void ship() {
            if (filling == this) filling = null;
            outstanding.add(this);
            Batch last = lastShipped;
            if (last != null && !last.claimed) {
                sealHere();
                return;
            }
            claimed = false;
            lastShipped = this;
            try {
                helper.execute(seal);
            } catch (RejectedExecutionException e) {
                // The helper's loop is shutting down (the lab is closing): do the work here.
                lastShipped = null;
                sealHere();
            }
        }

        private void sealHere() {
            sealAll(false);
            sealed = true;
            sendReady();
        }

        private void sealOnHelper() {
            claimed = true;
            sealAll(true);
            try {
                home.execute(land);
            } catch (RejectedExecutionException e) {
                // The router's own loop is gone: nobody is left to send these packets to.
            }
        }

        /** Seals every packet with the helper's transforms or the router thread's. */
        private void sealAll(boolean onHelper) {
            for (int i = 0; i < count; i++) {
                Slot s = slots[i];
                try {
                    if (onHelper) s.seal.run();
                    else s.seal.runOnRouterThread();
                    s.failed = false;
                } catch (RuntimeException e) {
                    s.failed = true;
                }
            }
        }

        private void landed() {
            if (lastShipped == this) lastShipped = null;
            sealed = true;
            sendReady();
        }

        /** Sends every packet in order and frees the slots and the batch. */
        void send() {
            for (int i = 0; i < count; i++) {
                Slot s = slots[i];
                slots[i] = null;
                IpsecSa sa = s.seal.sa();
                s.seal.finish();
                if (s.failed) {
                    dataPlane.countEngineBusy(sa);
                } else {
                    sender.send(s.buf, s.window.offset(), s.window.length());
                }
                freeSlots.push(s);
            }
            count = 0;
            helper = null;
            sealed = false;
            freeBatches.push(this);
        }
    }

    /** Sends the sealed batches at the head of the line. */
    private void sendReady() {
        while (!outstanding.isEmpty() && outstanding.peek().sealed) outstanding.poll().send();
    }
}
