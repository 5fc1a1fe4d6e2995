package org.ikelab.ipsec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** RFC 4303 §3.4.3 anti-replay: window edges, duplicates, old packets, big jumps, ESN. */
class ReplayWindowTest {

    @Test
    void edgesOfA64Window() {
        ReplayWindow w = new ReplayWindow(64);
        assertEquals(ReplayWindow.Check.ZERO, w.check(0), "sequence 0 is never sent");
        accept(w, 1);
        assertEquals(ReplayWindow.Check.DUPLICATE, w.check(1));
        accept(w, 100);
        // Window is [37, 100]: 37 is the oldest acceptable, 36 is too old.
        assertEquals(ReplayWindow.Check.OK, w.check(37));
        assertEquals(ReplayWindow.Check.TOO_OLD, w.check(36));
        accept(w, 37);
        assertEquals(ReplayWindow.Check.DUPLICATE, w.check(37));
        assertEquals(ReplayWindow.Check.DUPLICATE, w.check(100));
        assertEquals(ReplayWindow.Check.OK, w.check(99));
        accept(w, 101);
        assertEquals(ReplayWindow.Check.TOO_OLD, w.check(37), "the window slid past 37");
    }

    @Test
    void bigJumpClearsTheWholeRing() {
        for (int size : new int[] {64, 128, 256, 512, 1024}) {
            ReplayWindow w = new ReplayWindow(size);
            for (int s = 1; s <= size; s++) accept(w, s);
            long far = 1_000_000_007L;
            accept(w, far);
            for (long s = far - size + 1; s < far; s++) assertEquals(ReplayWindow.Check.OK, w.check(s), "size " + size + " seq " + s);
            assertEquals(ReplayWindow.Check.TOO_OLD, w.check(far - size));
            assertEquals(ReplayWindow.Check.DUPLICATE, w.check(far));
        }
    }

    @Test
    void matchesANaiveModelOnRandomTraffic() {
        // Reordering, duplication and loss, seeded; the reference keeps every number ever accepted.
        for (int size : new int[] {64, 128, 1024}) {
            ReplayWindow w = new ReplayWindow(size);
            BitSet seen = new BitSet();
            SplittableRandom r = new SplittableRandom(size);
            long top = 0;
            for (int i = 0; i < 200_000; i++) {
                long seq = Math.max(1, top + r.nextInt(-size - 40, 60));
                ReplayWindow.Check expected = seq > top ? ReplayWindow.Check.OK
                        : top - seq >= size ? ReplayWindow.Check.TOO_OLD
                        : seen.get((int) seq) ? ReplayWindow.Check.DUPLICATE : ReplayWindow.Check.OK;
                assertEquals(expected, w.check(seq), "seq " + seq + " top " + top);
                if (expected == ReplayWindow.Check.OK) {
                    w.update(seq);
                    seen.set((int) seq);
                    top = Math.max(top, seq);
                }
            }
        }
    }

    @Test
    void esnInferenceAcrossTheWrap() {
        // RFC 4303 Appendix A2.2.
        ReplayWindow w = new ReplayWindow(64);
        accept(w, 0xFFFFFFF0L);
        assertEquals(0xFFFFFFF5L, w.inferEsn(0xFFFFFFF5L));
        assertEquals(0x1_0000_0002L, w.inferEsn(2), "small low half after a high top: next cycle");
        accept(w, 0x1_0000_0002L);
        assertEquals(0xFFFFFFF8L, w.inferEsn(0xFFFFFFF8L), "just before the wrap, still inside the window: previous cycle");
        assertEquals(0x1_0000_0003L, w.inferEsn(3));
    }

    @Test
    void onlyIosSizes() {
        assertThrows(IllegalArgumentException.class, () -> new ReplayWindow(32));
        assertThrows(IllegalArgumentException.class, () -> new ReplayWindow(100));
        assertThrows(IllegalArgumentException.class, () -> new ReplayWindow(2048));
    }

    @Test
    void replayedEspPacketsAreDroppedAndCounted() {
        VirtualScheduler clock = new VirtualScheduler();
        IpsecDataPlane a = new IpsecDataPlane(clock, RandomSource.seeded(1), null);
        IpsecDataPlane b = new IpsecDataPlane(clock, RandomSource.seeded(2), null);
        SaConfig.Builder[] pair = Packets.espPair(0x777, EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96, RandomSource.seeded(3));
        IpsecSa out = a.install(pair[0].build());
        IpsecSa in = b.install(pair[1].replayWindow(128).build());
        PacketBuffer[] sent = new PacketBuffer[300];
        for (int i = 0; i < sent.length; i++) {
            PacketBuffer p = Packets.buffer(Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 84, i, false));
            a.outbound(out, p);
            sent[i] = p;
        }
        InboundResult r = new InboundResult();
        assertEquals(Verdict.DELIVER, b.inbound(Packets.wire(sent[299]), r));
        assertEquals(Verdict.DELIVER, b.inbound(Packets.wire(sent[200]), r), "inside the 128 window, late but new");
        assertEquals(Verdict.REPLAY, b.inbound(Packets.wire(sent[200]), r), "duplicate");
        assertEquals(Verdict.REPLAY, b.inbound(Packets.wire(sent[10]), r), "left of the window");
        assertEquals(2, in.counters().replayFailed());
        assertEquals(2, in.counters().recvErrors());
        assertEquals(2, in.counters().decaps());
        // A forged packet with a far-ahead sequence number must not move the window.
        PacketBuffer forged = Packets.wire(sent[298]);
        forged.array()[forged.offset() + 20 + 4] = 0x7F;
        assertEquals(Verdict.ICV_FAILED, b.inbound(forged, r));
        assertEquals(Verdict.DELIVER, b.inbound(Packets.wire(sent[298]), r));
    }

    private static void accept(ReplayWindow w, long seq) {
        assertEquals(ReplayWindow.Check.OK, w.check(seq), "seq " + seq);
        w.update(seq);
    }
}
