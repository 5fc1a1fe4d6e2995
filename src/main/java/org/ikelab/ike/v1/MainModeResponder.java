package org.ikelab.ike.v1;

import java.security.MessageDigest;
import java.util.Optional;
import org.ikelab.common.DecodeResult;
import org.ikelab.crypto.ikev1.Phase1Keys;
import org.ikelab.wire.isakmp.ExchangeRules;
import org.ikelab.wire.isakmp.NotifyType;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadCodec;
import org.ikelab.wire.isakmp.PayloadType;
import org.ikelab.wire.isakmp.VendorIds;

/** Main mode with a pre-shared key, responder side: the mirror of {@link MainModeInitiator}. */
final class MainModeResponder implements Ikev1Task {
    /** The message we expect next. */
    private enum Step { MM1, MM3, MM5, DONE }

    private final IkeSa sa;
    private final Phase1Context ctx;
    private Step step = Step.MM1;
    private Payload.Transform chosen;
    private boolean peerSentNatD;
    private String failure = "No reason";
    private Payload.Notify failureNotify;
    private boolean initialContact;

    MainModeResponder(IkeSa sa) {
        this.sa = sa;
        this.ctx = sa.phase1();
    }

    @Override
    public int exchangeType() {
        return org.ikelab.wire.isakmp.ExchangeType.MAIN;
    }

    @Override
    public ExchangeRules.MessageRule expected() {
        return switch (step) {
            case MM1 -> ExchangeRules.MAIN_1;
            case MM3 -> ExchangeRules.MAIN_3;
            case MM5, DONE -> ExchangeRules.MAIN_5;
        };
    }

    @Override
    public Status process(Inbound in) {
        return switch (step) {
            case MM1 -> processSa(in);
            case MM3 -> processKe(in);
            case MM5 -> processAuth(in);
            case DONE -> Status.FAILED;
        };
    }

    private Status processSa(Inbound in) {
        Optional<Payload.Transform> pick = Phase1Proposals.respond(sa, ctx, in);
        if (pick.isEmpty()) {
            failure = "Phase1 SA policy proposal not accepted";
            failureNotify = Phase1Proposals.noProposalChosen(sa);
            return Status.FAILED;
        }
        chosen = pick.get();
        ctx.peerNatT = ctx.config.natTraversal()
                && NatDetection.announced(in.payloads().all(Payload.VendorId.class));
        return Status.NEED_MORE;
    }

    private Status processKe(Inbound in) {
        ctx.gxi = in.payloads().first(Payload.KeyExchange.class).orElseThrow().data();
        ctx.ni = in.payloads().first(Payload.Nonce.class).orElseThrow().data();
        if (!Phase1Context.nonceLengthValid(ctx.ni)) {
            failure = "Bad nonce length";
            return Status.FAILED;
        }
        peerSentNatD = NatDetection.check(ctx, in.payloads().all(Payload.NatD.class), sa.local(), sa.remote());
        ctx.gxr = ctx.ourPublicValue();
        ctx.nr = ctx.random.bytes(Phase1Context.NONCE_LENGTH);
        DecodeResult<Phase1Keys> keys = ctx.deriveKeys();
        if (!keys.isOk()) {
            failure = "Invalid key exchange value";
            return Status.FAILED;
        }
        return Status.NEED_MORE;
    }

    private Status processAuth(Inbound in) {
        int idIndex = in.payloads().indexOf(PayloadType.ID);
        Payload.Hash hash = in.payloads().first(Payload.Hash.class).orElse(null);
        if (hash == null || !MessageDigest.isEqual(hash.data(), ctx.hashI(in.payloads().rawBody(idIndex)))) {
            failure = "HASH not authenticated";
            return Status.FAILED;
        }
        ctx.peerId = (Payload.Id) in.payloads().get(idIndex);
        initialContact = in.payloads().all(Payload.Notify.class).stream()
                .anyMatch(n -> n.notifyType() == NotifyType.INITIAL_CONTACT);
        return Status.NEED_MORE;
    }

    @Override
    public Status build(Outbound out) {
        switch (step) {
            case MM1 -> {
                out.add(Phase1Proposals.answer(chosen));
                if (ctx.peerNatT) out.add(VendorIds.payload(VendorIds.NAT_T_RFC3947));
                step = Step.MM3;
                sa.setState(Ikev1State.MM_SA_SETUP);
                return Status.NEED_MORE;
            }
            case MM3 -> {
                out.add(new Payload.KeyExchange(ctx.gxr));
                out.add(new Payload.Nonce(ctx.nr));
                out.add(VendorIds.payload(VendorIds.DPD));
                out.add(VendorIds.payload(VendorIds.CISCO_IOS));
                if (peerSentNatD) NatDetection.addPayloads(out, ctx, sa);
                step = Step.MM5;
                sa.setState(Ikev1State.MM_KEY_EXCH);
                return Status.NEED_MORE;
            }
            case MM5 -> {
                Payload.Id id = QuickMode.localId(sa);
                out.encrypted = true;
                out.add(id);
                out.add(new Payload.Hash(ctx.hashR(PayloadCodec.encodeBody(id))));
                step = Step.DONE;
                sa.setState(Ikev1State.QM_IDLE);
                if (initialContact) sa.daemonInitialContact();
                return Status.SUCCESS;
            }
            default -> {
                return Status.FAILED;
            }
        }
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
