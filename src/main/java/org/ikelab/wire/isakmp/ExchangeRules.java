package org.ikelab.wire.isakmp;

import java.util.List;
import org.ikelab.common.DecodeResult;

/**
 * Which payloads each IKEv1 message may or must carry, as data (the strongSwan message.c habit):
 * one {@link MessageRule} per message of main mode (RFC 2409 §5 with NAT-T, RFC 3947 §3),
 * aggressive mode (§5), quick mode (§5.5) and informational exchanges (§5.7). A message is
 * checked once, right after decoding, so no task ever sees one that breaks its rule.
 * Private-use payloads (types 128-255 other than the NAT-T drafts) are always tolerated.
 */
public final class ExchangeRules {
    /** Occurrence bounds of one payload type in a message. */
    public record PayloadRule(int type, int min, int max) {
    }

    /**
     * @param encrypted          whether the message travels encrypted
     * @param encryptionOptional whether the other choice is accepted too (aggressive mode 3)
     * @param firstType          the payload that must come first (HASH in quick mode), or 0
     */
    public record MessageRule(String name, int exchangeType, boolean encrypted, boolean encryptionOptional,
            int firstType, List<PayloadRule> rules) {
        public MessageRule {
            rules = List.copyOf(rules);
        }

        public MessageRule(String name, int exchangeType, boolean encrypted, int firstType, List<PayloadRule> rules) {
            this(name, exchangeType, encrypted, false, firstType, rules);
        }

        /** Whether a message with this encryption flag may follow the rule. */
        public boolean acceptsEncryption(boolean isEncrypted) {
            return encryptionOptional || isEncrypted == encrypted;
        }

        PayloadRule ruleFor(int type) {
            for (PayloadRule r : rules) if (r.type() == type) return r;
            return null;
        }
    }

    private static final int MANY = 64;

    private static PayloadRule one(int type) {
        return new PayloadRule(type, 1, 1);
    }

    private static PayloadRule optional(int type) {
        return new PayloadRule(type, 0, 1);
    }

    private static PayloadRule any(int type) {
        return new PayloadRule(type, 0, MANY);
    }

    private static final int SA = PayloadType.SA;
    private static final int KE = PayloadType.KE;
    private static final int ID = PayloadType.ID;
    private static final int CERT = PayloadType.CERT;
    private static final int CR = PayloadType.CR;
    private static final int HASH = PayloadType.HASH;
    private static final int SIG = PayloadType.SIG;
    private static final int NONCE = PayloadType.NONCE;
    private static final int N = PayloadType.NOTIFICATION;
    private static final int D = PayloadType.DELETE;
    private static final int V = PayloadType.VENDOR_ID;
    private static final int NATD = PayloadType.NAT_D;
    private static final int NATD_DRAFT = PayloadType.NAT_D_DRAFT;
    private static final int NATOA = PayloadType.NAT_OA;
    private static final int NATOA_DRAFT = PayloadType.NAT_OA_DRAFT;

    /** Main mode 1 and 2: SA negotiation, vendor ids announce NAT-T, DPD, Unity. */
    public static final MessageRule MAIN_1 = new MessageRule("MM1", ExchangeType.MAIN, false, 0,
            List.of(one(SA), any(V), any(N)));
    public static final MessageRule MAIN_2 = new MessageRule("MM2", ExchangeType.MAIN, false, 0,
            List.of(one(SA), any(V), any(N)));
    /** Main mode 3 and 4: key exchange, nonces, NAT discovery. */
    public static final MessageRule MAIN_3 = new MessageRule("MM3", ExchangeType.MAIN, false, 0,
            List.of(one(KE), one(NONCE), any(NATD), any(NATD_DRAFT), any(CR), any(V), any(N)));
    public static final MessageRule MAIN_4 = new MessageRule("MM4", ExchangeType.MAIN, false, 0,
            List.of(one(KE), one(NONCE), any(NATD), any(NATD_DRAFT), any(CR), any(V), any(N)));
    /** Main mode 5 and 6 (encrypted): identity and HASH_I/HASH_R or a signature. */
    public static final MessageRule MAIN_5 = new MessageRule("MM5", ExchangeType.MAIN, true, 0,
            List.of(one(ID), optional(HASH), optional(SIG), any(CERT), any(CR), any(N), any(V)));
    public static final MessageRule MAIN_6 = new MessageRule("MM6", ExchangeType.MAIN, true, 0,
            List.of(one(ID), optional(HASH), optional(SIG), any(CERT), any(N), any(V)));

    public static final MessageRule AGGRESSIVE_1 = new MessageRule("AM1", ExchangeType.AGGRESSIVE, false, 0,
            List.of(one(SA), one(KE), one(NONCE), one(ID), any(CR), any(V), any(N)));
    public static final MessageRule AGGRESSIVE_2 = new MessageRule("AM2", ExchangeType.AGGRESSIVE, false, 0,
            List.of(one(SA), one(KE), one(NONCE), one(ID), optional(HASH), optional(SIG), any(CERT), any(CR),
                    any(NATD), any(NATD_DRAFT), any(V), any(N)));
    /** Aggressive mode 3 may travel encrypted or not (RFC 2409 §5 leaves it open; IOS encrypts). */
    public static final MessageRule AGGRESSIVE_3 = new MessageRule("AM3", ExchangeType.AGGRESSIVE, true, true, 0,
            List.of(optional(HASH), optional(SIG), any(CERT), any(NATD), any(NATD_DRAFT), any(N), any(V)));

    /** Quick mode 1 and 2: HASH first, then SA, nonce, optional PFS KE, proxies, NAT-OA. */
    public static final MessageRule QUICK_1 = new MessageRule("QM1", ExchangeType.QUICK, true, HASH,
            List.of(one(HASH), one(SA), one(NONCE), optional(KE), new PayloadRule(ID, 0, 2),
                    new PayloadRule(NATOA, 0, 2), new PayloadRule(NATOA_DRAFT, 0, 2), any(N)));
    public static final MessageRule QUICK_2 = new MessageRule("QM2", ExchangeType.QUICK, true, HASH,
            List.of(one(HASH), one(SA), one(NONCE), optional(KE), new PayloadRule(ID, 0, 2),
                    new PayloadRule(NATOA, 0, 2), new PayloadRule(NATOA_DRAFT, 0, 2), any(N)));
    public static final MessageRule QUICK_3 = new MessageRule("QM3", ExchangeType.QUICK, true, HASH,
            List.of(one(HASH)));

    /** Informational exchange under an ISAKMP SA: HASH(1) first, then notifies and deletes. */
    public static final MessageRule INFORMATIONAL = new MessageRule("INFO", ExchangeType.INFORMATIONAL, true, HASH,
            List.of(one(HASH), any(N), any(D)));
    /** Informational before the ISAKMP SA has keys (e.g. NO-PROPOSAL-CHOSEN answering MM1). */
    public static final MessageRule INFORMATIONAL_CLEAR = new MessageRule("INFO", ExchangeType.INFORMATIONAL, false, 0,
            List.of(any(N), any(D)));

    private ExchangeRules() {
    }

    /** The rule for message {@code number} (1-based) of an exchange, or null when there is none. */
    public static MessageRule ruleFor(int exchangeType, int number, boolean encrypted) {
        return switch (exchangeType) {
            case ExchangeType.MAIN -> switch (number) {
                case 1 -> MAIN_1;
                case 2 -> MAIN_2;
                case 3 -> MAIN_3;
                case 4 -> MAIN_4;
                case 5 -> MAIN_5;
                case 6 -> MAIN_6;
                default -> null;
            };
            case ExchangeType.AGGRESSIVE -> switch (number) {
                case 1 -> AGGRESSIVE_1;
                case 2 -> AGGRESSIVE_2;
                case 3 -> AGGRESSIVE_3;
                default -> null;
            };
            case ExchangeType.QUICK -> switch (number) {
                case 1 -> QUICK_1;
                case 2 -> QUICK_2;
                case 3 -> QUICK_3;
                default -> null;
            };
            case ExchangeType.INFORMATIONAL -> encrypted ? INFORMATIONAL : INFORMATIONAL_CLEAR;
            default -> null;
        };
    }

    /**
     * Checks a decoded chain against a rule: unlisted payload types are INVALID-PAYLOAD-TYPE,
     * wrong counts or a wrong first payload are PAYLOAD-MALFORMED.
     */
    public static DecodeResult<PayloadChain> check(MessageRule rule, PayloadChain chain) {
        if (rule.firstType() != 0 && (chain.size() == 0 || chain.get(0).type() != rule.firstType())) {
            return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED,
                    rule.name() + " must start with " + PayloadType.name(rule.firstType()));
        }
        for (Payload p : chain.payloads()) {
            if (rule.ruleFor(p.type()) == null && !(p instanceof Payload.Unknown)) {
                return DecodeResult.err(IsakmpError.INVALID_PAYLOAD_TYPE,
                        PayloadType.name(p.type()) + " not allowed in " + rule.name());
            }
        }
        for (PayloadRule r : rule.rules()) {
            int n = chain.count(r.type());
            if (n < r.min() || n > r.max()) {
                return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED,
                        rule.name() + " has " + n + " " + PayloadType.name(r.type()) + " payloads");
            }
        }
        return DecodeResult.ok(chain);
    }
}
