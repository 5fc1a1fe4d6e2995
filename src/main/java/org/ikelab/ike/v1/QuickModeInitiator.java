package org.ikelab.ike.v1;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ikelab.common.DecodeResult;
import org.ikelab.crypto.dh.DhGroup;
import org.ikelab.crypto.dh.DhGroups;
import org.ikelab.crypto.ikev1.Ikev1Kdf;
import org.ikelab.ike.ChildConfig;
import org.ikelab.wire.isakmp.Attribute;
import org.ikelab.wire.isakmp.AttributeCodec;
import org.ikelab.wire.isakmp.ExchangeRules;
import org.ikelab.wire.isakmp.NotifyType;
import org.ikelab.wire.isakmp.ExchangeType;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadCodec;

/**
 * Quick mode, initiator side (RFC 2409 §5.5):
 * <pre>
 * HDR*, HASH(1), SA, Ni [, KE] [, IDci, IDcr] --&gt;
 *                     &lt;-- HDR*, HASH(2), SA, Nr [, KE] [, IDci, IDcr]
 * HDR*, HASH(3)                                --&gt;
 * </pre>
 * The IPsec SAs are installed when HASH(2) checks out, before HASH(3) is sent, as IOS does
 * ("Creating IPSec SAs" precedes the last "sending packet").
 */
final class QuickModeInitiator implements Ikev1Task {
    private final IkeSa sa;
    private final IkeV1Daemon daemon;
    private final ChildConfig child;
    private List<ChildProposals.Terms> offered;
    private ChildProposals.Terms terms;
    private int spi;
    /** Our inbound AH SPI, offered only when a transform set has AH and ESP. */
    private int ahSpi;
    private byte[] ni;
    private byte[] nr;
    private DhGroup.DhKeyPair dh;
    private boolean sentFirst;
    private String failure = "No reason";

    QuickModeInitiator(IkeSa sa, IkeV1Daemon daemon, ChildConfig child) {
        this.sa = sa;
        this.daemon = daemon;
        this.child = child;
    }

    @Override
    public int exchangeType() {
        return ExchangeType.QUICK;
    }

    @Override
    public ExchangeRules.MessageRule expected() {
        return ExchangeRules.QUICK_2;
    }

    @Override
    public Status build(Outbound out) {
        out.encrypted = true;
        Phase1Context p1 = sa.phase1();
        if (!sentFirst) {
            sentFirst = true;
            offered = ChildProposals.terms(child, p1.natLocal() || p1.natRemote()).stream()
                    .filter(ChildProposals::keyable).toList();
            if (offered.isEmpty()) {
                failure = "transform not supported";
                return Status.FAILED;
            }
            spi = QuickMode.newSpi(daemon);
            if (offered.stream().anyMatch(o -> o.ah() != null)) ahSpi = QuickMode.newSpi(daemon);
            ni = p1.random.bytes(Phase1Context.NONCE_LENGTH);
            List<Payload> body = new ArrayList<>();
            body.add(ChildProposals.offer(offered, ByteBuffer.allocate(4).putInt(spi).array(),
                    ByteBuffer.allocate(4).putInt(ahSpi).array()));
            body.add(new Payload.Nonce(ni));
            if (child.pfsGroup() != 0) {
                Optional<DhGroup> g = DhGroups.byId(child.pfsGroup());
                if (g.isEmpty()) {
                    failure = "PFS group " + child.pfsGroup() + " not supported";
                    return Status.FAILED;
                }
                dh = g.get().generate(p1.random);
                body.add(new Payload.KeyExchange(dh.publicValue()));
            }
            body.add(QuickMode.proxyId(child.local()));
            body.add(QuickMode.proxyId(child.remote()));
            out.add(new Payload.Hash(Ikev1Kdf.quickModeHash1(p1.prf(), p1.keys().skeyidA(), out.messageId,
                    PayloadCodec.encodeChain(body))));
            out.payloads.addAll(body);
            return Status.NEED_MORE;
        }
        out.add(new Payload.Hash(Ikev1Kdf.quickModeHash3(p1.prf(), p1.keys().skeyidA(), out.messageId, ni, nr)));
        sa.quickModeEnded(child);
        return Status.SUCCESS;
    }

    @Override
    public Status process(Inbound in) {
        Phase1Context p1 = sa.phase1();
        int mid = in.header().messageId();
        byte[] expected = Ikev1Kdf.quickModeHash2(p1.prf(), p1.keys().skeyidA(), mid, ni, in.payloads().bytesAfter(0));
        if (!MessageDigest.isEqual(expected, ((Payload.Hash) in.payloads().get(0)).data())) {
            failure = "HASH(2) not authenticated";
            return Status.FAILED;
        }
        Payload.Sa answer = in.payloads().first(Payload.Sa.class).orElseThrow();
        List<List<Payload.Proposal>> groups = ChildProposals.groups(answer.proposals());
        if (groups.size() != 1 || !answerShape(groups.get(0))) {
            failure = "Bad proposal in QM2";
            return Status.FAILED;
        }
        List<Payload.Proposal> chosen = groups.get(0);
        Payload.Proposal p = chosen.get(chosen.size() - 1);
        Payload.Proposal ahP = chosen.size() == 2 ? chosen.get(0) : null;
        Optional<ChildProposals.Terms> main = ChildProposals.parse(p.protocolId(), p.transforms().get(0));
        Optional<ChildProposals.Terms> ahTerms = ahP == null ? Optional.empty()
                : ChildProposals.parse(ahP.protocolId(), ahP.transforms().get(0));
        Optional<ChildProposals.Terms> got = main.isEmpty() || (ahP != null && ahTerms.isEmpty()) ? Optional.empty()
                : Optional.of(main.get().withAh(ahTerms.orElse(null)));
        terms = got.isEmpty() ? null
                : offered.stream().filter(o -> sameAlgorithms(got.get(), o)).findFirst().orElse(null);
        if (terms == null) {
            failure = "Responder chose a transform we did not offer";
            return Status.FAILED;
        }
        nr = in.payloads().first(Payload.Nonce.class).orElseThrow().data();
        byte[] pfs = null;
        if (dh != null) {
            Optional<Payload.KeyExchange> ke = in.payloads().first(Payload.KeyExchange.class);
            if (ke.isEmpty()) {
                failure = "PFS KE missing in QM2";
                return Status.FAILED;
            }
            DecodeResult<byte[]> s = dh.agree(ke.get().data());
            if (!s.isOk()) {
                failure = "Invalid PFS key exchange value";
                return Status.FAILED;
            }
            pfs = s.value();
        }
        int peerSpi = ByteBuffer.wrap(p.spi()).getInt();
        int peerAhSpi = ahP == null ? 0 : ByteBuffer.wrap(ahP.spi()).getInt();
        long seconds = ChildProposals.lower(terms.lifetimeSeconds(), got.get().lifetimeSeconds());
        long kilobytes = ChildProposals.lower(terms.lifetimeKilobytes(), got.get().lifetimeKilobytes());
        for (Payload.Notify n : in.payloads().all(Payload.Notify.class)) {
            if (n.notifyType() != NotifyType.RESPONDER_LIFETIME) continue;
            DecodeResult<List<Attribute>> attrs = AttributeCodec.decode(n.data());
            long[] life = attrs.isOk() ? ChildProposals.lifetimes(attrs.value()) : null;
            if (life != null) {
                seconds = ChildProposals.lower(seconds, life[0]);
                kilobytes = ChildProposals.lower(kilobytes, life[1]);
            }
        }
        sa.addChild(QuickMode.pair(sa, child, terms, child.local(), child.remote(), spi, peerSpi, ahSpi, peerAhSpi, ni, nr, pfs,
                seconds, kilobytes), true);
        return Status.NEED_MORE;
    }

    /** One proposal payload with one transform, or AH then ESP under one number; 4-byte SPIs. */
    private static boolean answerShape(List<Payload.Proposal> g) {
        for (Payload.Proposal p : g) if (p.transforms().size() != 1 || p.spi().length != 4) return false;
        return g.size() == 1 || (g.size() == 2 && g.get(0).protocolId() == org.ikelab.wire.isakmp.IpsecAttribute.PROTO_AH
                && g.get(1).protocolId() == org.ikelab.wire.isakmp.IpsecAttribute.PROTO_ESP);
    }

    private static boolean sameAlgorithms(ChildProposals.Terms a, ChildProposals.Terms b) {
        if ((a.ah() == null) != (b.ah() == null)) return false;
        if (a.ah() != null && !sameAlgorithms(a.ah(), b.ah())) return false;
        return a.protocol() == b.protocol() && a.transformId() == b.transformId() && a.keyLengthBits() == b.keyLengthBits()
                && a.authAlgorithm() == b.authAlgorithm() && a.encapsulationMode() == b.encapsulationMode()
                && a.group() == b.group();
    }

    @Override
    public void abandoned() {
        sa.quickModeEnded(child);
    }

    @Override
    public String failureReason() {
        return failure;
    }

    @Override
    public String toString() {
        return "QuickModeInitiator " + child + " spi " + Arrays.toString(ByteBuffer.allocate(4).putInt(spi).array());
    }
}
