package org.ikelab.ipsec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;
import org.junit.jupiter.api.Test;

/**
 * Robustness (ARCHITECTURE decision 4): a million generated packets per decoder, seeded:
 * truncated, bit-flipped, length-mangled, replayed, wrong-SPI and pure garbage variants of valid
 * ESP (raw and UDP-encapsulated) and AH packets. Nothing may throw, and every packet must be
 * accounted for exactly once: delivered, or counted as a drop on its SA or on the data plane.
 */
class MalformedInputTest {
    private static final int PER_DECODER = 1_000_000;

    private final VirtualScheduler clock = new VirtualScheduler();
    private final IpsecDataPlane tx = new IpsecDataPlane(clock, RandomSource.seeded(1), null);
    private final IpsecDataPlane rx = new IpsecDataPlane(clock, RandomSource.seeded(2), null);
    private final List<IpsecSa> inbound = new ArrayList<>();

    @Test
    void espDecoderSurvivesAMillionBadPackets() {
        RandomSource r = RandomSource.seeded(7);
        List<SaConfig.Builder[]> pairs = new ArrayList<>();
        long spi = 0x10000;
        pairs.add(Packets.espPair(spi++, EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96, r));
        pairs.add(Packets.espPair(spi++, EncryptionAlgorithm.AES_GCM_16_128, IntegrityAlgorithm.NONE, r));
        pairs.add(Packets.espPair(spi++, EncryptionAlgorithm.AES_GCM_8_256, IntegrityAlgorithm.NONE, r));
        pairs.add(Packets.espPair(spi++, EncryptionAlgorithm.NULL, IntegrityAlgorithm.HMAC_SHA2_256_128, r));
        pairs.add(Packets.espPair(spi++, EncryptionAlgorithm.TRIPLE_DES_CBC, IntegrityAlgorithm.NONE, r));
        pairs.add(Packets.espPair(spi++, EncryptionAlgorithm.AES_GMAC_128, IntegrityAlgorithm.NONE, r));
        SaConfig.Builder[] t = Packets.espPair(spi++, EncryptionAlgorithm.AES_CBC_256, IntegrityAlgorithm.HMAC_SHA2_384_192, r);
        t[0].mode(Mode.TRANSPORT).udpEncap(4500, 4500).esn(true);
        t[1].mode(Mode.TRANSPORT).udpEncap(4500, 4500).esn(true);
        pairs.add(t);
        SaConfig.Builder[] u = Packets.espPair(spi, EncryptionAlgorithm.DES_CBC, IntegrityAlgorithm.NONE, r);
        u[0].udpEncap(4500, 4500);
        u[1].udpEncap(4500, 4500);
        pairs.add(u);
        run(templates(pairs), 11);
    }

    @Test
    void ahDecoderSurvivesAMillionBadPackets() {
        RandomSource r = RandomSource.seeded(8);
        List<SaConfig.Builder[]> pairs = new ArrayList<>();
        pairs.add(Packets.ahPair(0x20000, IntegrityAlgorithm.HMAC_SHA1_96, r));
        pairs.add(Packets.ahPair(0x20001, IntegrityAlgorithm.HMAC_SHA2_512_256, r));
        SaConfig.Builder[] t = Packets.ahPair(0x20002, IntegrityAlgorithm.HMAC_MD5_96, r);
        t[0].mode(Mode.TRANSPORT).esn(true);
        t[1].mode(Mode.TRANSPORT).esn(true);
        pairs.add(t);
        run(templates(pairs), 12);
    }

    /** Valid packets (several sizes) for each pair; the inbound halves go into {@link #rx}. */
    private List<byte[]> templates(List<SaConfig.Builder[]> pairs) {
        List<byte[]> out = new ArrayList<>();
        for (SaConfig.Builder[] pair : pairs) {
            IpsecSa sa = tx.install(pair[0].build());
            inbound.add(rx.install(pair[1].build()));
            boolean tunnel = sa.config().mode() == Mode.TUNNEL;
            for (int size : new int[] {28, 61, 200}) {
                PacketBuffer p = Packets.buffer(tunnel ? Packets.icmpEcho(Packets.NET_A_HOST, Packets.NET_B_HOST, size, size, false)
                        : Packets.icmpEcho(Packets.A, Packets.B, size, size, false));
                assertEquals(Verdict.PROTECTED, tx.outbound(sa, p));
                out.add(p.toArray());
                sa.sequence += 3; // leave holes in the receiver's window
            }
        }
        return out;
    }

    private void run(List<byte[]> templates, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] buf = new byte[2048];
        PacketBuffer p = new PacketBuffer();
        InboundResult result = new InboundResult();
        Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        for (int i = 0; i < PER_DECODER; i++) {
            byte[] t = templates.get(r.nextInt(templates.size()));
            int len = mutate(t, buf, 64, r);
            p.set(buf, 64, len);
            Verdict v = rx.inbound(p, result);
            verdicts.merge(v, 1L, Long::sum);
        }
        long total = verdicts.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(PER_DECODER, total);
        // Every packet is accounted for exactly once.
        long saDrops = 0;
        long delivered = 0;
        for (IpsecSa sa : inbound) {
            saDrops += sa.counters().recvErrors();
            delivered += sa.counters().decaps();
        }
        DataPlaneCounters d = rx.counters();
        long planeDrops = d.invalidSpi() + d.truncated() + d.fragments() + d.natKeepalives() + d.dummies();
        long passedOn = verdicts.getOrDefault(Verdict.NOT_IPSEC, 0L) + verdicts.getOrDefault(Verdict.IKE, 0L);
        assertEquals(PER_DECODER, saDrops + delivered + planeDrops + passedOn, verdicts.toString());
        assertTrue(verdicts.getOrDefault(Verdict.DELIVER, 0L) > 0, "some survive: " + verdicts);
        assertTrue(verdicts.getOrDefault(Verdict.ICV_FAILED, 0L) > 0, "some fail the ICV: " + verdicts);
        assertTrue(verdicts.getOrDefault(Verdict.INVALID_SPI, 0L) > 0, "some hit unknown SPIs: " + verdicts);
        assertTrue(verdicts.getOrDefault(Verdict.REPLAY, 0L) > 0, "some are replays: " + verdicts);
        System.out.println(verdicts);
    }

    /** Writes a variant of {@code t} into {@code buf} at {@code off}; returns its length. */
    private static int mutate(byte[] t, byte[] buf, int off, SplittableRandom r) {
        int len = t.length;
        System.arraycopy(t, 0, buf, off, len);
        switch (r.nextInt(10)) {
            case 0 -> { } // replay of a valid packet (the first copy may be accepted)
            case 1 -> { // truncate, keeping the IPv4 total length consistent half the time
                len = r.nextInt(len + 1);
                if (len >= 20 && r.nextBoolean()) fixIp(buf, off, len);
            }
            case 2 -> { // flip 1..4 random bits anywhere past the IP header
                for (int k = 1 + r.nextInt(4); k > 0; k--) buf[off + 20 + r.nextInt(len - 20)] ^= (byte) (1 << r.nextInt(8));
            }
            case 3 -> { // random SPI (mostly unknown)
                int at = off + 20 + (Ipv4.protocol(buf, off) == Ipv4.PROTO_UDP ? 8 : Ipv4.protocol(buf, off) == 51 ? 4 : 0);
                Ipv4.putS32(buf, at, r.nextInt());
            }
            case 4 -> { // garbage payload after a valid header of the same protocol
                for (int i = off + 28; i < off + len; i++) buf[i] = (byte) r.nextInt();
            }
            case 5 -> { // mangled IPv4 header fields
                int f = r.nextInt(4);
                if (f == 0) Ipv4.putU16(buf, off + 2, r.nextInt(0x10000));
                if (f == 1) buf[off] = (byte) (0x40 | r.nextInt(16));
                if (f == 2) Ipv4.putU16(buf, off + 6, r.nextInt(0x10000));
                if (f == 3) buf[off] = (byte) r.nextInt(256);
            }
            case 6 -> { // extend with random trailing bytes inside the IP length
                int extra = r.nextInt(64);
                for (int i = 0; i < extra; i++) buf[off + len + i] = (byte) r.nextInt();
                len += extra;
                fixIp(buf, off, len);
            }
            case 7 -> { // AH payload length / UDP port / ESP sequence number games
                buf[off + 21] = (byte) r.nextInt(256);
                Ipv4.putS32(buf, off + 24, r.nextInt(8));
            }
            case 8 -> { // entirely random bytes with a plausible header of protocol 50, 51 or 17/4500
                len = 20 + r.nextInt(300);
                for (int i = 0; i < len; i++) buf[off + i] = (byte) r.nextInt();
                int proto = new int[] {50, 51, 17}[r.nextInt(3)];
                Ipv4.write(buf, off, 0, len, 1, 0, 64, proto, Packets.A, Packets.B);
                if (proto == 17 && len >= 28) Ipv4.putU16(buf, off + 22, 4500);
            }
            default -> { // one random byte changed in the ICV or trailer area
                buf[off + len - 1 - r.nextInt(Math.min(len - 20, 40))] ^= (byte) (1 + r.nextInt(255));
            }
        }
        return len;
    }

    private static void fixIp(byte[] b, int off, int len) {
        if ((b[off] & 0x0F) != 5 || len < 20) return;
        Ipv4.putU16(b, off + 2, len);
        Ipv4.updateChecksum(b, off);
    }
}
