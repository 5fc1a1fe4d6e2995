package org.ikelab.ike.v1;

import java.security.MessageDigest;
import java.util.Optional;
import org.ikelab.common.DecodeResult;
import org.ikelab.crypto.ikev1.Phase1Keys;
import org.ikelab.wire.isakmp.ExchangeRules;
import org.ikelab.wire.isakmp.ExchangeType;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadCodec;
import org.ikelab.wire.isakmp.PayloadType;
import org.ikelab.wire.isakmp.VendorIds;

/** Aggressive mode with a pre-shared key, responder side: the mirror of {@link AggressiveModeInitiator}. */
final class AggressiveModeResponder implements Ikev1Task {
    private final IkeSa sa;
    private final Phase1Context ctx;
    private Payload.Transform chosen;
    private byte[] idiiB;
    /** Endpoints as of message 1: the peer's NAT-D hashes in message 3 were computed before it moved to 4500. */
    private org.ikelab.ike.IkeEndpoint local0;
    private org.ikelab.ike.IkeEndpoint remote0;
    private boolean answered;
    private String failure = "No reason";
    private Payload.Notify failureNotify;

    AggressiveModeResponder(IkeSa sa) {
        this.sa = sa;
        this.ctx = sa.phase1();
    }

    @Override
    public int exchangeType() {
        return ExchangeType.AGGRESSIVE;
    }

    @Override
    public ExchangeRules.MessageRule expected() {
        return answered ? ExchangeRules.AGGRESSIVE_3 : ExchangeRules.AGGRESSIVE_1;
    }

    @Override
    public Status process(Inbound in) {
        return answered ? processAuth(in) : processFirst(in);
    }

    private Status processFirst(Inbound in) {
        Optional<Payload.Transform> pick = Phase1Proposals.respond(sa, ctx, in);
        if (pick.isEmpty()) {
            failure = "Phase1 SA policy proposal not accepted";
            failureNotify = Phase1Proposals.noProposalChosen(sa);
            return Status.FAILED;
        }
        chosen = pick.get();
        ctx.gxi = in.payloads().first(Payload.KeyExchange.class).orElseThrow().data();
        ctx.ni = in.payloads().first(Payload.Nonce.class).orElseThrow().data();
        idiiB = in.payloads().rawBody(in.payloads().indexOf(PayloadType.ID));
        if (!Phase1Context.nonceLengthValid(ctx.ni)) {
            failure = "Bad nonce length";
            return Status.FAILED;
        }
        ctx.peerNatT = ctx.config.natTraversal()
                && NatDetection.announced(in.payloads().all(Payload.VendorId.class));
        local0 = sa.local();
        remote0 = sa.remote();
        ctx.gxr = ctx.ourPublicValue();
        ctx.nr = ctx.random.bytes(Phase1Context.NONCE_LENGTH);
        DecodeResult<Phase1Keys> keys = ctx.deriveKeys();
        if (!keys.isOk()) {
            failure = "Invalid key exchange value";
            return Status.FAILED;
        }
        return Status.NEED_MORE;
    }

    @Override
    public Status build(Outbound out) {
        Payload.Id id = QuickMode.localId(sa);
        out.add(Phase1Proposals.answer(chosen));
        out.add(new Payload.KeyExchange(ctx.gxr)).add(new Payload.Nonce(ctx.nr)).add(id)
                .add(new Payload.Hash(ctx.hashR(PayloadCodec.encodeBody(id))));
        if (ctx.peerNatT) out.add(VendorIds.payload(VendorIds.NAT_T_RFC3947));
        out.add(VendorIds.payload(VendorIds.DPD));
        if (ctx.peerNatT) NatDetection.addPayloads(out, ctx, sa);
        answered = true;
        sa.setState(Ikev1State.AG_INIT_EXCH);
        return Status.NEED_MORE;
    }

    private Status processAuth(Inbound in) {
        NatDetection.check(ctx, in.payloads().all(Payload.NatD.class), local0, remote0);
        Payload.Hash hash = in.payloads().first(Payload.Hash.class).orElse(null);
        if (hash == null || !MessageDigest.isEqual(hash.data(), ctx.hashI(idiiB))) {
            failure = "HASH not authenticated";
            return Status.FAILED;
        }
        sa.setState(Ikev1State.QM_IDLE);
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
