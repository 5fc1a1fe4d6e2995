package org.ikelab.ike.v1;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.ikelab.common.DecodeResult;
import org.ikelab.crypto.dh.DhGroups;
import org.ikelab.crypto.ikev1.Phase1Keys;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.wire.isakmp.ExchangeRules;
import org.ikelab.wire.isakmp.ExchangeType;
import org.ikelab.wire.isakmp.IpsecAttribute;
import org.ikelab.wire.isakmp.NotifyType;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadCodec;
import org.ikelab.wire.isakmp.PayloadType;
import org.ikelab.wire.isakmp.VendorIds;

/**
 * Aggressive mode with a pre-shared key, initiator side (RFC 2409 §5.4, NAT-D in messages 2
 * and 3 and the move to port 4500 with message 3, RFC 3947 §3-4):
 * <pre>
 * HDR, SA, KE, Ni, IDii, V...          --&gt;
 *                                      &lt;--  HDR, SA, KE, Nr, IDir, HASH_R, V..., NAT-D, NAT-D
 * HDR*, HASH_I, NAT-D, NAT-D, N(INITIAL-CONTACT) --&gt;
 * </pre>
 * The KE goes out before the policy is agreed, so only the policies sharing the first one's
 * DH group are offered.
 */
final class AggressiveModeInitiator implements Ikev1Task {
    private final IkeSa sa;
    private final Phase1Context ctx;
    private List<Phase1Proposal> offered;
    private byte[] idiiB;
    private boolean sentFirst;
    private String failure = "No reason";

    AggressiveModeInitiator(IkeSa sa) {
        this.sa = sa;
        this.ctx = sa.phase1();
    }

    @Override
    public int exchangeType() {
        return ExchangeType.AGGRESSIVE;
    }

    @Override
    public ExchangeRules.MessageRule expected() {
        return ExchangeRules.AGGRESSIVE_2;
    }

    @Override
    public Status build(Outbound out) {
        if (!sentFirst) {
            sentFirst = true;
            int group = ctx.config.proposals().get(0).group();
            offered = ctx.config.proposals().stream().filter(p -> p.group() == group).toList();
            if (DhGroups.byId(group).isEmpty()) {
                failure = "DH group " + group + " not supported";
                return Status.FAILED;
            }
            Payload.Sa offer = Phase1Proposals.offer(offered);
            ctx.saiB = PayloadCodec.encodeBody(offer);
            ctx.dh = DhGroups.byId(group).orElseThrow().generate(ctx.random);
            ctx.gxi = ctx.dh.publicValue();
            ctx.ni = ctx.random.bytes(Phase1Context.NONCE_LENGTH);
            Payload.Id id = QuickMode.localId(sa);
            idiiB = PayloadCodec.encodeBody(id);
            out.add(offer).add(new Payload.KeyExchange(ctx.gxi)).add(new Payload.Nonce(ctx.ni)).add(id);
            if (ctx.config.natTraversal()) out.add(VendorIds.payload(VendorIds.NAT_T_RFC3947));
            out.add(VendorIds.payload(VendorIds.DPD));
            sa.setState(Ikev1State.AG_INIT_EXCH);
            return Status.NEED_MORE;
        }
        out.encrypted = true;
        out.add(new Payload.Hash(ctx.hashI(idiiB)));
        if (ctx.peerNatT) NatDetection.addPayloads(out, ctx, sa);
        if (sa.firstContact()) {
            out.add(new Payload.Notify(1, IpsecAttribute.PROTO_ISAKMP, NotifyType.INITIAL_CONTACT, sa.cookies(), new byte[0]));
        }
        NatDetection.floatIfNatted(ctx, sa);   // aggressive mode moves to 4500 with its third message
        sa.setState(Ikev1State.QM_IDLE);
        return Status.SUCCESS;
    }

    @Override
    public Status process(Inbound in) {
        Payload.Sa answer = in.payloads().first(Payload.Sa.class).orElseThrow();
        Optional<Phase1Proposal> agreed = Phase1Proposals.accepted(answer, offered);
        if (agreed.isEmpty() || !ctx.supported(agreed.get())) {
            failure = "Phase1 SA policy proposal not accepted";
            return Status.FAILED;
        }
        ctx.agreed = agreed.get();
        ctx.ckyR = in.header().responderCookie();
        ctx.gxr = in.payloads().first(Payload.KeyExchange.class).orElseThrow().data();
        ctx.nr = in.payloads().first(Payload.Nonce.class).orElseThrow().data();
        if (!Phase1Context.nonceLengthValid(ctx.nr)) {
            failure = "Bad nonce length";
            return Status.FAILED;
        }
        ctx.peerNatT = ctx.config.natTraversal()
                && NatDetection.announced(in.payloads().all(Payload.VendorId.class));
        DecodeResult<Phase1Keys> keys = ctx.deriveKeys();
        if (!keys.isOk()) {
            failure = "Invalid key exchange value";
            return Status.FAILED;
        }
        NatDetection.check(ctx, in.payloads().all(Payload.NatD.class), sa.local(), sa.remote());
        int idIndex = in.payloads().indexOf(PayloadType.ID);
        Payload.Hash hash = in.payloads().first(Payload.Hash.class).orElse(null);
        if (hash == null || !MessageDigest.isEqual(hash.data(), ctx.hashR(in.payloads().rawBody(idIndex)))) {
            failure = "HASH not authenticated";
            return Status.FAILED;
        }
        return Status.NEED_MORE;
    }

    @Override
    public String failureReason() {
        return failure;
    }
}
