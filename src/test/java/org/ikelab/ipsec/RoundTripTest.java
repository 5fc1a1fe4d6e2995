package org.ikelab.ipsec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Router A protects, router B decapsulates: every transform combination, mode and encapsulation. */
class RoundTripTest {
    private final VirtualScheduler clock = new VirtualScheduler();
    private final RandomSource random = RandomSource.seeded(42);
    private final IpsecDataPlane a = new IpsecDataPlane(clock, RandomSource.seeded(1), null);
    private final IpsecDataPlane b = new IpsecDataPlane(clock, RandomSource.seeded(2), null);
    private final InboundResult result = new InboundResult();

    static Stream<Arguments> espCases() {
        List<Arguments> out = new ArrayList<>();
        for (Object[] s : Packets.espSuites()) {
            for (Mode m : Mode.values()) {
                for (boolean udp : new boolean[] {false, true}) {
                    for (boolean esn : new boolean[] {false, true}) out.add(Arguments.of(s[0], s[1], m, udp, esn));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} udp={3} esn={4}")
    @MethodSource("espCases")
    void espRoundTrip(EncryptionAlgorithm e, IntegrityAlgorithm i, Mode mode, boolean udp, boolean esn) {
        SaConfig.Builder[] pair = Packets.espPair(0x1000 + e.ordinal(), e, i, mode, udp, esn, random);
        IpsecSa out = a.install(pair[0].build());
        IpsecSa in = b.install(pair[1].build());
        boolean tunnel = mode == Mode.TUNNEL;
        for (int size : new int[] {28, 64, 333, 1400}) {
            byte[] inner = tunnel ? Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, size, size, true)
                    : Packets.icmpEcho(Packets.A, Packets.B, size, size, false);
            PacketBuffer p = Packets.buffer(inner);
            assertSame(Verdict.PROTECTED, a.outbound(out, p));
            byte[] w = p.array();
            int o = p.offset();
            assertEquals(udp ? Ipv4.PROTO_UDP : 50, Ipv4.protocol(w, o));
            assertTrue(Ipv4.checksumValid(w, o));
            assertEquals(p.length(), Ipv4.totalLength(w, o));
            assertEquals(Packets.A, Ipv4.source(w, o));
            assertEquals(Packets.B, Ipv4.destination(w, o));
            if (tunnel) assertEquals(Ipv4.DF, Ipv4.flagsFragment(w, o) & Ipv4.DF, "df-bit copy");
            PacketBuffer q = Packets.wire(p);
            assertSame(Verdict.DELIVER, b.inbound(q, result));
            assertArrayEquals(inner, q.toArray());
            assertSame(in, result.esp());
        }
        assertEquals(4, out.counters().encaps());
        assertEquals(e.encrypts() ? 4 : 0, out.counters().encrypt());
        boolean auth = e.combinedMode() || i != IntegrityAlgorithm.NONE;
        assertEquals(auth ? 4 : 0, out.counters().digest());
        assertEquals(4, in.counters().decaps());
        assertEquals(e.encrypts() ? 4 : 0, in.counters().decrypt());
        assertEquals(auth ? 4 : 0, in.counters().verify());
        assertEquals(0, in.counters().recvErrors());
        assertEquals(auth || esn ? 4 : 0, in.replayTop(), "window only with integrity (IOS: replay detection support)");
    }

    static Stream<Arguments> ahCases() {
        List<Arguments> out = new ArrayList<>();
        for (IntegrityAlgorithm i : IntegrityAlgorithm.values()) {
            if (i == IntegrityAlgorithm.NONE) continue;
            for (Mode m : Mode.values()) out.add(Arguments.of(i, m));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("ahCases")
    void ahRoundTrip(IntegrityAlgorithm i, Mode mode) {
        SaConfig.Builder[] pair = Packets.ahPair(0x2000, i, random);
        IpsecSa out = a.install(pair[0].mode(mode).build());
        IpsecSa in = b.install(pair[1].mode(mode).build());
        boolean tunnel = mode == Mode.TUNNEL;
        byte[] inner = tunnel ? Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 100, 1, false)
                : Packets.icmpEcho(Packets.A, Packets.B, 100, 1, false);
        PacketBuffer p = Packets.buffer(inner);
        assertSame(Verdict.PROTECTED, a.outbound(out, p));
        assertEquals(51, Ipv4.protocol(p.array(), p.offset()));
        PacketBuffer q = Packets.wire(p);
        // Mutable fields change in transit and must not break the ICV (RFC 4302 §3.3.3.1.1).
        byte[] w = q.array();
        int o = q.offset();
        w[o + Ipv4.TTL] = 17;
        w[o + Ipv4.TOS] = (byte) 0xB8;
        Ipv4.updateChecksum(w, o);
        assertSame(Verdict.DELIVER, b.inbound(q, result));
        byte[] got = q.toArray();
        if (!tunnel) {
            // Transport: the header arrives with the TTL/TOS the network left.
            inner[Ipv4.TTL] = 17;
            inner[Ipv4.TOS] = (byte) 0xB8;
            Ipv4.updateChecksum(inner, 0);
        }
        assertArrayEquals(inner, got);
        assertSame(in, result.ah());
        assertEquals(1, in.counters().verify());
        assertEquals(1, out.counters().digest());
        assertEquals(0, out.counters().encrypt());
    }

    @Test
    void ahWithOptionsAuthenticatesImmutableOptionsOnly() {
        SaConfig.Builder[] pair = Packets.ahPair(0x2100, IntegrityAlgorithm.HMAC_SHA1_96, random);
        IpsecSa out = a.install(pair[0].mode(Mode.TRANSPORT).build());
        b.install(pair[1].mode(Mode.TRANSPORT).build());
        // A 24-byte header: router alert (immutable, 148) in the options.
        byte[] plain = Packets.icmpEcho(Packets.A, Packets.B, 60, 1, false);
        byte[] inner = new byte[plain.length + 4];
        System.arraycopy(plain, 0, inner, 0, 20);
        inner[20] = (byte) 148;
        inner[21] = 4;
        System.arraycopy(plain, 20, inner, 24, plain.length - 20);
        inner[0] = 0x46;
        Ipv4.putU16(inner, Ipv4.TOTAL_LENGTH, inner.length);
        Ipv4.updateChecksum(inner, 0);
        PacketBuffer p = Packets.buffer(inner);
        assertSame(Verdict.PROTECTED, a.outbound(out, p));
        PacketBuffer q = Packets.wire(p);
        assertSame(Verdict.DELIVER, b.inbound(q, result));
        assertArrayEquals(inner, q.toArray());
        // Changing the immutable option breaks the ICV.
        PacketBuffer p2 = Packets.buffer(inner);
        a.outbound(out, p2);
        PacketBuffer q2 = Packets.wire(p2);
        q2.array()[q2.offset() + 23] = 9;
        assertSame(Verdict.ICV_FAILED, b.inbound(q2, result));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void ahPlusEspBundle(Mode mode) {
        SaConfig.Builder[] esp = Packets.espPair(0x3001, EncryptionAlgorithm.AES_CBC_256, IntegrityAlgorithm.HMAC_SHA2_256_128, random);
        SaConfig.Builder[] ah = Packets.ahPair(0x3002, IntegrityAlgorithm.HMAC_SHA1_96, random);
        IpsecSa espOut = a.install(esp[0].mode(mode).build());
        IpsecSa ahOut = a.install(ah[0].mode(mode).build());
        IpsecSa espIn = b.install(esp[1].mode(mode).build());
        IpsecSa ahIn = b.install(ah[1].mode(mode).build());
        SaBundle bundle = new SaBundle(espOut, ahOut);
        boolean tunnel = mode == Mode.TUNNEL;
        byte[] inner = tunnel ? Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 500, 3, false)
                : Packets.icmpEcho(Packets.A, Packets.B, 500, 3, false);
        PacketBuffer p = Packets.buffer(inner);
        assertSame(Verdict.PROTECTED, a.outbound(bundle, p));
        byte[] w = p.array();
        assertEquals(51, Ipv4.protocol(w, p.offset()));
        assertEquals(50, w[p.offset() + 20] & 0xFF, "AH next header is ESP");
        PacketBuffer q = Packets.wire(p);
        assertSame(Verdict.DELIVER, b.inbound(q, result));
        assertArrayEquals(inner, q.toArray());
        assertSame(espIn, result.esp());
        assertSame(ahIn, result.ah());
        assertEquals(1, espIn.counters().decaps());
        assertEquals(1, ahIn.counters().verify());
    }

    @Test
    void headroomAndTailroomConstantsAreEnough() {
        SaConfig.Builder[] esp = Packets.espPair(0x3101, EncryptionAlgorithm.AES_CBC_256, IntegrityAlgorithm.HMAC_SHA2_512_256, random);
        SaConfig.Builder[] ah = Packets.ahPair(0x3102, IntegrityAlgorithm.HMAC_SHA2_512_256, random);
        SaBundle worst = new SaBundle(a.install(esp[0].build()), a.install(ah[0].build()));
        SaConfig.Builder[] nat = Packets.espPair(0x3103, EncryptionAlgorithm.AES_CBC_256, IntegrityAlgorithm.HMAC_SHA2_512_256, random);
        SaBundle natT = SaBundle.of(a.install(nat[0].udpEncap(4500, 4500).build()));
        for (SaBundle bundle : new SaBundle[] {worst, natT}) {
            for (int size = 28; size < 60; size++) {
                byte[] inner = Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, size, size, false);
                byte[] arr = new byte[IpsecDataPlane.HEADROOM + size + IpsecDataPlane.TAILROOM];
                System.arraycopy(inner, 0, arr, IpsecDataPlane.HEADROOM, size);
                assertSame(Verdict.PROTECTED, a.outbound(bundle, new PacketBuffer(arr, IpsecDataPlane.HEADROOM, size)));
            }
        }
        byte[] inner = Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 100, 1, false);
        assertSame(Verdict.NO_ROOM, a.outbound(worst, new PacketBuffer(inner, 0, inner.length)));
        assertEquals(1, worst.esp().counters().internalErrorSend());
    }

    static Stream<Mode> modes() {
        return Stream.of(Mode.values());
    }

    @Test
    void dfBitPolicies() {
        for (DfBitPolicy d : DfBitPolicy.values()) {
            SaConfig.Builder[] pair = Packets.espPair(0x4000 + d.ordinal(), EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96, random);
            IpsecSa out = a.install(pair[0].dfBit(d).build());
            for (boolean innerDf : new boolean[] {false, true}) {
                PacketBuffer p = Packets.buffer(Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, 100, 1, innerDf));
                a.outbound(out, p);
                boolean outerDf = (Ipv4.flagsFragment(p.array(), p.offset()) & Ipv4.DF) != 0;
                boolean expected = d == DfBitPolicy.SET || (d == DfBitPolicy.COPY && innerDf);
                assertEquals(expected, outerDf, d + " inner df=" + innerDf);
            }
        }
    }

    @Test
    void natTransportModeFixesInnerUdpChecksum() {
        // The peer computed the UDP checksum over its private address; a NAT changed the outer
        // source; RFC 3948 §3.1.2 has us recompute it over the addresses we see.
        SaConfig.Builder[] pair = Packets.espPair(0x5000, EncryptionAlgorithm.AES_GCM_16_128, IntegrityAlgorithm.NONE, random);
        IpsecSa out = a.install(pair[0].mode(Mode.TRANSPORT).udpEncap(4500, 4500).build());
        b.install(pair[1].mode(Mode.TRANSPORT).udpEncap(4500, 4500).build());
        byte[] inner = Packets.udp(Packets.A, Packets.B, 1701, 1701, 40);
        PacketBuffer p = Packets.buffer(inner);
        assertSame(Verdict.PROTECTED, a.outbound(out, p));
        PacketBuffer q = Packets.wire(p);
        assertSame(Verdict.DELIVER, b.inbound(q, result));
        byte[] got = q.toArray();
        int s = Ipv4.sum(got, 12, 8, Ipv4.PROTO_UDP + got.length - 20);
        s = Ipv4.sum(got, 20, got.length - 20, s);
        assertEquals(0xFFFF, s, "UDP checksum verifies");
    }

    @Test
    void plaintextMtuMatchesIos() {
        RandomSource r = RandomSource.seeded(3);
        // IOS reference §4.3 plaintext mtu figures on a 1500-byte path.
        assertEquals(1438, mtu(EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96, Mode.TUNNEL, false, r));
        assertEquals(1438, mtu(EncryptionAlgorithm.AES_CBC_256, IntegrityAlgorithm.HMAC_SHA2_256_128, Mode.TUNNEL, false, r));
        assertEquals(1458, mtu(EncryptionAlgorithm.AES_CBC_256, IntegrityAlgorithm.HMAC_SHA2_256_128, Mode.TRANSPORT, false, r));
        assertEquals(1466, mtu(EncryptionAlgorithm.AES_GCM_16_256, IntegrityAlgorithm.NONE, Mode.TRANSPORT, false, r));
        assertEquals(1422, mtu(EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA2_512_256, Mode.TUNNEL, false, r));
    }

    private int mtu(EncryptionAlgorithm e, IntegrityAlgorithm i, Mode m, boolean udp, RandomSource r) {
        SaConfig.Builder[] pair = Packets.espPair(0x6000 + r.nextInt(10000), e, i, r);
        if (udp) pair[0].udpEncap(4500, 4500);
        IpsecSa sa = a.install(pair[0].mode(m).build());
        int mtu = SaBundle.of(sa).plaintextMtu(1500);
        // And the figure is exact: mtu bytes fit, one more does not.
        byte[] inner = m == Mode.TUNNEL ? Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, mtu, 1, false)
                : Packets.icmpEcho(Packets.A, Packets.B, mtu, 1, false);
        PacketBuffer p = Packets.buffer(inner);
        a.outbound(sa, p);
        assertTrue(p.length() <= 1500, "fits");
        return mtu;
    }
}
