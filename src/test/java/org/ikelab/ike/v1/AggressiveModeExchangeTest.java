package org.ikelab.ike.v1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.ikev1.JdkCbcCipher;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.ike.PeerConfig;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.ike.RetransmitPolicy;
import org.ikelab.wire.isakmp.ExchangeType;
import org.ikelab.wire.isakmp.IsakmpCodec;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadType;
import org.junit.jupiter.api.Test;

/** Aggressive mode (ios-crypto-reference §6.7) between two peers on virtual time, then quick mode. */
class AggressiveModeExchangeTest {
    static final IkeEndpoint R1 = MainModeExchangeTest.R1;
    static final IkeEndpoint R2 = MainModeExchangeTest.R2;
    static final Phase1Proposal POLICY = MainModeExchangeTest.AES_SHA_G2;

    final VirtualScheduler clock = new VirtualScheduler();
    final InMemoryNetwork net = new InMemoryNetwork();
    final MainModeExchangeTest.Events events1 = new MainModeExchangeTest.Events();
    final MainModeExchangeTest.Events events2 = new MainModeExchangeTest.Events();
    final RecordingInstaller dataPlane1 = new RecordingInstaller();
    final RecordingInstaller dataPlane2 = new RecordingInstaller();
    IkeV1Daemon r1;
    IkeV1Daemon r2;

    void setUp(IkeEndpoint r1Local, IkeEndpoint r2SeesR1As, String psk2) {
        ChildConfig r2Child = QuickModeExchangeTest.child(QuickModeExchangeTest.LAN2, QuickModeExchangeTest.LAN1, 0);
        PeerConfig c2 = new PeerConfig(R2, r2SeesR1As, psk2.getBytes(StandardCharsets.US_ASCII), List.of(POLICY), true,
                List.of(r2Child));
        r1 = new IkeV1Daemon(clock, RandomSource.seeded(5), net, dataPlane1, JdkCbcCipher.provider(),
                ep -> Optional.empty(), events1, RetransmitPolicy.DEFAULT);
        r2 = new IkeV1Daemon(clock, RandomSource.seeded(6), net, dataPlane2, JdkCbcCipher.provider(),
                ep -> ep.address().equals(r2SeesR1As.address()) ? Optional.of(c2) : Optional.empty(), events2,
                RetransmitPolicy.DEFAULT);
        net.attach(r1Local, r1);
        net.attach(R2, r2);
    }

    PeerConfig aggressivePeer(IkeEndpoint local) {
        return new PeerConfig(local, R2, "cisco123".getBytes(StandardCharsets.US_ASCII),
                List.of(POLICY, MainModeExchangeTest.TDES_MD5_G14), true, List.of(), true);
    }

    private static List<Integer> types(InMemoryNetwork.Datagram d) {
        IsakmpCodec.Decoded dec = IsakmpCodec.decode(ByteBuffer.wrap(d.bytes())).value();
        return dec.encrypted() ? List.of(-1) : dec.chain().payloads().stream().map(Payload::type).toList();
    }

    @Test
    void threeMessagesThenQuickMode() {
        setUp(R1, R1, "cisco123");
        IkeSa i = r1.initiate(aggressivePeer(R1),
                QuickModeExchangeTest.child(QuickModeExchangeTest.LAN1, QuickModeExchangeTest.LAN2, 0));
        assertEquals(Ikev1State.AG_INIT_EXCH, i.state());
        InMemoryNetwork.Datagram am1 = net.deliver();
        assertEquals(ExchangeType.AGGRESSIVE, IsakmpCodec.decode(ByteBuffer.wrap(am1.bytes())).value().header().exchangeType());
        // Only the policy with the KE's group (2) is offered: the group 14 one cannot be.
        Payload.Sa offer = IsakmpCodec.decode(ByteBuffer.wrap(am1.bytes())).value().chain().first(Payload.Sa.class).orElseThrow();
        assertEquals(1, offer.proposals().get(0).transforms().size());
        assertEquals(List.of(PayloadType.SA, PayloadType.KE, PayloadType.NONCE, PayloadType.ID, PayloadType.VENDOR_ID,
                PayloadType.VENDOR_ID), types(am1));
        IkeSa r = r2.sas().get(0);
        assertEquals(Ikev1State.AG_INIT_EXCH, r.state());
        assertEquals(List.of(PayloadType.SA, PayloadType.KE, PayloadType.NONCE, PayloadType.ID, PayloadType.HASH,
                PayloadType.VENDOR_ID, PayloadType.VENDOR_ID, PayloadType.NAT_D, PayloadType.NAT_D), types(net.deliver()));
        assertEquals(Ikev1State.QM_IDLE, i.state());
        assertEquals(List.of(-1), types(net.deliver()));           // HDR*, HASH_I, NAT-D, NAT-D, N
        assertEquals(Ikev1State.QM_IDLE, r.state());
        assertArrayEquals(i.phase1().keys().skeyidD(), r.phase1().keys().skeyidD());
        // Quick mode waits a moment after our message three, so a peer cannot see it first.
        assertEquals(0, net.pending());
        clock.advance(java.time.Duration.ofMillis(20));
        for (int k = 0; k < 3; k++) net.deliver();              // quick mode
        assertEquals(1, i.children().size());
        assertEquals(1, r.children().size());
        assertEquals(i.children().get(0).outbound().spi(), r.children().get(0).inbound().spi());
        assertEquals(0, net.pending());
    }

    @Test
    void wrongPreSharedKeyFailsAtMessageThree() {
        setUp(R1, R1, "other");
        r1.initiate(aggressivePeer(R1));
        net.deliver();
        net.deliver();                                           // HASH_R fails on R1
        assertTrue(events1.log.contains("deleted: HASH not authenticated"));
        assertEquals(0, net.pending());
    }

    @Test
    void natTraversalMovesToPort4500WithMessageThree() {
        IkeEndpoint inside = MainModeExchangeTest.endpoint("10.0.0.1");
        IkeEndpoint public500 = new IkeEndpoint(MainModeExchangeTest.endpoint("198.51.100.1").address(), 1500);
        net.nat(inside, public500);
        net.nat(new IkeEndpoint(inside.address(), 4500), new IkeEndpoint(public500.address(), 4501));
        setUp(inside, public500, "cisco123");
        IkeSa i = r1.initiate(aggressivePeer(inside));
        net.deliver();
        net.deliver();
        assertEquals(4500, net.peek().to().port());
        net.deliver();
        IkeSa r = r2.sas().get(0);
        assertEquals(Ikev1State.QM_IDLE, r.state());
        assertTrue(i.phase1().natLocal());
        assertTrue(r.phase1().natRemote());
        assertEquals(4501, r.remote().port());
    }
}
