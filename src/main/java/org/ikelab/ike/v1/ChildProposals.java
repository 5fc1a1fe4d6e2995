package org.ikelab.ike.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.ChildTransform;
import org.ikelab.wire.isakmp.Attribute;
import org.ikelab.wire.isakmp.IpsecAttribute;
import org.ikelab.wire.isakmp.Payload;

/**
 * Quick-mode SA payloads (RFC 2407 §4.5): building our offer in the attribute order IOS debug
 * shows (encaps, life type/duration in seconds then kilobytes, authenticator, key length),
 * parsing an offered transform, and the key lengths each transform needs from KEYMAT.
 */
final class ChildProposals {
    /** ESP transform id of AES-GMAC in the IPsec DOI (RFC 4543 §9; IKEv2 uses 21 for it). */
    static final int ESP_NULL_AUTH_AES_GMAC = 23;

    private ChildProposals() {
    }

    /**
     * What one transform asks for, in IPsec DOI numbers; {@code ah} is the AH part offered under
     * the same proposal number as this ESP part (an AH+ESP transform set), else null.
     */
    record Terms(int protocol, int transformId, int keyLengthBits, int authAlgorithm, int encapsulationMode, int group,
            long lifetimeSeconds, long lifetimeKilobytes, Terms ah) {
        Terms(int protocol, int transformId, int keyLengthBits, int authAlgorithm, int encapsulationMode, int group,
                long lifetimeSeconds, long lifetimeKilobytes) {
            this(protocol, transformId, keyLengthBits, authAlgorithm, encapsulationMode, group, lifetimeSeconds,
                    lifetimeKilobytes, null);
        }

        Terms withAh(Terms a) {
            return new Terms(protocol, transformId, keyLengthBits, authAlgorithm, encapsulationMode, group, lifetimeSeconds,
                    lifetimeKilobytes, a);
        }
    }

    /**
     * One proposal number per transform set, in order (IOS offers each set as its own proposal);
     * an AH+ESP set is two proposal payloads with the same number, AH first (RFC 2408 §4.2: a
     * logical AND), each with its own SPI.
     */
    static Payload.Sa offer(List<Terms> terms, byte[] spi, byte[] ahSpi) {
        List<Payload.Proposal> ps = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Terms t = terms.get(i);
            if (t.ah() != null) ps.add(new Payload.Proposal(i + 1, t.ah().protocol(), ahSpi, List.of(transform(t.ah()))));
            ps.add(new Payload.Proposal(i + 1, t.protocol(), spi, List.of(transform(t))));
        }
        return Payload.Sa.ipsec(ps);
    }

    /**
     * The proposal payloads of an SA grouped by proposal number, in order (RFC 2408 §4.2: the
     * payloads of one number are one proposal, ANDed).
     */
    static List<List<Payload.Proposal>> groups(List<Payload.Proposal> proposals) {
        List<List<Payload.Proposal>> out = new ArrayList<>();
        for (Payload.Proposal p : proposals) {
            if (!out.isEmpty() && out.get(out.size() - 1).get(0).number() == p.number()) {
                out.get(out.size() - 1).add(p);
            } else {
                List<Payload.Proposal> g = new ArrayList<>();
                g.add(p);
                out.add(g);
            }
        }
        return out;
    }

    static Payload.Transform transform(Terms t) {
        List<Attribute> a = new ArrayList<>();
        a.add(new Attribute.Basic(IpsecAttribute.ENCAPSULATION_MODE, t.encapsulationMode()));
        if (t.lifetimeSeconds() > 0) {
            a.add(new Attribute.Basic(IpsecAttribute.SA_LIFE_TYPE, IpsecAttribute.LIFE_SECONDS));
            a.add(number(IpsecAttribute.SA_LIFE_DURATION, t.lifetimeSeconds()));
        }
        if (t.lifetimeKilobytes() > 0) {
            a.add(new Attribute.Basic(IpsecAttribute.SA_LIFE_TYPE, IpsecAttribute.LIFE_KILOBYTES));
            a.add(number(IpsecAttribute.SA_LIFE_DURATION, t.lifetimeKilobytes()));
        }
        if (t.authAlgorithm() != 0) a.add(new Attribute.Basic(IpsecAttribute.AUTH_ALGORITHM, t.authAlgorithm()));
        if (t.keyLengthBits() != 0) a.add(new Attribute.Basic(IpsecAttribute.KEY_LENGTH, t.keyLengthBits()));
        if (t.group() != 0) a.add(new Attribute.Basic(IpsecAttribute.GROUP_DESCRIPTION, t.group()));
        return new Payload.Transform(1, t.transformId(), a);
    }

    /** Basic when it fits 16 bits, else 4 bytes ("SA life duration (VPI) of 0x0 0x46 0x50 0x0"). */
    private static Attribute number(int type, long v) {
        if (v <= 0xffff) return new Attribute.Basic(type, (int) v);
        return new Attribute.Variable(type, new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }

    /** Our terms for each transform set; {@code natDetected} switches to the RFC 3947 UDP modes. */
    static List<Terms> terms(ChildConfig c, boolean natDetected) {
        List<Terms> out = new ArrayList<>();
        for (ChildTransform t : c.transforms()) {
            int mode = t.encapsulationMode();
            if (natDetected) {
                mode = mode == IpsecAttribute.ENCAP_TRANSPORT ? IpsecAttribute.ENCAP_UDP_TRANSPORT : IpsecAttribute.ENCAP_UDP_TUNNEL;
            }
            Terms ah = t.ah() == null ? null : new Terms(t.ah().protocol(), t.ah().transformId(), 0, t.ah().authAlgorithm(),
                    mode, c.pfsGroup(), c.lifetimeSeconds(), c.lifetimeKilobytes());
            out.add(new Terms(t.protocol(), t.transformId(), t.keyLengthBits(), t.authAlgorithm(), mode, c.pfsGroup(),
                    c.lifetimeSeconds(), c.lifetimeKilobytes(), ah));
        }
        return out;
    }

    /** Whether the key lengths of a transform are known (it can be keyed from KEYMAT). */
    static boolean keyable(Terms t) {
        return encryptionKeyLength(t) >= 0 && integrityKeyLength(t.authAlgorithm()) >= 0 && (t.ah() == null || keyable(t.ah()));
    }

    /** The terms of an offered transform, or empty when it carries attributes we do not know. */
    static Optional<Terms> parse(int protocol, Payload.Transform t) {
        int keyLength = 0;
        int auth = 0;
        int mode = IpsecAttribute.ENCAP_TUNNEL;
        int group = 0;
        long seconds = 0;
        long kilobytes = 0;
        int lifeType = 0;
        for (Attribute a : t.attributes()) {
            long v = a.longValue();
            if (v < 0) return Optional.empty();
            switch (a.type()) {
                case IpsecAttribute.SA_LIFE_TYPE -> lifeType = (int) v;
                case IpsecAttribute.SA_LIFE_DURATION -> {
                    if (lifeType == IpsecAttribute.LIFE_SECONDS) seconds = v;
                    else if (lifeType == IpsecAttribute.LIFE_KILOBYTES) kilobytes = v;
                    else return Optional.empty();
                }
                case IpsecAttribute.GROUP_DESCRIPTION -> group = (int) v;
                case IpsecAttribute.ENCAPSULATION_MODE -> mode = (int) v;
                case IpsecAttribute.AUTH_ALGORITHM -> auth = (int) v;
                case IpsecAttribute.KEY_LENGTH -> keyLength = (int) v;
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Terms(protocol, t.transformId(), keyLength, auth, mode, group, seconds, kilobytes));
    }

    /**
     * Whether one of our transform sets accepts the offer: same algorithms, a compatible mode
     * (tunnel and UDP tunnel, transport and UDP transport), and PFS as we require it.
     */
    static boolean compatible(Terms offered, ChildConfig mine) {
        if (mine.pfsGroup() != 0 && mine.pfsGroup() != offered.group()) return false;
        for (ChildTransform t : mine.transforms()) {
            if (matches(offered, t) && (offered.ah() == null) == (t.ah() == null)
                    && (t.ah() == null || matches(offered.ah(), t.ah()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Terms offered, ChildTransform t) {
        return offered.protocol() == t.protocol() && offered.transformId() == t.transformId()
                && offered.keyLengthBits() == t.keyLengthBits() && offered.authAlgorithm() == t.authAlgorithm()
                && isTransport(offered.encapsulationMode()) == (t.encapsulationMode() == IpsecAttribute.ENCAP_TRANSPORT);
    }

    static boolean isTransport(int mode) {
        return mode == IpsecAttribute.ENCAP_TRANSPORT || mode == IpsecAttribute.ENCAP_UDP_TRANSPORT
                || mode == IpsecAttribute.ENCAP_UDP_TRANSPORT_DRAFT;
    }

    /** RESPONDER-LIFETIME attributes when our lifetimes are below the offer's, else empty. */
    static List<Attribute> responderLifetime(Terms offered, long seconds, long kilobytes) {
        List<Attribute> a = new ArrayList<>();
        if (seconds > 0 && (offered.lifetimeSeconds() == 0 || seconds < offered.lifetimeSeconds())) {
            a.add(new Attribute.Basic(IpsecAttribute.SA_LIFE_TYPE, IpsecAttribute.LIFE_SECONDS));
            a.add(number(IpsecAttribute.SA_LIFE_DURATION, seconds));
        }
        if (kilobytes > 0 && (offered.lifetimeKilobytes() == 0 || kilobytes < offered.lifetimeKilobytes())) {
            a.add(new Attribute.Basic(IpsecAttribute.SA_LIFE_TYPE, IpsecAttribute.LIFE_KILOBYTES));
            a.add(number(IpsecAttribute.SA_LIFE_DURATION, kilobytes));
        }
        return a;
    }

    /** {seconds, kilobytes} from RESPONDER-LIFETIME attributes (0 where absent), or null if malformed. */
    static long[] lifetimes(List<Attribute> attrs) {
        long[] out = new long[2];
        int type = 0;
        for (Attribute a : attrs) {
            if (a.type() == IpsecAttribute.SA_LIFE_TYPE) {
                type = (int) a.longValue();
            } else if (a.type() == IpsecAttribute.SA_LIFE_DURATION && a.longValue() >= 0) {
                if (type == IpsecAttribute.LIFE_SECONDS) out[0] = a.longValue();
                else if (type == IpsecAttribute.LIFE_KILOBYTES) out[1] = a.longValue();
                else return null;
            }
        }
        return out;
    }

    /** The lower of two lifetimes, 0 meaning "none". */
    static long lower(long a, long b) {
        if (a == 0) return b;
        if (b == 0) return a;
        return Math.min(a, b);
    }

    /** Encryption key bytes the transform takes from KEYMAT, or -1 when unsupported. */
    static int encryptionKeyLength(Terms t) {
        if (t.protocol() == IpsecAttribute.PROTO_AH) return 0;
        return switch (t.transformId()) {
            case IpsecAttribute.ESP_DES -> 8;
            case IpsecAttribute.ESP_3DES -> 24;
            case IpsecAttribute.ESP_NULL -> 0;
            case IpsecAttribute.ESP_AES -> t.keyLengthBits() == 0 ? 16 : t.keyLengthBits() / 8;
            // AES-GCM: key plus a 4-byte salt (RFC 4106 §8.1).
            // AES-GMAC (IOS esp-gmac, strongSwan aesNNNgmac) is keyed the same way (RFC 4543 §3.2).
            case IpsecAttribute.ESP_AES_GCM_8, IpsecAttribute.ESP_AES_GCM_12, IpsecAttribute.ESP_AES_GCM_16,
                    ESP_NULL_AUTH_AES_GMAC -> (t.keyLengthBits() == 0 ? 16 : t.keyLengthBits() / 8) + 4;
            default -> -1;
        };
    }

    /** Integrity key bytes for an authentication algorithm (0 for none), or -1 when unsupported. */
    static int integrityKeyLength(int authAlgorithm) {
        return switch (authAlgorithm) {
            case 0 -> 0;
            case IpsecAttribute.AUTH_HMAC_MD5 -> 16;
            case IpsecAttribute.AUTH_HMAC_SHA -> 20;
            case IpsecAttribute.AUTH_HMAC_SHA2_256 -> 32;
            case IpsecAttribute.AUTH_HMAC_SHA2_384 -> 48;
            case IpsecAttribute.AUTH_HMAC_SHA2_512 -> 64;
            default -> -1;
        };
    }
}
