package org.ikelab.ipsec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;
import org.ikelab.wire.esp.EspHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ESP outbound in two halves ({@link IpsecDataPlane#outboundDeferred} then {@link PendingSeal}):
 * whichever set of transforms seals a packet (the helper's, the router thread's, or the plain
 * one-step path), the peer decapsulates exactly the packet that went in, and the SA counts each
 * packet once, with consecutive sequence numbers.
 */
class DeferredSealTest {
    private final VirtualScheduler clock = new VirtualScheduler();
    private final RandomSource random = RandomSource.seeded(7);
    private final IpsecDataPlane a = new IpsecDataPlane(clock, RandomSource.seeded(1), null);
    private final IpsecDataPlane b = new IpsecDataPlane(clock, RandomSource.seeded(2), null);
    private final InboundResult result = new InboundResult();

    @ParameterizedTest(name = "{0} {1} {2} udp={3} esn={4}")
    @MethodSource("org.ikelab.ipsec.RoundTripTest#espCases")
    void everyWayOfSealingGivesThePeerTheSamePacket(EncryptionAlgorithm e, IntegrityAlgorithm i, Mode mode, boolean udp, boolean esn) {
        SaConfig.Builder[] pair = Packets.espPair(0x4000 + e.ordinal(), e, i, mode, udp, esn, random);
        IpsecSa out = a.install(pair[0].build());
        IpsecSa in = b.install(pair[1].build());
        SaBundle bundle = SaBundle.of(out);
        boolean tunnel = mode == Mode.TUNNEL;
        int n = 0;
        for (int size : new int[] {28, 333, 1400}) {
            for (int way = 0; way < 3; way++) {
                byte[] inner = tunnel ? Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, size, n, true)
                        : Packets.icmpEcho(Packets.A, Packets.B, size, n, false);
                PacketBuffer p = Packets.buffer(inner);
                PendingSeal seal = new PendingSeal();
                if (way == 2) {
                    assertSame(Verdict.PROTECTED, a.outbound(bundle, p));
                } else {
                    assertSame(Verdict.PROTECTED, a.outboundDeferred(bundle, p, seal));
                    assertTrue(out.hasSealsInFlight());
                    if (way == 0) seal.run();
                    else seal.runOnRouterThread();
                    seal.finish();
                    assertFalse(out.hasSealsInFlight());
                }
                n++;
                int esp = p.offset() + Ipv4.headerLength(p.array(), p.offset()) + (udp ? 8 : 0);
                assertEquals(n, EspHeader.sequence(p.array(), esp), "sequence numbers in order, whoever sealed");
                PacketBuffer q = Packets.wire(p);
                assertSame(Verdict.DELIVER, b.inbound(q, result), "way " + way + ", " + size + " B");
                assertArrayEquals(inner, q.toArray());
            }
        }
        assertEquals(n, out.counters().encaps());
        assertEquals(n, in.counters().decaps());
        assertEquals(0, in.counters().recvErrors());
    }

    @Test
    void onlyEspAloneCanBeSealedLater() {
        SaConfig.Builder[] esp = Packets.espPair(0x4101, EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96, random);
        SaConfig.Builder[] ah = Packets.ahPair(0x4102, IntegrityAlgorithm.HMAC_SHA1_96, random);
        SaBundle bundle = new SaBundle(a.install(esp[0].build()), a.install(ah[0].build()));
        PacketBuffer p = Packets.buffer(Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 600, 1, false));
        assertThrows(IllegalArgumentException.class, () -> a.outboundDeferred(bundle, p, new PendingSeal()));
    }

    @Test
    void aDropIsCountedAndLeavesNothingInFlight() {
        SaConfig.Builder[] esp = Packets.espPair(0x4201, EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96, random);
        IpsecSa out = a.install(esp[0].build());
        a.remove(out);
        PacketBuffer p = Packets.buffer(Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 600, 1, false));
        assertSame(Verdict.SA_EXPIRED, a.outboundDeferred(SaBundle.of(out), p, new PendingSeal()));
        assertFalse(out.hasSealsInFlight());
        assertEquals(1, out.counters().sendErrors());
        a.countEngineBusy(out);
        assertEquals(1, out.counters().internalErrorSend(), "internal err (send): a full crypto engine queue");
        assertEquals(2, out.counters().sendErrors());
    }
}
