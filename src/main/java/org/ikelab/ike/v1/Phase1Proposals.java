package org.ikelab.ike.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.wire.isakmp.Attribute;
import org.ikelab.wire.isakmp.IpsecAttribute;
import org.ikelab.wire.isakmp.NotifyType;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadType;
import org.ikelab.wire.isakmp.Phase1Attribute;

/**
 * Phase-1 SA payloads and their matching. IOS offers one proposal with one transform per
 * policy, attributes in the order its debug prints them; the responder takes the first
 * offered transform, in offer order, that one of its policies (in priority order) accepts
 * (ios-crypto-reference §7.3).
 */
final class Phase1Proposals {
    private Phase1Proposals() {
    }

    static Payload.Sa offer(List<Phase1Proposal> policies) {
        List<Payload.Transform> ts = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) ts.add(transform(i + 1, policies.get(i)));
        return Payload.Sa.ipsec(List.of(new Payload.Proposal(1, IpsecAttribute.PROTO_ISAKMP, new byte[0], ts)));
    }

    static Payload.Transform transform(int number, Phase1Proposal p) {
        List<Attribute> a = new ArrayList<>();
        a.add(new Attribute.Basic(Phase1Attribute.ENCRYPTION, p.encryption()));
        if (p.keyLengthBits() != 0) a.add(new Attribute.Basic(Phase1Attribute.KEY_LENGTH, p.keyLengthBits()));
        a.add(new Attribute.Basic(Phase1Attribute.HASH, p.hash()));
        a.add(new Attribute.Basic(Phase1Attribute.GROUP_DESCRIPTION, p.group()));
        a.add(new Attribute.Basic(Phase1Attribute.AUTH_METHOD, p.authMethod()));
        a.add(new Attribute.Basic(Phase1Attribute.LIFE_TYPE, Phase1Attribute.LIFE_SECONDS));
        a.add(lifetime(p.lifetimeSeconds()));
        return new Payload.Transform(number, Phase1Attribute.KEY_IKE, a);
    }

    /** IOS sends the phase-1 lifetime as a 4-byte variable attribute ("life duration (VPI)"). */
    private static Attribute lifetime(long seconds) {
        return new Attribute.Variable(Phase1Attribute.LIFE_DURATION, new byte[] {(byte) (seconds >>> 24),
            (byte) (seconds >>> 16), (byte) (seconds >>> 8), (byte) seconds});
    }

    /** The offered transform as a policy, or empty when it carries attributes we do not understand. */
    static Optional<Phase1Proposal> parse(Payload.Transform t) {
        if (t.transformId() != Phase1Attribute.KEY_IKE) return Optional.empty();
        int enc = 0;
        int keyLength = 0;
        int hash = 0;
        int auth = 0;
        int group = 0;
        long life = Phase1Proposal.DEFAULT_LIFETIME;
        int lifeType = 0;
        for (Attribute a : t.attributes()) {
            long v = a.longValue();
            if (v < 0) return Optional.empty();
            switch (a.type()) {
                case Phase1Attribute.ENCRYPTION -> enc = (int) v;
                case Phase1Attribute.KEY_LENGTH -> keyLength = (int) v;
                case Phase1Attribute.HASH -> hash = (int) v;
                case Phase1Attribute.AUTH_METHOD -> auth = (int) v;
                case Phase1Attribute.GROUP_DESCRIPTION -> group = (int) v;
                case Phase1Attribute.LIFE_TYPE -> lifeType = (int) v;
                case Phase1Attribute.LIFE_DURATION -> {
                    if (lifeType == Phase1Attribute.LIFE_SECONDS) life = v;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (enc == 0 || hash == 0 || auth == 0 || group == 0) return Optional.empty();
        return Optional.of(new Phase1Proposal(0, enc, keyLength, hash, auth, group, life));
    }

    /** A choice: the transform to echo in MM2 and the policy with the lifetime both sides use. */
    record Choice(Payload.Transform offered, Phase1Proposal agreed) {
    }

    /** Receives each comparison the responder makes, for IOS-style debug output. */
    @FunctionalInterface
    interface Trace {
        void checked(int transformNumber, Phase1Proposal offered, Phase1Proposal policy, String verdict);
    }

    /** IOS's verdict line for an offered transform against one policy. */
    static String verdict(Phase1Proposal offered, Phase1Proposal policy) {
        if (offered.encryption() != policy.encryption()) return "Encryption algorithm offered does not match policy!";
        if (offered.keyLengthBits() != policy.keyLengthBits()) return "Proposed key length does not match policy";
        if (offered.hash() != policy.hash()) return "Hash algorithm offered does not match policy!";
        if (offered.group() != policy.group()) return "Diffie-Hellman group offered does not match policy!";
        if (offered.authMethod() != policy.authMethod()) {
            return "Preshared authentication offered but does not match policy!";
        }
        if (offered.lifetimeSeconds() > policy.lifetimeSeconds()) return "Life duration offered exceeds policy";
        return "atts are acceptable.";
    }

    /**
     * Responder selection: first offered transform accepted by a policy whose lifetime is at
     * least the offer's; the offered (lower) lifetime is used.
     */
    static Optional<Choice> select(Payload.Sa offer, List<Phase1Proposal> policies, Trace trace) {
        for (Payload.Proposal p : offer.proposals()) {
            if (p.protocolId() != IpsecAttribute.PROTO_ISAKMP) continue;
            for (Payload.Transform t : p.transforms()) {
                Optional<Phase1Proposal> o = parse(t);
                if (o.isEmpty()) continue;
                for (Phase1Proposal mine : policies) {
                    trace.checked(t.number(), o.get(), mine, verdict(o.get(), mine));
                    if (mine.sameAlgorithms(o.get()) && o.get().lifetimeSeconds() <= mine.lifetimeSeconds()) {
                        return Optional.of(new Choice(t, new Phase1Proposal(mine.priority(), mine.encryption(),
                                mine.keyLengthBits(), mine.hash(), mine.authMethod(), mine.group(),
                                o.get().lifetimeSeconds())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The responder's side of MM1/AM1: picks from the peer's SA payload (each check traced to the
     * listener, as IOS debugs "Checking ISAKMP transform"), refusing what this build cannot run.
     * On success records the agreed proposal and SAi_b (the offer's body, hashed into HASH_I and
     * HASH_R) in the phase-1 context and returns the offered transform to echo in {@link #answer}.
     */
    static Optional<Payload.Transform> respond(IkeSa sa, Phase1Context ctx, Ikev1Task.Inbound in) {
        int saIndex = in.payloads().indexOf(PayloadType.SA);
        Optional<Choice> choice = select((Payload.Sa) in.payloads().get(saIndex), ctx.config.proposals(),
                (n, offered, policy, verdict) -> sa.listener().policyChecked(sa, n, offered, policy, verdict));
        if (choice.isEmpty() || !ctx.supported(choice.get().agreed())) return Optional.empty();
        ctx.agreed = choice.get().agreed();
        ctx.saiB = in.payloads().rawBody(saIndex);
        return Optional.of(choice.get().offered());
    }

    /** The responder's SA payload: one ISAKMP proposal holding the one transform it chose. */
    static Payload.Sa answer(Payload.Transform chosen) {
        return Payload.Sa.ipsec(List.of(new Payload.Proposal(1, IpsecAttribute.PROTO_ISAKMP, new byte[0], List.of(chosen))));
    }

    /** The NO-PROPOSAL-CHOSEN notify a responder answers a refused phase-1 offer with. */
    static Payload.Notify noProposalChosen(IkeSa sa) {
        return new Payload.Notify(1, IpsecAttribute.PROTO_ISAKMP, NotifyType.NO_PROPOSAL_CHOSEN, sa.cookies(), new byte[0]);
    }

    /** Initiator check of MM2: exactly one proposal with one transform, equal to one we offered. */
    static Optional<Phase1Proposal> accepted(Payload.Sa answer, List<Phase1Proposal> offered) {
        if (answer.proposals().size() != 1 || answer.proposals().get(0).transforms().size() != 1) return Optional.empty();
        Optional<Phase1Proposal> o = parse(answer.proposals().get(0).transforms().get(0));
        if (o.isEmpty()) return Optional.empty();
        for (Phase1Proposal mine : offered) {
            if (mine.sameAlgorithms(o.get()) && o.get().lifetimeSeconds() <= mine.lifetimeSeconds()) {
                return Optional.of(new Phase1Proposal(mine.priority(), mine.encryption(), mine.keyLengthBits(),
                        mine.hash(), mine.authMethod(), mine.group(), o.get().lifetimeSeconds()));
            }
        }
        return Optional.empty();
    }
}
