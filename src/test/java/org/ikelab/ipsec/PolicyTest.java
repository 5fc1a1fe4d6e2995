package org.ikelab.ipsec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;
import org.junit.jupiter.api.Test;

/** SPD selection and the inbound selector check (RFC 4301 §5.2: decrypted traffic must match its SA). */
class PolicyTest {
    private static final int NET1 = Ipv4.parse("10.99.1.0");
    private static final int NET2 = Ipv4.parse("10.99.2.0");

    @Test
    void firstMatchingPolicyWins() {
        Spd spd = new Spd();
        SecurityPolicy web = new SecurityPolicy(new Selector(TrafficSelector.prefix(NET1, 24),
                new TrafficSelector(NET2, 24, Ipv4.PROTO_UDP, 500, 500)), SecurityPolicy.Action.BYPASS);
        SecurityPolicy all = new SecurityPolicy(new Selector(TrafficSelector.prefix(NET1, 24), TrafficSelector.prefix(NET2, 24)),
                SecurityPolicy.Action.PROTECT);
        spd.add(web);
        spd.add(all);
        byte[] ike = Packets.udp(Ipv4.parse("10.99.1.5"), Ipv4.parse("10.99.2.9"), 500, 500, 10);
        byte[] dns = Packets.udp(Ipv4.parse("10.99.1.5"), Ipv4.parse("10.99.2.9"), 5353, 53, 10);
        byte[] other = Packets.icmpEcho(Ipv4.parse("10.99.3.5"), Ipv4.parse("10.99.2.9"), 40, 1, false);
        assertSame(web, spd.lookup(ike, 0, ike.length));
        assertSame(all, spd.lookup(dns, 0, dns.length));
        assertNull(spd.lookup(other, 0, other.length));
        assertEquals("10.99.2.0/255.255.255.0/17/500", web.selector().destination().iosText());
        assertEquals("10.99.1.0/255.255.255.0/0/0", all.selector().source().iosText());
    }

    @Test
    void decryptedTrafficOutsideTheSelectorsIsDropped() {
        VirtualScheduler clock = new VirtualScheduler();
        List<String> events = new ArrayList<>();
        IpsecDataPlane a = new IpsecDataPlane(clock, RandomSource.seeded(1), null);
        IpsecDataPlane b = new IpsecDataPlane(clock, RandomSource.seeded(2), null);
        SaConfig.Builder[] pair = Packets.espPair(0x601, EncryptionAlgorithm.AES_CBC_128, IntegrityAlgorithm.HMAC_SHA1_96, RandomSource.seeded(3));
        IpsecSa out = a.install(pair[0].build());
        // B accepts only 10.99.1.0/24 -> 10.99.2.0/24 on this SA (IOS: the mirrored crypto ACL).
        IpsecSa in = b.install(pair[1].selector(new Selector(TrafficSelector.prefix(NET1, 24), TrafficSelector.prefix(NET2, 24))).build());
        InboundResult r = new InboundResult();
        PacketBuffer good = Packets.buffer(Packets.icmpEcho(Ipv4.parse("10.99.1.1"), Ipv4.parse("10.99.2.2"), 60, 1, false));
        a.outbound(out, good);
        assertSame(Verdict.DELIVER, b.inbound(Packets.wire(good), r));
        PacketBuffer spoofed = Packets.buffer(Packets.icmpEcho(Ipv4.parse("192.0.2.1"), Ipv4.parse("10.99.2.2"), 60, 2, false));
        a.outbound(out, spoofed);
        assertSame(Verdict.POLICY_MISMATCH, b.inbound(Packets.wire(spoofed), r));
        assertEquals(1, in.counters().invalidIdentity());
        assertEquals(1, in.counters().decaps());
        assertEquals(1, in.counters().recvErrors());
        assertEquals(List.of(), events);
    }

    @Test
    void ikeAndKeepalivesOnPort4500AreSortedOut() {
        IpsecDataPlane b = new IpsecDataPlane(new VirtualScheduler(), RandomSource.seeded(2), null);
        InboundResult r = new InboundResult();
        byte[] ike = Packets.udp(Packets.A, Packets.B, 4500, 4500, 40);
        ike[28] = ike[29] = ike[30] = ike[31] = 0;
        PacketBuffer p = Packets.buffer(ike);
        assertSame(Verdict.IKE, b.inbound(p, r));
        assertEquals(ike.length, p.length(), "left untouched for the IKE socket");
        byte[] ka = Packets.udp(Packets.A, Packets.B, 4500, 4500, 1);
        ka[28] = (byte) 0xFF;
        assertSame(Verdict.NAT_KEEPALIVE, b.inbound(Packets.buffer(ka), r));
        assertSame(Verdict.NOT_IPSEC, b.inbound(Packets.buffer(Packets.udp(Packets.A, Packets.B, 500, 500, 40)), r));
        assertSame(Verdict.NOT_IPSEC, b.inbound(Packets.buffer(Packets.icmpEcho(Packets.A, Packets.B, 40, 1, false)), r));
        assertEquals(1, b.counters().natKeepalives());
    }
}
