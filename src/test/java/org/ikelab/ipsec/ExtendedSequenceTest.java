package org.ikelab.ipsec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ESN (RFC 4303 §2.2.1, Appendix A): traffic keeps flowing across 2^32, the high half never on the wire. */
class ExtendedSequenceTest {

    @ParameterizedTest
    @EnumSource(value = EncryptionAlgorithm.class, names = {"AES_CBC_128", "AES_GCM_16_128", "AES_GMAC_128"})
    void espAcrossTheLowHalfWrap(EncryptionAlgorithm e) {
        run(Packets.espPair(0x7001, e, e.combinedMode() ? IntegrityAlgorithm.NONE : IntegrityAlgorithm.HMAC_SHA2_256_128, RandomSource.seeded(4)));
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class)
    void ahAcrossTheLowHalfWrap(Mode m) {
        SaConfig.Builder[] pair = Packets.ahPair(0x7002, IntegrityAlgorithm.HMAC_SHA1_96, RandomSource.seeded(5));
        pair[0].mode(m);
        pair[1].mode(m);
        run(pair);
    }

    private static void run(SaConfig.Builder[] pair) {
        VirtualScheduler clock = new VirtualScheduler();
        IpsecDataPlane a = new IpsecDataPlane(clock, RandomSource.seeded(1), null);
        IpsecDataPlane b = new IpsecDataPlane(clock, RandomSource.seeded(2), null);
        IpsecSa out = a.install(pair[0].esn(true).build());
        IpsecSa in = b.install(pair[1].esn(true).build());
        out.sequence = 0xFFFFFFF0L;
        InboundResult r = new InboundResult();
        PacketBuffer late = null;
        boolean tunnel = out.config().mode() == Mode.TUNNEL;
        for (int i = 0; i < 40; i++) {
            byte[] inner = tunnel ? Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 60, i, false)
                    : Packets.icmpEcho(Packets.A, Packets.B, 60, i, false);
            PacketBuffer p = Packets.buffer(inner);
            assertSame(Verdict.PROTECTED, a.outbound(out, p));
            if (i == 10) {
                late = Packets.wire(p); // sequence 0xFFFFFFFB, delivered after the wrap
                continue;
            }
            PacketBuffer q = Packets.wire(p);
            assertSame(Verdict.DELIVER, b.inbound(q, r), "packet " + i);
            assertArrayEquals(inner, q.toArray());
        }
        assertEquals(0x1_0000_0018L, in.replayTop());
        assertSame(Verdict.DELIVER, b.inbound(late, r), "late packet from the previous 2^32 cycle, inside the window");
        assertEquals(40, in.counters().decaps());
    }
}
