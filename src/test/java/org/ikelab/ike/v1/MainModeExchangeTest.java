package org.ikelab.ike.v1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.ikev1.JdkCbcCipher;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.ike.PeerConfig;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.ike.RetransmitPolicy;
import org.ikelab.wire.isakmp.ExchangeType;
import org.ikelab.wire.isakmp.IsakmpCodec;
import org.ikelab.wire.isakmp.NotifyType;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadType;
import org.junit.jupiter.api.Test;

/**
 * Two IKEv1 peers in one JVM on virtual time, message by message (strongSwan exchange-test
 * style). R1 122.122.122.122 initiates toward R2 77.77.77.77 as in ios-crypto-reference §5.2.
 */
class MainModeExchangeTest {
    static final IkeEndpoint R1 = endpoint("122.122.122.122");
    static final IkeEndpoint R2 = endpoint("77.77.77.77");
    static final Phase1Proposal AES_SHA_G2 = new Phase1Proposal(10, 7, 128, 2, 1, 2, 86400);
    static final Phase1Proposal TDES_MD5_G14 = new Phase1Proposal(20, 5, 0, 1, 1, 14, 86400);

    final VirtualScheduler clock = new VirtualScheduler();
    final InMemoryNetwork net = new InMemoryNetwork();
    final Events events1 = new Events();
    final Events events2 = new Events();
    final RecordingInstaller dataPlane1 = new RecordingInstaller();
    final RecordingInstaller dataPlane2 = new RecordingInstaller();
    IkeV1Daemon r1;
    IkeV1Daemon r2;

    static IkeEndpoint endpoint(String ip) {
        try {
            return new IkeEndpoint(InetAddress.getByName(ip), 500);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records what the listener reports, for assertions. */
    static class Events implements Ikev1Listener {
        final List<String> log = new ArrayList<>();
        final List<String> checks = new ArrayList<>();
        final List<String> wire = new ArrayList<>();

        @Override
        public void policyChecked(IkeSa sa, int n, Phase1Proposal offered, Phase1Proposal policy, String verdict) {
            checks.add("transform " + n + " against priority " + policy.priority() + ": " + verdict);
        }

        @Override
        public void messageSent(IkeSa sa, int exchangeType, int messageId, List<Payload> payloads, boolean again) {
            wire.add((again ? "resent " : "sent ") + ExchangeType.name(exchangeType) + " "
                    + payloads.stream().map(p -> PayloadType.name(p.type())).toList());
        }

        @Override
        public void messageReceived(IkeSa sa, org.ikelab.wire.isakmp.IsakmpHeader h, org.ikelab.wire.isakmp.PayloadChain c) {
            wire.add("received " + ExchangeType.name(h.exchangeType()) + " "
                    + c.payloads().stream().map(p -> PayloadType.name(p.type())).toList());
        }

        @Override public void stateChanged(IkeSa sa, Ikev1State from, Ikev1State to) { log.add(from + "->" + to); }
        @Override public void retransmitted(IkeSa sa, int attempt) { log.add("retransmit " + attempt); }
        @Override public void established(IkeSa sa) { log.add("established"); }
        @Override public void deleted(IkeSa sa, String reason) { log.add("deleted: " + reason); }
        @Override public void notifyReceived(IkeSa sa, int type) { log.add("notify " + NotifyType.name(type)); }
    }

    void setUp(String psk1, String psk2, List<Phase1Proposal> p1, List<Phase1Proposal> p2) {
        PeerConfig c1 = new PeerConfig(R1, R2, psk1.getBytes(StandardCharsets.US_ASCII), p1, true);
        PeerConfig c2 = new PeerConfig(R2, R1, psk2.getBytes(StandardCharsets.US_ASCII), p2, true);
        r1 = new IkeV1Daemon(clock, RandomSource.seeded(1), net, dataPlane1, JdkCbcCipher.provider(),
                ep -> ep.address().equals(R2.address()) ? Optional.of(c1) : Optional.empty(), events1,
                RetransmitPolicy.DEFAULT);
        r2 = new IkeV1Daemon(clock, RandomSource.seeded(2), net, dataPlane2, JdkCbcCipher.provider(),
                ep -> ep.address().equals(R1.address()) ? Optional.of(c2) : Optional.empty(), events2,
                RetransmitPolicy.DEFAULT);
        net.attach(R1, r1);
        net.attach(R2, r2);
    }

    void setUp() {
        setUp("cisco123", "cisco123", List.of(AES_SHA_G2), List.of(TDES_MD5_G14, AES_SHA_G2));
    }

    private static List<Integer> payloadTypes(InMemoryNetwork.Datagram d) {
        IsakmpCodec.Decoded dec = IsakmpCodec.decode(ByteBuffer.wrap(d.bytes())).value();
        if (dec.encrypted()) return List.of(-1);
        return dec.chain().payloads().stream().map(Payload::type).toList();
    }

    @Test
    void mainModeWithPreSharedKeyMessageByMessage() {
        setUp();
        IkeSa i = r1.initiate(new PeerConfig(R1, R2, "cisco123".getBytes(StandardCharsets.US_ASCII),
                List.of(AES_SHA_G2), true));
        assertEquals(Ikev1State.MM_NO_STATE, i.state());

        /* HDR, SA, V(RFC 3947), V(draft-07), V(draft-03), V(draft-02\n) --> */
        assertEquals(List.of(PayloadType.SA, PayloadType.VENDOR_ID, PayloadType.VENDOR_ID, PayloadType.VENDOR_ID,
                PayloadType.VENDOR_ID), payloadTypes(net.deliver()));
        IkeSa r = r2.sas().get(0);
        assertEquals(Ikev1State.MM_SA_SETUP, r.state());
        assertEquals(10, r.phase1().agreed().priority());

        /* <-- HDR, SA, V(RFC 3947) */
        assertEquals(List.of(PayloadType.SA, PayloadType.VENDOR_ID), payloadTypes(net.deliver()));
        assertEquals(Ikev1State.MM_SA_SETUP, i.state());
        assertEquals(r.responderCookie(), i.responderCookie());

        /* HDR, KE, Ni, V(DPD), V(Cisco IOS), NAT-D, NAT-D --> */
        assertEquals(List.of(PayloadType.KE, PayloadType.NONCE, PayloadType.VENDOR_ID, PayloadType.VENDOR_ID,
                PayloadType.NAT_D, PayloadType.NAT_D), payloadTypes(net.deliver()));
        assertEquals(Ikev1State.MM_KEY_EXCH, r.state());

        /* <-- HDR, KE, Nr, V(DPD), V(Cisco IOS), NAT-D, NAT-D */
        assertEquals(List.of(PayloadType.KE, PayloadType.NONCE, PayloadType.VENDOR_ID, PayloadType.VENDOR_ID,
                PayloadType.NAT_D, PayloadType.NAT_D), payloadTypes(net.deliver()));
        assertEquals(Ikev1State.MM_KEY_EXCH, i.state());
        assertFalse(i.phase1().natLocal() || i.phase1().natRemote(), "no NAT between the routers");

        /* HDR*, IDii, HASH_I, N(INITIAL-CONTACT) --> */
        assertEquals(List.of(-1), payloadTypes(net.deliver()));
        assertEquals(Ikev1State.QM_IDLE, r.state());

        /* <-- HDR*, IDir, HASH_R */
        assertEquals(List.of(-1), payloadTypes(net.deliver()));
        assertEquals(Ikev1State.QM_IDLE, i.state());
        assertEquals(0, net.pending());

        assertArrayEquals(i.phase1().keys().skeyidD(), r.phase1().keys().skeyidD());
        assertArrayEquals(i.phase1().keys().skeyidA(), r.phase1().keys().skeyidA());
        assertArrayEquals(i.phase1().keys().encryptionKey(), r.phase1().keys().encryptionKey());
        assertEquals(List.of("MM_NO_STATE->MM_SA_SETUP", "MM_SA_SETUP->MM_KEY_EXCH", "MM_KEY_EXCH->QM_IDLE",
                "established"), events1.log);
        assertEquals(List.of("MM_NO_STATE->MM_SA_SETUP", "MM_SA_SETUP->MM_KEY_EXCH", "MM_KEY_EXCH->QM_IDLE",
                "established"), events2.log);
        assertEquals(List.of("transform 1 against priority 20: Encryption algorithm offered does not match policy!",
                "transform 1 against priority 10: atts are acceptable."), events2.checks);
        assertEquals(List.of("sent ID_PROT [SA, V, V, V, V]", "received ID_PROT [SA, V]",
                "sent ID_PROT [KE, No, V, V, NAT-D, NAT-D]", "received ID_PROT [KE, No, V, V, NAT-D, NAT-D]",
                "sent ID_PROT [ID, HASH, N]", "received ID_PROT [ID, HASH]"), events1.wire);
        // Nothing is left to retransmit once established.
        clock.advance(Duration.ofMinutes(5));
        assertEquals(0, net.pending());
    }

    @Test
    void lostMessageIsRetransmittedAndTheExchangeCompletes() {
        setUp();
        IkeSa i = r1.initiate(new PeerConfig(R1, R2, "cisco123".getBytes(StandardCharsets.US_ASCII),
                List.of(AES_SHA_G2), true));
        net.deliver();          // MM1
        net.deliver();          // MM2
        net.drop();             // MM3 lost
        clock.advance(Duration.ofSeconds(4));
        assertEquals(List.of("MM_NO_STATE->MM_SA_SETUP", "retransmit 1"), events1.log);
        // Both sides retransmitted (R2 its MM2, which R1 answers with MM3 from its cache).
        while (net.pending() > 0) net.deliver();
        assertEquals(Ikev1State.QM_IDLE, i.state());
        assertEquals(Ikev1State.QM_IDLE, r2.sas().get(0).state());
    }

    @Test
    void lostFinalMessageIsAnsweredFromTheResponderCache() {
        setUp();
        IkeSa i = r1.initiate(new PeerConfig(R1, R2, "cisco123".getBytes(StandardCharsets.US_ASCII),
                List.of(AES_SHA_G2), true));
        for (int k = 0; k < 4; k++) net.deliver();
        InMemoryNetwork.Datagram mm5 = net.deliver();
        net.drop();             // MM6 lost
        net.deliverAgain(mm5);  // the initiator's retransmission of MM5
        assertEquals(1, r2.dropCounters().get("duplicate"));
        net.deliver();          // MM6 again, from the cache
        assertEquals(Ikev1State.QM_IDLE, i.state());
    }

    @Test
    void preSharedKeyMismatchEndsInDeathByRetransmission() {
        setUp("cisco123", "wrongkey", List.of(AES_SHA_G2), List.of(AES_SHA_G2));
        IkeSa i = r1.initiate(new PeerConfig(R1, R2, "cisco123".getBytes(StandardCharsets.US_ASCII),
                List.of(AES_SHA_G2), true));
        for (int k = 0; k < 5; k++) net.deliver();
        assertEquals(Ikev1State.MM_KEY_EXCH, i.state());
        // R2 decrypts MM5 with its own (different) key: garbage, dropped as a bad message.
        assertEquals(1L, r2.dropCounters().get("IKMP_BAD_MESSAGE"));
        IkeSa r = r2.sas().get(0);
        assertEquals(Ikev1State.MM_KEY_EXCH, r.state());
        // Both sides retransmit what they last sent (after 4, 7.2, 13, 23.3, 42 s), then give up.
        for (int k = 0; k < 12 && clock.nextDueNanos() >= 0; k++) {
            clock.advanceTo(clock.nextDueNanos());
            while (net.pending() > 0) net.deliver();
        }
        assertEquals(Ikev1State.DELETED, i.state());
        assertEquals(Ikev1State.DELETED, r.state());
        assertTrue(events1.log.contains("retransmit 5"));
        assertTrue(events1.log.contains("deleted: Death by retransmission P1"));
        assertTrue(events2.log.contains("deleted: Death by retransmission P1"));
        assertEquals(1L, r2.dropCounters().get("IKMP_BAD_MESSAGE"), "a repeated bad MM5 is not decrypted again");
        assertTrue(r1.sas().isEmpty());
        assertTrue(r2.sas().isEmpty());
    }

    @Test
    void proposalMismatchIsAnsweredWithNoProposalChosen() {
        setUp("cisco123", "cisco123", List.of(AES_SHA_G2), List.of(TDES_MD5_G14));
        IkeSa i = r1.initiate(new PeerConfig(R1, R2, "cisco123".getBytes(StandardCharsets.US_ASCII),
                List.of(AES_SHA_G2), true));
        net.deliver();          // MM1: no acceptable policy on R2
        assertTrue(r2.sas().isEmpty());
        assertEquals(List.of("MM_NO_STATE->DELETED", "deleted: Phase1 SA policy proposal not accepted"), events2.log);
        InMemoryNetwork.Datagram info = net.deliver();
        IsakmpCodec.Decoded d = IsakmpCodec.decode(ByteBuffer.wrap(info.bytes())).value();
        assertEquals(ExchangeType.INFORMATIONAL, d.header().exchangeType());
        assertEquals(NotifyType.NO_PROPOSAL_CHOSEN, d.chain().first(Payload.Notify.class).orElseThrow().notifyType());
        // What "debug crypto isakmp" shows on R2 (ios-crypto-reference §5.4).
        assertEquals(List.of("transform 1 against priority 20: Encryption algorithm offered does not match policy!"),
                events2.checks);
        assertEquals(Ikev1State.DELETED, i.state());
        assertTrue(events1.log.contains("notify NO-PROPOSAL-CHOSEN"));
    }

    @Test
    void garbageAndUnknownSasAreCountedNotThrown() {
        setUp();
        r2.receive(R2, R1, ByteBuffer.wrap(new byte[10]));
        byte[] bogus = new byte[28];
        bogus[0] = 1;
        bogus[17] = 0x10;
        bogus[18] = ExchangeType.QUICK;
        bogus[27] = 28;
        r2.receive(R2, R1, ByteBuffer.wrap(bogus));
        assertEquals(1, r2.dropCounters().get("truncated"));
        assertEquals(1, r2.dropCounters().get("unknown-sa"));
    }

    @Test
    void responderOnlyAnswersConfiguredPeers() {
        setUp();
        IkeV1Daemon stranger = new IkeV1Daemon(clock, RandomSource.seeded(9), net, new RecordingInstaller(),
                JdkCbcCipher.provider(),
                ep -> Optional.empty(), Ikev1Listener.NONE, RetransmitPolicy.DEFAULT);
        IkeEndpoint x = endpoint("10.9.9.9");
        net.attach(x, stranger);
        stranger.initiate(new PeerConfig(x, R2, new byte[] {1}, List.of(AES_SHA_G2), true));
        net.deliver();
        assertEquals(1, r2.dropCounters().get("no-peer-config"));
        assertTrue(r2.sas().isEmpty());
    }

    /** Our MM1 for "encr aes / hash sha / group 2 / pre-share" is byte for byte what IOS sends. */
    @Test
    void ourMainModeMessage1IsTheIosGolden() {
        setUp();
        IkeSa i = r1.initiate(new PeerConfig(R1, R2, "cisco123".getBytes(StandardCharsets.US_ASCII),
                List.of(AES_SHA_G2), true));
        byte[] mm1 = net.peek().bytes();
        String golden = org.ikelab.wire.isakmp.IsakmpGoldenTest.IOS_MM1;
        String ours = org.ikelab.common.Hex.encode(mm1);
        assertEquals(golden.substring(16), ours.substring(16), "identical apart from the initiator cookie");
        assertEquals(String.format("%016x", i.initiatorCookie()), ours.substring(0, 16));
    }
}
