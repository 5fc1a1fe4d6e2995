package org.ikelab.ike.v1;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.ikelab.common.DecodeResult;
import org.ikelab.crypto.ikev1.Phase1Keys;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.wire.isakmp.ExchangeRules;
import org.ikelab.wire.isakmp.IpsecAttribute;
import org.ikelab.wire.isakmp.NotifyType;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadCodec;
import org.ikelab.wire.isakmp.PayloadType;
import org.ikelab.wire.isakmp.VendorIds;

/**
 * Main mode with a pre-shared key, initiator side (RFC 2409 §5.4, NAT-D per RFC 3947 §3):
 * <pre>
 * HDR, SA, V(NAT-T), V(DPD)            --&gt;
 *                                      &lt;--  HDR, SA, V...
 * HDR, KE, Ni, NAT-D, NAT-D            --&gt;
 *                                      &lt;--  HDR, KE, Nr, NAT-D, NAT-D
 * HDR*, IDii, HASH_I, N(INITIAL-CONTACT) --&gt;
 *                                      &lt;--  HDR*, IDir, HASH_R
 * </pre>
 */
final class MainModeInitiator implements Ikev1Task {
    /** What we sent last, which fixes what we expect next (strongSwan's MM_INIT/SA/KE/AUTH). */
    private enum Step { INIT, SA, KE, AUTH }

    private final IkeSa sa;
    private final Phase1Context ctx;
    private Step step = Step.INIT;
    private String failure = "No reason";

    MainModeInitiator(IkeSa sa) {
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
            case INIT, SA -> ExchangeRules.MAIN_2;
            case KE -> ExchangeRules.MAIN_4;
            case AUTH -> ExchangeRules.MAIN_6;
        };
    }

    @Override
    public Status build(Outbound out) {
        switch (step) {
            case INIT -> {
                Payload.Sa offer = Phase1Proposals.offer(ctx.config.proposals());
                ctx.saiB = PayloadCodec.encodeBody(offer);
                out.add(offer);
                if (ctx.config.natTraversal()) {
                    // The NAT-T vendor ids IOS announces in MM1, newest first.
                    for (VendorIds.Known k : List.of(VendorIds.NAT_T_RFC3947, VendorIds.NAT_T_DRAFT_07,
                            VendorIds.NAT_T_DRAFT_03, VendorIds.NAT_T_DRAFT_02N)) {
                        out.add(VendorIds.payload(k));
                    }
                }
                step = Step.SA;
                sa.setState(Ikev1State.MM_NO_STATE);
            }
            case SA -> {
                out.add(new Payload.KeyExchange(ctx.ourPublicValue()));
                ctx.gxi = ctx.ourPublicValue();
                ctx.ni = ctx.random.bytes(Phase1Context.NONCE_LENGTH);
                out.add(new Payload.Nonce(ctx.ni));
                // IOS puts DPD and its own id in MM3/MM4 ("vendor ID is DPD", "speaking to another IOS box!").
                out.add(VendorIds.payload(VendorIds.DPD));
                out.add(VendorIds.payload(VendorIds.CISCO_IOS));
                if (ctx.peerNatT) NatDetection.addPayloads(out, ctx, sa);
                step = Step.KE;
                sa.setState(Ikev1State.MM_SA_SETUP);
            }
            case KE -> {
                Payload.Id id = QuickMode.localId(sa);
                out.encrypted = true;
                out.add(id);
                out.add(new Payload.Hash(ctx.hashI(PayloadCodec.encodeBody(id))));
                if (sa.firstContact()) {
                    // IOS "Send initial contact": only when we hold no other SA with this peer.
                    out.add(new Payload.Notify(1, IpsecAttribute.PROTO_ISAKMP, NotifyType.INITIAL_CONTACT,
                            sa.cookies(), new byte[0]));
                }
                step = Step.AUTH;
                sa.setState(Ikev1State.MM_KEY_EXCH);
            }
            case AUTH -> {
                return Status.FAILED;
            }
        }
        return Status.NEED_MORE;
    }

    @Override
    public Status process(Inbound in) {
        return switch (step) {
            case INIT, SA -> processSa(in);
            case KE -> processKe(in);
            case AUTH -> processAuth(in);
        };
    }

    private Status processSa(Inbound in) {
        Payload.Sa answer = in.payloads().first(Payload.Sa.class).orElseThrow();
        Optional<Phase1Proposal> agreed = Phase1Proposals.accepted(answer, ctx.config.proposals());
        if (agreed.isEmpty() || !ctx.supported(agreed.get())) {
            failure = "Phase1 SA policy proposal not accepted";
            return Status.FAILED;
        }
        ctx.agreed = agreed.get();
        // IOS checks the responder's choice against its policy too ("Checking ISAKMP transform 1").
        sa.listener().policyChecked(sa, 1, agreed.get(), agreed.get(), "atts are acceptable. Next payload is 0");
        ctx.ckyR = in.header().responderCookie();
        ctx.peerNatT = ctx.config.natTraversal() && NatDetection.announced(in.payloads().all(Payload.VendorId.class));
        return Status.NEED_MORE;
    }

    private Status processKe(Inbound in) {
        ctx.gxr = in.payloads().first(Payload.KeyExchange.class).orElseThrow().data();
        ctx.nr = in.payloads().first(Payload.Nonce.class).orElseThrow().data();
        if (!Phase1Context.nonceLengthValid(ctx.nr)) {
            failure = "Bad nonce length";
            return Status.FAILED;
        }
        NatDetection.check(ctx, in.payloads().all(Payload.NatD.class), sa.local(), sa.remote());
        DecodeResult<Phase1Keys> keys = ctx.deriveKeys();
        if (!keys.isOk()) {
            failure = "Invalid key exchange value";
            return Status.FAILED;
        }
        NatDetection.floatIfNatted(ctx, sa);   // from MM5 on
        return Status.NEED_MORE;
    }

    private Status processAuth(Inbound in) {
        int idIndex = in.payloads().indexOf(PayloadType.ID);
        Payload.Hash hash = in.payloads().first(Payload.Hash.class).orElse(null);
        if (hash == null || !MessageDigest.isEqual(hash.data(), ctx.hashR(in.payloads().rawBody(idIndex)))) {
            failure = "HASH not authenticated";
            return Status.FAILED;
        }
        ctx.peerId = (Payload.Id) in.payloads().get(idIndex);
        sa.setState(Ikev1State.QM_IDLE);
        return Status.SUCCESS;
    }

    @Override
    public String failureReason() {
        return failure;
    }
}
