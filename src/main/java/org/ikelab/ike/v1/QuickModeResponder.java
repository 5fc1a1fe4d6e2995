package org.ikelab.ike.v1;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ikelab.common.DecodeResult;
import org.ikelab.crypto.dh.DhGroup;
import org.ikelab.crypto.dh.DhGroups;
import org.ikelab.crypto.ikev1.Ikev1Kdf;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.TrafficSelector;
import org.ikelab.wire.isakmp.Attribute;
import org.ikelab.wire.isakmp.AttributeCodec;
import org.ikelab.wire.isakmp.ExchangeRules;
import org.ikelab.wire.isakmp.ExchangeType;
import org.ikelab.wire.isakmp.IpsecAttribute;
import org.ikelab.wire.isakmp.NotifyType;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadCodec;

/**
 * Quick mode, responder side. The offer is matched against the peer's child configurations
 * (crypto map entries) in order: the proxies must be covered by ours, mirrored, and the
 * transform must match; a responder without PFS accepts a PFS offer (ios-crypto-reference §7.5).
 * The IPsec SAs are installed when HASH(3) arrives.
 */
final class QuickModeResponder implements Ikev1Task {
    private final IkeSa sa;
    private final IkeV1Daemon daemon;
    private ChildProposals.Terms terms;
    private ChildConfig config;
    private TrafficSelector ours;
    private TrafficSelector theirs;
    private Payload.Transform chosen;
    private int chosenProposal;
    private byte[] peerSpi;
    private int spi;
    /** The AH half of an AH+ESP proposal: the transform chosen, the peer's SPI and ours. */
    private Payload.Transform chosenAh;
    private byte[] peerAhSpi;
    private int ahSpi;
    private byte[] ni;
    private byte[] nr;
    private byte[] pfsSecret;
    private DhGroup.DhKeyPair dh;
    private List<Payload.Id> ids = List.of();
    private long seconds;
    private long kilobytes;
    private boolean answered;
    private String failure = "No reason";
    private Payload.Notify failureNotify;

    QuickModeResponder(IkeSa sa, IkeV1Daemon daemon) {
        this.sa = sa;
        this.daemon = daemon;
    }

    @Override
    public int exchangeType() {
        return ExchangeType.QUICK;
    }

    @Override
    public ExchangeRules.MessageRule expected() {
        return answered ? ExchangeRules.QUICK_3 : ExchangeRules.QUICK_1;
    }

    @Override
    public Status process(Inbound in) {
        return answered ? processHash3(in) : processOffer(in);
    }

    private Status processOffer(Inbound in) {
        Phase1Context p1 = sa.phase1();
        int mid = in.header().messageId();
        byte[] expected = Ikev1Kdf.quickModeHash1(p1.prf(), p1.keys().skeyidA(), mid, in.payloads().bytesAfter(0));
        if (!MessageDigest.isEqual(expected, ((Payload.Hash) in.payloads().get(0)).data())) {
            failure = "HASH(1) not authenticated";
            return Status.FAILED;
        }
        ids = in.payloads().all(Payload.Id.class);
        TrafficSelector initiatorProxy;
        TrafficSelector responderProxy;
        if (ids.isEmpty()) {
            // Without IDs the proxies are the phase-1 addresses (RFC 2409 §5.5).
            initiatorProxy = TrafficSelector.host(sa.remote().addressBytes());
            responderProxy = TrafficSelector.host(sa.local().addressBytes());
        } else if (ids.size() == 2) {
            Optional<TrafficSelector> ci = QuickMode.proxy(ids.get(0));
            Optional<TrafficSelector> cr = QuickMode.proxy(ids.get(1));
            if (ci.isEmpty() || cr.isEmpty()) return reject("proxy identities not supported", NotifyType.INVALID_ID_INFORMATION);
            initiatorProxy = ci.get();
            responderProxy = cr.get();
        } else {
            return reject("proxy identities not supported", NotifyType.INVALID_ID_INFORMATION);
        }
        ours = responderProxy;
        theirs = initiatorProxy;
        Payload.Sa offer = in.payloads().first(Payload.Sa.class).orElseThrow();
        Optional<ChildConfig> match = Optional.empty();
        for (ChildConfig c : p1.config.children()) {
            if (!c.remote().covers(initiatorProxy) || !c.local().covers(responderProxy)) {
                continue;
            }
            for (List<Payload.Proposal> g : ChildProposals.groups(offer.proposals())) {
                if (choose(g, c)) {
                    match = Optional.of(c);
                    break;
                }
            }
            if (match.isPresent()) break;
        }
        if (match.isEmpty()) return reject("phase 2 SA policy not acceptable!", NotifyType.NO_PROPOSAL_CHOSEN);
        config = match.get();
        seconds = ChildProposals.lower(terms.lifetimeSeconds(), match.get().lifetimeSeconds());
        kilobytes = ChildProposals.lower(terms.lifetimeKilobytes(), match.get().lifetimeKilobytes());
        ni = in.payloads().first(Payload.Nonce.class).orElseThrow().data();
        if (terms.group() != 0) {
            Optional<Payload.KeyExchange> ke = in.payloads().first(Payload.KeyExchange.class);
            Optional<DhGroup> g = DhGroups.byId(terms.group());
            if (ke.isEmpty() || g.isEmpty()) return reject("PFS offer without a usable KE", NotifyType.NO_PROPOSAL_CHOSEN);
            dh = g.get().generate(p1.random);
            DecodeResult<byte[]> s = dh.agree(ke.get().data());
            if (!s.isOk()) return reject("Invalid PFS key exchange value", NotifyType.INVALID_KEY_INFORMATION);
            pfsSecret = s.value();
        }
        return Status.NEED_MORE;
    }

    /**
     * Picks the first acceptable transform of one proposal number: a single protocol, or AH and
     * ESP together (RFC 2408 §4.2), each payload with one of its transforms.
     */
    private boolean choose(List<Payload.Proposal> g, ChildConfig c) {
        for (Payload.Proposal p : g) if (p.spi().length != 4 || p.transforms().isEmpty()) return false;
        if (g.size() == 1) {
            Payload.Proposal p = g.get(0);
            for (Payload.Transform t : p.transforms()) {
                Optional<ChildProposals.Terms> o = ChildProposals.parse(p.protocolId(), t);
                if (o.isPresent() && ChildProposals.compatible(o.get(), c) && ChildProposals.keyable(o.get())) {
                    terms = o.get();
                    chosen = t;
                    chosenProposal = p.number();
                    peerSpi = p.spi();
                    return true;
                }
            }
            return false;
        }
        if (g.size() != 2 || g.get(0).protocolId() != IpsecAttribute.PROTO_AH || g.get(1).protocolId() != IpsecAttribute.PROTO_ESP) {
            return false;
        }
        for (Payload.Transform ah : g.get(0).transforms()) {
            Optional<ChildProposals.Terms> a = ChildProposals.parse(IpsecAttribute.PROTO_AH, ah);
            if (a.isEmpty()) continue;
            for (Payload.Transform esp : g.get(1).transforms()) {
                Optional<ChildProposals.Terms> e = ChildProposals.parse(IpsecAttribute.PROTO_ESP, esp);
                if (e.isEmpty()) continue;
                ChildProposals.Terms both = e.get().withAh(a.get());
                if (ChildProposals.compatible(both, c) && ChildProposals.keyable(both)) {
                    terms = both;
                    chosen = esp;
                    chosenAh = ah;
                    chosenProposal = g.get(1).number();
                    peerSpi = g.get(1).spi();
                    peerAhSpi = g.get(0).spi();
                    return true;
                }
            }
        }
        return false;
    }

    private Status reject(String reason, int notifyType) {
        failure = reason;
        failureNotify = new Payload.Notify(1, terms == null ? 3 : terms.protocol(), notifyType,
                peerSpi == null ? new byte[0] : peerSpi, new byte[0]);
        return Status.FAILED;
    }

    @Override
    public Status build(Outbound out) {
        Phase1Context p1 = sa.phase1();
        out.encrypted = true;
        spi = QuickMode.newSpi(daemon);
        nr = p1.random.bytes(Phase1Context.NONCE_LENGTH);
        List<Payload> body = new ArrayList<>();
        List<Payload.Proposal> answer = new ArrayList<>();
        if (chosenAh != null) {
            ahSpi = QuickMode.newSpi(daemon);
            answer.add(new Payload.Proposal(chosenProposal, IpsecAttribute.PROTO_AH, ByteBuffer.allocate(4).putInt(ahSpi).array(),
                    List.of(chosenAh)));
        }
        answer.add(new Payload.Proposal(chosenProposal, terms.protocol(), ByteBuffer.allocate(4).putInt(spi).array(),
                List.of(chosen)));
        body.add(Payload.Sa.ipsec(answer));
        body.add(new Payload.Nonce(nr));
        if (dh != null) body.add(new Payload.KeyExchange(dh.publicValue()));
        body.addAll(ids);
        List<Attribute> lower = ChildProposals.responderLifetime(terms, seconds, kilobytes);
        if (!lower.isEmpty()) {
            // RFC 2407 §4.6.3.1: tell the initiator we keep the SA for less than it offered.
            body.add(new Payload.Notify(1, terms.protocol(), NotifyType.RESPONDER_LIFETIME, peerSpi,
                    AttributeCodec.encode(lower)));
        }
        out.add(new Payload.Hash(Ikev1Kdf.quickModeHash2(p1.prf(), p1.keys().skeyidA(), out.messageId, ni,
                PayloadCodec.encodeChain(body))));
        out.payloads.addAll(body);
        answered = true;
        return Status.NEED_MORE;
    }

    private Status processHash3(Inbound in) {
        Phase1Context p1 = sa.phase1();
        byte[] expected = Ikev1Kdf.quickModeHash3(p1.prf(), p1.keys().skeyidA(), in.header().messageId(), ni, nr);
        if (!MessageDigest.isEqual(expected, ((Payload.Hash) in.payloads().get(0)).data())) {
            failure = "HASH(3) not authenticated";
            return Status.FAILED;
        }
        sa.addChild(QuickMode.pair(sa, config, terms, ours, theirs, spi, ByteBuffer.wrap(peerSpi).getInt(), ahSpi,
                peerAhSpi == null ? 0 : ByteBuffer.wrap(peerAhSpi).getInt(), ni, nr, pfsSecret, seconds,
                kilobytes), false);
        return Status.SUCCESS;
    }

    @Override
    public Payload.Notify failureNotify() {
        return failureNotify;
    }

    @Override
    public String failureReason() {
        return failure;
    }
}
