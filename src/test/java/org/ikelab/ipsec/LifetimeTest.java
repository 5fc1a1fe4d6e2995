package org.ikelab.ipsec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;
import org.junit.jupiter.api.Test;

/** Soft and hard lifetimes on virtual time: an hour in milliseconds. */
class LifetimeTest {
    private final VirtualScheduler clock = new VirtualScheduler();
    private final List<String> events = new ArrayList<>();
    private final IpsecEventListener listener = new IpsecEventListener() {
        @Override public void onSoftExpire(IpsecSa sa, ExpiryCause cause) { events.add(clock.nanoTime() / 1_000_000_000L + "s soft " + cause + " " + Long.toHexString(sa.spi())); }
        @Override public void onHardExpire(IpsecSa sa, ExpiryCause cause) { events.add(clock.nanoTime() / 1_000_000_000L + "s hard " + cause + " " + Long.toHexString(sa.spi())); }
        @Override public void onInvalidSpi(IpsecProtocol p, int src, int dst, long spi) { events.add("invalid spi " + Long.toHexString(spi)); }
    };
    private final IpsecDataPlane a = new IpsecDataPlane(clock, RandomSource.seeded(1), listener);
    private final IpsecDataPlane b = new IpsecDataPlane(clock, RandomSource.seeded(2), listener);

    @Test
    void secondsLifetimeSoftThenHard() {
        SaConfig.Builder[] pair = Packets.espPair(0xabc, EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96, RandomSource.seeded(3));
        IpsecSa out = a.install(pair[0].lifetime(Lifetime.ios(3600, 4_608_000)).build());
        assertEquals(3600, out.remainingSeconds(clock.nanoTime()));
        assertEquals(4_608_000, out.remainingKilobytes());
        clock.advance(Duration.ofSeconds(1000));
        assertEquals(2600, out.remainingSeconds(clock.nanoTime()));
        clock.advance(Duration.ofSeconds(3000));
        assertEquals(List.of("3240s soft TIME abc", "3600s hard TIME abc"), events);
        assertSame(IpsecSa.State.EXPIRED, out.state());
        PacketBuffer p = Packets.buffer(Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 100, 1, false));
        assertSame(Verdict.SA_EXPIRED, a.outbound(out, p));
        assertEquals(1, out.counters().sendErrors());
    }

    @Test
    void byteLifetimeSoftBeforeHardAndHardStopsTraffic() {
        SaConfig.Builder[] pair = Packets.espPair(0xdef, EncryptionAlgorithm.AES_GCM_16_128, IntegrityAlgorithm.NONE, RandomSource.seeded(3));
        // Soft at 1000 bytes, hard at 2000 bytes of plaintext.
        IpsecSa out = a.install(pair[0].lifetime(new Lifetime(0, 0, 1000, 2000)).build());
        IpsecSa in = b.install(pair[1].lifetime(new Lifetime(0, 0, 1000, 2000)).build());
        InboundResult r = new InboundResult();
        int delivered = 0;
        for (int i = 0; i < 10; i++) {
            PacketBuffer p = Packets.buffer(Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 300, i, false));
            Verdict v = a.outbound(out, p);
            clock.runDue();
            if (v != Verdict.PROTECTED) break;
            if (b.inbound(Packets.wire(p), r) == Verdict.DELIVER) delivered++;
            clock.runDue();
        }
        // 300-byte packets: soft crossed by the 4th (1200 B), hard reached by the 7th (2100 B).
        assertEquals(7, delivered);
        assertEquals(List.of("0s soft BYTES def", "0s soft BYTES def", "0s hard BYTES def", "0s hard BYTES def"), events);
        assertSame(IpsecSa.State.EXPIRED, out.state());
        assertSame(IpsecSa.State.EXPIRED, in.state());
        assertEquals(0, out.remainingKilobytes());
        assertEquals(1, out.counters().sendErrors());
    }

    @Test
    void removedSaGivesInvalidSpi() {
        SaConfig.Builder[] pair = Packets.espPair(0x999, EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96, RandomSource.seeded(3));
        IpsecSa out = a.install(pair[0].lifetime(Lifetime.ios(60, 0)).build());
        IpsecSa in = b.install(pair[1].build());
        assertSame(in, b.find(Direction.INBOUND, IpsecProtocol.ESP, 0x999));
        assertSame(null, b.find(Direction.OUTBOUND, IpsecProtocol.ESP, 0x999));
        b.remove(in);
        assertSame(null, b.find(Direction.INBOUND, IpsecProtocol.ESP, 0x999));
        assertSame(IpsecSa.State.DELETED, in.state());
        PacketBuffer p = Packets.buffer(Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 100, 1, false));
        a.outbound(out, p);
        assertSame(Verdict.INVALID_SPI, b.inbound(Packets.wire(p), new InboundResult()));
        assertEquals(1, b.counters().invalidSpi());
        a.remove(out);
        clock.advance(Duration.ofSeconds(120));
        assertEquals(List.of("invalid spi 999"), events, "timers of a removed SA are cancelled");
    }

    @Test
    void sequenceExhaustionIsAHardExpiry() {
        SaConfig.Builder[] pair = Packets.espPair(0x123, EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96, RandomSource.seeded(3));
        IpsecSa out = a.install(pair[0].build());
        out.sequence = 0xFFFFFFFEL;
        PacketBuffer p = Packets.buffer(Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 100, 1, false));
        assertSame(Verdict.PROTECTED, a.outbound(out, p));
        p = Packets.buffer(Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 100, 2, false));
        assertSame(Verdict.SEQUENCE_EXHAUSTED, a.outbound(out, p));
        clock.runDue();
        assertEquals(List.of("0s hard SEQUENCE 123"), events);
        assertEquals(1, out.counters().replayRolloverSend());
    }
}
