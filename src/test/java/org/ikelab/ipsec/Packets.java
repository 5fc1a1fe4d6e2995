package org.ikelab.ipsec;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.RandomSource;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;

/** Test helpers: inner IPv4 packets, buffers with head/tailroom, SA pairs with random keys. */
final class Packets {
    static final int HEADROOM = 128;
    static final int TAILROOM = 128;
    static final int A = Ipv4.parse("10.99.12.1");
    static final int B = Ipv4.parse("10.99.12.2");
    static final int NET_A_HOST = Ipv4.parse("10.99.1.1");
    static final int NET_B_HOST = Ipv4.parse("10.99.2.2");

    private Packets() {
    }

    /** An ICMP echo request (valid checksums) of {@code total} bytes, total >= 28. */
    static byte[] icmpEcho(int src, int dst, int total, int seq, boolean df) {
        byte[] p = new byte[total];
        for (int i = 28; i < total; i++) p[i] = (byte) ('a' + (i - 28) % 23);
        p[20] = 8; // echo request
        Ipv4.putU16(p, 24, 0x1234);
        Ipv4.putU16(p, 26, seq);
        Ipv4.putU16(p, 22, ~Ipv4.sum(p, 20, total - 20, 0) & 0xFFFF);
        Ipv4.write(p, 0, 0, total, seq, df ? Ipv4.DF : 0, 64, Ipv4.PROTO_ICMP, src, dst);
        return p;
    }

    /** A UDP datagram with a correct checksum. */
    static byte[] udp(int src, int dst, int sport, int dport, int payload) {
        int total = 28 + payload;
        byte[] p = new byte[total];
        for (int i = 28; i < total; i++) p[i] = (byte) i;
        Ipv4.putU16(p, 20, sport);
        Ipv4.putU16(p, 22, dport);
        Ipv4.putU16(p, 24, 8 + payload);
        Ipv4.write(p, 0, 0, total, 7, 0, 64, Ipv4.PROTO_UDP, src, dst);
        int s = Ipv4.sum(p, 12, 8, Ipv4.PROTO_UDP + 8 + payload);
        s = Ipv4.sum(p, 20, 8 + payload, s);
        Ipv4.putU16(p, 26, ~s & 0xFFFF);
        return p;
    }

    /** The packet in a fresh buffer with room around it. */
    static PacketBuffer buffer(byte[] packet) {
        byte[] a = new byte[HEADROOM + packet.length + TAILROOM];
        System.arraycopy(packet, 0, a, HEADROOM, packet.length);
        return new PacketBuffer(a, HEADROOM, packet.length);
    }

    /** Copies what would travel on the wire into a fresh buffer, as the peer receives it. */
    static PacketBuffer wire(PacketBuffer p) {
        return buffer(p.toArray());
    }

    /** Every ESP encryption x integrity combination IOS or RFC 4303 allows. */
    static List<Object[]> espSuites() {
        List<Object[]> out = new ArrayList<>();
        for (EncryptionAlgorithm e : EncryptionAlgorithm.values()) {
            if (e.combinedMode()) {
                out.add(new Object[] {e, IntegrityAlgorithm.NONE});
                continue;
            }
            for (IntegrityAlgorithm i : IntegrityAlgorithm.values()) {
                if (e == EncryptionAlgorithm.NULL && i == IntegrityAlgorithm.NONE) continue;
                out.add(new Object[] {e, i});
            }
        }
        return out;
    }

    /** Builders for a matching pair: what A sends with and what B receives with, same keys. */
    static SaConfig.Builder[] espPair(long spi, EncryptionAlgorithm e, IntegrityAlgorithm i, RandomSource r) {
        byte[] ek = r.bytes(e.keyMaterialBytes());
        byte[] ik = r.bytes(i.keyBytes());
        SaConfig.Builder out = SaConfig.esp(spi, Direction.OUTBOUND, A, B).encryption(e, ek);
        SaConfig.Builder in = SaConfig.esp(spi, Direction.INBOUND, B, A).encryption(e, ek);
        if (i != IntegrityAlgorithm.NONE) {
            out.integrity(i, ik);
            in.integrity(i, ik);
        }
        return new SaConfig.Builder[] {out, in};
    }

    /** {@link #espPair} with the mode, ESN and (with {@code udp}) NAT-T encapsulation on both SAs. */
    static SaConfig.Builder[] espPair(long spi, EncryptionAlgorithm e, IntegrityAlgorithm i, Mode mode, boolean udp, boolean esn,
            RandomSource r) {
        SaConfig.Builder[] pair = espPair(spi, e, i, r);
        for (SaConfig.Builder x : pair) {
            x.mode(mode).esn(esn);
            if (udp) x.udpEncap(4500, 4500);
        }
        return pair;
    }

    static SaConfig.Builder[] ahPair(long spi, IntegrityAlgorithm i, RandomSource r) {
        byte[] ik = r.bytes(i.keyBytes());
        return new SaConfig.Builder[] {
            SaConfig.ah(spi, Direction.OUTBOUND, A, B).integrity(i, ik),
            SaConfig.ah(spi, Direction.INBOUND, B, A).integrity(i, ik)};
    }
}
