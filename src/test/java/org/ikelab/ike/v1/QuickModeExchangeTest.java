package org.ikelab.ike.v1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.ikev1.JdkCbcCipher;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.ChildSa;
import org.ikelab.ike.ChildTransform;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.ike.PeerConfig;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.ike.RetransmitPolicy;
import org.ikelab.ike.TrafficSelector;
import org.ikelab.wire.isakmp.ExchangeType;
import org.ikelab.wire.isakmp.IpsecAttribute;
import org.ikelab.wire.isakmp.IsakmpCodec;
import org.ikelab.wire.isakmp.NotifyType;
import org.junit.jupiter.api.Test;

/**
 * Main mode + quick mode between two peers on virtual time: the crypto-map lab of
 * ios-crypto-reference §6.1 (192.168.1.0/24 behind R1, 192.168.2.0/24 behind R2,
 * esp-aes esp-sha-hmac, lifetimes 3600 s / 4608000 kB), with PFS, NAT-T, DPD and Delete.
 */
class QuickModeExchangeTest {
    static final IkeEndpoint R1 = MainModeExchangeTest.R1;
    static final IkeEndpoint R2 = MainModeExchangeTest.R2;
    static final byte[] LAN1 = {(byte) 192, (byte) 168, 1, 0};
    static final byte[] LAN2 = {(byte) 192, (byte) 168, 2, 0};
    static final byte[] MASK24 = {-1, -1, -1, 0};
    static final Phase1Proposal POLICY = MainModeExchangeTest.AES_SHA_G2;
    /** crypto ipsec transform-set TS esp-aes esp-sha-hmac (mode tunnel). */
    static final ChildTransform ESP_AES_SHA = new ChildTransform(IpsecAttribute.PROTO_ESP, IpsecAttribute.ESP_AES, 128,
            IpsecAttribute.AUTH_HMAC_SHA, IpsecAttribute.ENCAP_TUNNEL);

    final VirtualScheduler clock = new VirtualScheduler();
    final InMemoryNetwork net = new InMemoryNetwork();
    final RecordingInstaller dataPlane1 = new RecordingInstaller();
    final RecordingInstaller dataPlane2 = new RecordingInstaller();
    final MainModeExchangeTest.Events events1 = new MainModeExchangeTest.Events();
    final Events2 events2 = new Events2();
    IkeV1Daemon r1;
    IkeV1Daemon r2;

    static final class Events2 extends MainModeExchangeTest.Events {
        final List<String> failures = new ArrayList<>();

        @Override
        public void exchangeFailed(IkeSa sa, int exchangeType, String reason) {
            failures.add(ExchangeType.name(exchangeType) + ": " + reason);
        }
    }

    static ChildConfig child(byte[] local, byte[] remote, int pfs) {
        return new ChildConfig(ESP_AES_SHA, TrafficSelector.subnet(local, MASK24), TrafficSelector.subnet(remote, MASK24),
                pfs, ChildConfig.DEFAULT_LIFETIME_SECONDS,
                ChildConfig.DEFAULT_LIFETIME_KILOBYTES);
    }

    PeerConfig peer1(IkeEndpoint local, IkeEndpoint remote) {
        return new PeerConfig(local, remote, "cisco123".getBytes(StandardCharsets.US_ASCII), List.of(POLICY), true);
    }

    void setUp(IkeEndpoint r1Local, IkeEndpoint r2SeesR1As, ChildConfig r2Child) {
        PeerConfig c2 = new PeerConfig(R2, r2SeesR1As, "cisco123".getBytes(StandardCharsets.US_ASCII), List.of(POLICY),
                true, List.of(r2Child));
        r1 = new IkeV1Daemon(clock, RandomSource.seeded(11), net, dataPlane1, JdkCbcCipher.provider(),
                ep -> Optional.empty(), events1, RetransmitPolicy.DEFAULT);
        r2 = new IkeV1Daemon(clock, RandomSource.seeded(22), net, dataPlane2, JdkCbcCipher.provider(),
                ep -> ep.address().equals(r2SeesR1As.address()) ? Optional.of(c2) : Optional.empty(), events2,
                RetransmitPolicy.DEFAULT);
        net.attach(r1Local, r1);
        net.attach(R2, r2);
    }

    private void deliverAll() {
        for (int k = 0; k < 50 && net.pending() > 0; k++) net.deliver();
    }

    /** Each router's inbound SA is the other's outbound SA: same SPI, same keys. */
    private void assertMirrored(ChildSa a, ChildSa b) {
        assertEquals(a.spi(), b.spi());
        assertArrayEquals(a.encryptionKey(), b.encryptionKey());
        assertArrayEquals(a.integrityKey(), b.integrityKey());
    }

    private void assertPairsMirror(IkeSa i, IkeSa r) {
        assertEquals(1, i.children().size());
        assertEquals(1, r.children().size());
        ChildSaPair pi = i.children().get(0);
        ChildSaPair pr = r.children().get(0);
        assertMirrored(pi.inbound(), pr.outbound());
        assertMirrored(pi.outbound(), pr.inbound());
        assertEquals(16, pi.inbound().encryptionKey().length);
        assertEquals(20, pi.inbound().integrityKey().length);
    }

    @Test
    void cryptoMapLabWithoutPfs() {
        setUp(R1, R1, child(LAN2, LAN1, 0));
        IkeSa i = r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 0));
        for (int k = 0; k < 6; k++) net.deliver();       // main mode
        assertEquals(Ikev1State.QM_IDLE, i.state());
        assertEquals(1, net.pending(), "QM1 was queued behind phase 1");

        /* HDR*, HASH(1), SA, Ni, IDci, IDcr --> */
        InMemoryNetwork.Datagram qm1 = net.deliver();
        assertEquals(ExchangeType.QUICK, IsakmpCodec.decode(ByteBuffer.wrap(qm1.bytes())).value().header().exchangeType());
        IkeSa r = r2.sas().get(0);
        assertTrue(r.children().isEmpty());
        /* <-- HDR*, HASH(2), SA, Nr, IDci, IDcr */
        net.deliver();
        assertEquals(1, i.children().size(), "the initiator installs before sending HASH(3)");
        /* HDR*, HASH(3) --> */
        net.deliver();
        assertEquals(0, net.pending());
        assertPairsMirror(i, r);
        ChildSa out = i.children().get(0).outbound();
        assertEquals(3600, out.lifetimeSeconds());
        assertEquals(4608000, out.lifetimeKilobytes());
        assertEquals(IpsecAttribute.ENCAP_TUNNEL, out.encapsulationMode());
        assertEquals("192.168.1.0/255.255.255.0/0/0", out.local().toString());
        assertEquals("192.168.2.0/255.255.255.0/0/0", out.remote().toString());
        assertEquals(out.local(), r.children().get(0).inbound().remote());
        assertEquals(2, dataPlane1.installed.size());
        assertEquals(2, dataPlane2.installed.size());
        // No retransmission is pending once both sides are done.
        clock.advance(Duration.ofMinutes(2));
        assertEquals(0, net.pending());
    }

    @Test
    void pfsGroup14() {
        setUp(R1, R1, child(LAN2, LAN1, 14));
        IkeSa i = r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 14));
        deliverAll();
        assertPairsMirror(i, r2.sas().get(0));
    }

    @Test
    void responderWithoutPfsAcceptsAPfsOffer() {
        setUp(R1, R1, child(LAN2, LAN1, 0));
        IkeSa i = r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 2));
        deliverAll();
        assertPairsMirror(i, r2.sas().get(0));
        // The pair says PFS group 2 was used on both sides (show crypto ipsec sa: "PFS (Y/N): Y"),
        // though the responder's own configuration has none (found against strongSwan).
        assertEquals(2, i.children().get(0).pfsGroup());
        assertEquals(2, r2.sas().get(0).children().get(0).pfsGroup());
        assertEquals(0, r2.sas().get(0).children().get(0).config().pfsGroup());
    }

    @Test
    void initiatorWithoutPfsIsRefusedByAPfsResponder() {
        setUp(R1, R1, child(LAN2, LAN1, 14));
        IkeSa i = r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 0));
        deliverAll();
        assertTrue(i.children().isEmpty());
        assertEquals(List.of("QUICK_MODE: phase 2 SA policy not acceptable!"), events2.failures);
        assertTrue(events1.log.contains("notify NO-PROPOSAL-CHOSEN"));
        assertEquals(Ikev1State.QM_IDLE, i.state(), "phase 1 stays up");
    }

    @Test
    void proxyMismatchIsRefused() {
        setUp(R1, R1, child(LAN2, new byte[] {10, 10, 10, 0}, 0));
        IkeSa i = r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 0));
        deliverAll();
        assertTrue(i.children().isEmpty());
        assertEquals(List.of("QUICK_MODE: phase 2 SA policy not acceptable!"), events2.failures);
    }

    @Test
    void lostHash3IsRecoveredByRetransmission() {
        setUp(R1, R1, child(LAN2, LAN1, 0));
        IkeSa i = r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 0));
        for (int k = 0; k < 8; k++) net.deliver();
        net.drop();                                    // HASH(3) lost
        IkeSa r = r2.sas().get(0);
        assertTrue(r.children().isEmpty());
        clock.advance(Duration.ofSeconds(4));          // R2 retransmits QM2, R1 answers from its cache
        deliverAll();
        assertPairsMirror(i, r);
    }

    @Test
    void natTraversalFloatsTo4500AndUsesUdpEncapsulation() {
        IkeEndpoint inside = MainModeExchangeTest.endpoint("10.0.0.1");
        IkeEndpoint public500 = new IkeEndpoint(MainModeExchangeTest.endpoint("198.51.100.1").address(), 1500);
        IkeEndpoint inside4500 = new IkeEndpoint(inside.address(), 4500);
        IkeEndpoint public4500 = new IkeEndpoint(public500.address(), 4501);
        net.nat(inside, public500);
        net.nat(inside4500, public4500);
        setUp(inside, public500, child(LAN2, LAN1, 0));
        IkeSa i = r1.initiate(peer1(inside, R2), child(LAN1, LAN2, 0));
        for (int k = 0; k < 4; k++) net.deliver();
        assertTrue(i.phase1().natLocal(), "R1 sees that it is behind a NAT");
        InMemoryNetwork.Datagram mm5 = net.peek();
        assertEquals(4501, mm5.from().port());
        assertEquals(4500, mm5.to().port());
        deliverAll();
        IkeSa r = r2.sas().get(0);
        assertTrue(r.phase1().natRemote(), "R2 sees that R1 is behind a NAT");
        assertEquals(public4500, r.remote());
        assertPairsMirror(i, r);
        assertEquals(IpsecAttribute.ENCAP_UDP_TUNNEL, i.children().get(0).outbound().encapsulationMode());
        assertEquals(IpsecAttribute.ENCAP_UDP_TUNNEL, r.children().get(0).inbound().encapsulationMode());
    }

    @Test
    void deadPeerDetectionIsAnswered() {
        setUp(R1, R1, child(LAN2, LAN1, 0));
        IkeSa i = r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 0));
        deliverAll();
        i.sendDpd(7);
        deliverAll();
        assertTrue(events2.log.contains("notify R-U-THERE"));
        assertTrue(events1.log.contains("notify R-U-THERE-ACK"));
    }

    @Test
    void clearDeletesBothSides() {
        setUp(R1, R1, child(LAN2, LAN1, 0));
        IkeSa i = r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 0));
        deliverAll();
        IkeSa r = r2.sas().get(0);
        i.clear();
        assertEquals(Ikev1State.DELETED, i.state());
        assertTrue(dataPlane1.installed.isEmpty());
        deliverAll();
        assertTrue(r.children().isEmpty());
        assertTrue(dataPlane2.installed.isEmpty());
        assertEquals(Ikev1State.DELETED, r.state());
        assertTrue(events2.log.contains("deleted: Peer sent DELETE"));
        assertEquals(NotifyType.R_U_THERE, 36136);
    }

    /** clear crypto isakmp: one Delete for the ISAKMP SA only; both sides keep their IPsec SAs. */
    @Test
    void clearPhase1KeepsIpsecSasOnBothSides() {
        setUp(R1, R1, child(LAN2, LAN1, 0));
        IkeSa i = r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 0));
        deliverAll();
        IkeSa r = r2.sas().get(0);
        i.clearPhase1();
        assertEquals(Ikev1State.DELETED, i.state());
        assertEquals(1, net.pending(), "one informational with the ISAKMP Delete");
        deliverAll();
        assertEquals(Ikev1State.DELETED, r.state());
        assertTrue(events2.log.contains("deleted: Peer sent DELETE"));
        assertTrue(r1.sas().isEmpty());
        assertTrue(r2.sas().isEmpty());
        assertEquals(2, dataPlane1.installed.size());
        assertEquals(2, dataPlane2.installed.size());
        assertEquals(1, i.children().size());
        assertEquals(List.of(i), r1.saOwners(), "the deleted SA still owns its IPsec SAs");
        // clear crypto sa still reaches them; the orphan goes with its last IPsec SA.
        for (IkeSa o : r1.saOwners()) o.clearChildren();
        assertTrue(dataPlane1.installed.isEmpty());
        assertTrue(r1.saOwners().isEmpty());
    }

    /** After clear crypto isakmp, a rekey of the surviving IPsec SA negotiates a fresh phase 1. */
    @Test
    void rekeyAfterClearPhase1StartsANewPhase1() {
        setUp(R1, R1, child(LAN2, LAN1, 0));
        IkeSa i = r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 0));
        deliverAll();
        i.clearPhase1();
        deliverAll();
        i.rekey(i.children().get(0));
        deliverAll();
        assertEquals(1, r1.sas().size());
        IkeSa fresh = r1.sas().get(0);
        assertTrue(fresh != i);
        assertEquals(Ikev1State.QM_IDLE, fresh.state());
        assertEquals(1, fresh.children().size());
        assertEquals(4, dataPlane1.installed.size(), "old and new pair until the old one expires");
    }

    /** ah-sha-hmac esp-aes esp-sha-hmac: QM1 has proposal 1 twice (AH then ESP); four SAs, mirrored. */
    @Test
    void ahPlusEspIsOneProposalNumberAndABundle() {
        ChildTransform ah = new ChildTransform(IpsecAttribute.PROTO_AH, 3, 0, IpsecAttribute.AUTH_HMAC_SHA,
                IpsecAttribute.ENCAP_TUNNEL);
        ChildTransform both = new ChildTransform(IpsecAttribute.PROTO_ESP, IpsecAttribute.ESP_AES, 128,
                IpsecAttribute.AUTH_HMAC_SHA, IpsecAttribute.ENCAP_TUNNEL, ah);
        ChildConfig onR1 = new ChildConfig(both, TrafficSelector.subnet(LAN1, MASK24), TrafficSelector.subnet(LAN2, MASK24),
                0, 3600, 4608000);
        ChildConfig onR2 = new ChildConfig(List.of(ESP_AES_SHA, both), TrafficSelector.subnet(LAN2, MASK24),
                TrafficSelector.subnet(LAN1, MASK24), 0, 3600, 4608000);
        setUp(R1, R1, onR2);
        IkeSa i = r1.initiate(peer1(R1, R2), onR1);
        var offer = ChildProposals.offer(ChildProposals.terms(onR1, false), new byte[] {1, 2, 3, 4}, new byte[] {5, 6, 7, 8});
        assertEquals(List.of(1, 1), offer.proposals().stream().map(p -> p.number()).toList());
        assertEquals(List.of(IpsecAttribute.PROTO_AH, IpsecAttribute.PROTO_ESP),
                offer.proposals().stream().map(p -> p.protocolId()).toList());
        deliverAll();
        IkeSa r = r2.sas().get(0);
        ChildSaPair pi = i.children().get(0);
        ChildSaPair pr = r.children().get(0);
        assertTrue(pi.isBundle() && pr.isBundle());
        assertEquals(IpsecAttribute.PROTO_AH, pi.ahInbound().protocol());
        assertMirrored(pi.inbound(), pr.outbound());
        assertMirrored(pi.outbound(), pr.inbound());
        assertMirrored(pi.ahInbound(), pr.ahOutbound());
        assertMirrored(pi.ahOutbound(), pr.ahInbound());
        assertEquals(20, pi.ahInbound().integrityKey().length);
        assertTrue(pi.ahInbound().spi() != pi.inbound().spi());
        assertEquals(4, dataPlane1.installed.size());
        assertEquals(4, dataPlane2.installed.size());
        // Delete names both protocols: the peer removes the whole bundle.
        i.clearChildren();
        deliverAll();
        assertTrue(dataPlane2.installed.isEmpty());
        assertTrue(r.children().isEmpty());
    }

    /** A responder with only an ESP set refuses an AH+ESP offer (the AND of RFC 2408 §4.2). */
    @Test
    void ahPlusEspOfferIsRefusedByAnEspOnlyResponder() {
        ChildTransform ah = new ChildTransform(IpsecAttribute.PROTO_AH, 3, 0, IpsecAttribute.AUTH_HMAC_SHA,
                IpsecAttribute.ENCAP_TUNNEL);
        ChildTransform both = new ChildTransform(IpsecAttribute.PROTO_ESP, IpsecAttribute.ESP_AES, 128,
                IpsecAttribute.AUTH_HMAC_SHA, IpsecAttribute.ENCAP_TUNNEL, ah);
        setUp(R1, R1, child(LAN2, LAN1, 0));
        IkeSa i = r1.initiate(peer1(R1, R2), new ChildConfig(both, TrafficSelector.subnet(LAN1, MASK24),
                TrafficSelector.subnet(LAN2, MASK24), 0, 3600, 4608000));
        deliverAll();
        assertTrue(i.children().isEmpty());
        assertTrue(dataPlane2.installed.isEmpty());
    }

    /** GRE over IPsec: "permit gre host A host B" proxies carry protocol 47 (ios-crypto-reference §7.9). */
    @Test
    void greHostProxiesWithProtocol47() {
        TrafficSelector a = new TrafficSelector(new byte[] {10, 0, 0, 1}, new byte[] {-1, -1, -1, -1}, 47, 0);
        TrafficSelector b = new TrafficSelector(new byte[] {10, 0, 0, 2}, new byte[] {-1, -1, -1, -1}, 47, 0);
        ChildTransform transport = new ChildTransform(IpsecAttribute.PROTO_ESP, IpsecAttribute.ESP_AES, 128,
                IpsecAttribute.AUTH_HMAC_SHA, IpsecAttribute.ENCAP_TRANSPORT);
        ChildConfig onR1 = new ChildConfig(transport, a, b, 0, 3600, 4608000);
        ChildConfig onR2 = new ChildConfig(transport, b, a, 0, 3600, 4608000);
        setUp(R1, R1, onR2);
        IkeSa i = r1.initiate(peer1(R1, R2), onR1);
        deliverAll();
        assertPairsMirror(i, r2.sas().get(0));
        assertEquals(47, i.children().get(0).outbound().remote().protocol());
        assertEquals(IpsecAttribute.ENCAP_TRANSPORT, i.children().get(0).outbound().encapsulationMode());
        // A selector for any protocol covers GRE, not the other way round.
        assertTrue(TrafficSelector.host(new byte[] {10, 0, 0, 2}).covers(b));
        assertTrue(!b.covers(TrafficSelector.host(new byte[] {10, 0, 0, 2})));
    }

    @Test
    void clearCryptoSaKeepsPhase1AndShowDataIsThere() {
        setUp(R1, R1, child(LAN2, LAN1, 0));
        IkeSa i = r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 0));
        deliverAll();
        IkeSa r = r2.sas().get(0);
        assertEquals(1001, i.connId());
        assertEquals(1001, r.connId());
        assertEquals(86400, i.lifetimeRemainingSeconds());
        clock.advance(Duration.ofSeconds(100));
        assertEquals(86300, i.lifetimeRemainingSeconds());
        i.clearChildren();
        deliverAll();
        assertTrue(i.children().isEmpty());
        assertTrue(r.children().isEmpty());
        assertEquals(Ikev1State.QM_IDLE, i.state());
        assertEquals(Ikev1State.QM_IDLE, r.state());
        i.startQuickMode(child(LAN1, LAN2, 0));
        deliverAll();
        assertPairsMirror(i, r);
    }

    /** A crypto map asks on every packet without an SA: one phase 1 and one quick mode result. */
    @Test
    void repeatedTriggersNegotiateOnce() {
        setUp(R1, R1, child(LAN2, LAN1, 0));
        IkeSa i = r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 0));
        assertEquals(i, r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 0)));
        for (int k = 0; k < 6; k++) net.deliver();
        i.startQuickMode(child(LAN1, LAN2, 0));
        assertEquals(1, net.pending());
        deliverAll();
        assertEquals(1, i.children().size());
        assertEquals(1, r2.sas().get(0).children().size());
        // Once it has ended, a new request (a rekey) starts a new quick mode.
        i.startQuickMode(child(LAN1, LAN2, 0));
        assertEquals(1, net.pending());
    }

    /** R2's crypto map says "set security-association lifetime seconds 1800": it says so in QM2. */
    @Test
    void responderLifetimeNotifyLowersTheInitiatorsLifetime() {
        ChildConfig short2 = new ChildConfig(ESP_AES_SHA, TrafficSelector.subnet(LAN2, MASK24),
                TrafficSelector.subnet(LAN1, MASK24), 0, 1800, ChildConfig.DEFAULT_LIFETIME_KILOBYTES);
        setUp(R1, R1, short2);
        IkeSa i = r1.initiate(peer1(R1, R2), child(LAN1, LAN2, 0));
        deliverAll();
        assertEquals(1800, i.children().get(0).outbound().lifetimeSeconds());
        assertEquals(1800, r2.sas().get(0).children().get(0).inbound().lifetimeSeconds());
        assertEquals(4608000, i.children().get(0).outbound().lifetimeKilobytes());
    }

    /**
     * {@code esp-gmac 256} (ESP transform 23, RFC 4543): negotiated like GCM, keyed with the AES
     * key plus the 4-byte salt and no integrity key. Found against strongSwan ({@code aes256gmac}),
     * which we refused as responder and never offered as initiator.
     */
    @Test
    void aesGmacIsOfferedAcceptedAndKeyedWithSalt() {
        ChildTransform gmac = new ChildTransform(IpsecAttribute.PROTO_ESP, ChildProposals.ESP_NULL_AUTH_AES_GMAC, 256, 0,
                IpsecAttribute.ENCAP_TUNNEL);
        ChildConfig r2Child = new ChildConfig(gmac, TrafficSelector.subnet(LAN2, MASK24), TrafficSelector.subnet(LAN1, MASK24),
                0, 3600, 4608000);
        setUp(R1, R1, r2Child);
        IkeSa i = r1.initiate(peer1(R1, R2), new ChildConfig(gmac, TrafficSelector.subnet(LAN1, MASK24),
                TrafficSelector.subnet(LAN2, MASK24), 0, 3600, 4608000));
        deliverAll();
        assertEquals(1, i.children().size());
        assertMirrored(i.children().get(0).outbound(), r2.sas().get(0).children().get(0).inbound());
        ChildSa out = i.children().get(0).outbound();
        assertEquals(ChildProposals.ESP_NULL_AUTH_AES_GMAC, out.transformId());
        assertEquals(32 + 4, out.encryptionKey().length);
        assertEquals(0, out.integrityKey().length);
    }

    /** "set transform-set 3DES-MD5 AES-SHA": two proposals; the responder only knows the second. */
    @Test
    void secondTransformSetIsChosen() {
        ChildTransform tdes = new ChildTransform(IpsecAttribute.PROTO_ESP, IpsecAttribute.ESP_3DES, 0,
                IpsecAttribute.AUTH_HMAC_MD5, IpsecAttribute.ENCAP_TUNNEL);
        setUp(R1, R1, child(LAN2, LAN1, 0));
        ChildConfig two = new ChildConfig(List.of(tdes, ESP_AES_SHA), TrafficSelector.subnet(LAN1, MASK24),
                TrafficSelector.subnet(LAN2, MASK24), 0, 3600, 4608000);
        IkeSa i = r1.initiate(peer1(R1, R2), two);
        deliverAll();
        assertPairsMirror(i, r2.sas().get(0));
        assertEquals(IpsecAttribute.ESP_AES, i.children().get(0).outbound().transformId());
        // When the responder accepts both, the first acceptable proposal in offer order wins.
        setUpAgainWithResponder(new ChildConfig(List.of(ESP_AES_SHA, tdes), TrafficSelector.subnet(LAN2, MASK24),
                TrafficSelector.subnet(LAN1, MASK24), 0, 3600, 4608000));
    }

    private void setUpAgainWithResponder(ChildConfig r2Child) {
        VirtualScheduler c = new VirtualScheduler();
        InMemoryNetwork n = new InMemoryNetwork();
        PeerConfig c2 = new PeerConfig(R2, R1, "cisco123".getBytes(StandardCharsets.US_ASCII), List.of(POLICY), true,
                List.of(r2Child));
        IkeV1Daemon a = new IkeV1Daemon(c, RandomSource.seeded(3), n, new RecordingInstaller(), JdkCbcCipher.provider(),
                ep -> Optional.empty(), Ikev1Listener.NONE, RetransmitPolicy.DEFAULT);
        IkeV1Daemon b = new IkeV1Daemon(c, RandomSource.seeded(4), n, new RecordingInstaller(), JdkCbcCipher.provider(),
                ep -> Optional.of(c2), Ikev1Listener.NONE, RetransmitPolicy.DEFAULT);
        n.attach(R1, a);
        n.attach(R2, b);
        ChildTransform tdes = new ChildTransform(IpsecAttribute.PROTO_ESP, IpsecAttribute.ESP_3DES, 0,
                IpsecAttribute.AUTH_HMAC_MD5, IpsecAttribute.ENCAP_TUNNEL);
        IkeSa i = a.initiate(peer1(R1, R2), new ChildConfig(List.of(tdes, ESP_AES_SHA), TrafficSelector.subnet(LAN1, MASK24),
                TrafficSelector.subnet(LAN2, MASK24), 0, 3600, 4608000));
        for (int k = 0; k < 20 && n.pending() > 0; k++) n.deliver();
        assertEquals(IpsecAttribute.ESP_3DES, i.children().get(0).outbound().transformId());
        assertEquals(24, i.children().get(0).outbound().encryptionKey().length);
        assertEquals(16, i.children().get(0).outbound().integrityKey().length);
    }
}
