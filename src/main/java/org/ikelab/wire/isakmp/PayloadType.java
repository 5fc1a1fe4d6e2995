package org.ikelab.wire.isakmp;

/** ISAKMP next-payload values (RFC 2408 §3.1, RFC 3947 §3-4, and the NAT-T drafts). */
public final class PayloadType {
    public static final int NONE = 0;
    public static final int SA = 1;
    public static final int PROPOSAL = 2;
    public static final int TRANSFORM = 3;
    public static final int KE = 4;
    public static final int ID = 5;
    public static final int CERT = 6;
    public static final int CR = 7;
    public static final int HASH = 8;
    public static final int SIG = 9;
    public static final int NONCE = 10;
    public static final int NOTIFICATION = 11;
    public static final int DELETE = 12;
    public static final int VENDOR_ID = 13;
    public static final int NAT_D = 20;
    public static final int NAT_OA = 21;
    /** draft-ietf-ipsec-nat-t-ike-02/03 private-use numbers, still sent by peers that negotiated a draft. */
    public static final int NAT_D_DRAFT = 130;
    public static final int NAT_OA_DRAFT = 131;

    private PayloadType() {
    }

    /** Payload types that may appear in a message's top-level chain. */
    static boolean isKnownTopLevel(int t) {
        return (t >= SA && t <= VENDOR_ID && t != PROPOSAL && t != TRANSFORM) || t == NAT_D || t == NAT_OA;
    }

    /** Types in the private-use range (128-255) are kept as unknown payloads rather than refused. */
    static boolean isPrivateUse(int t) {
        return t >= 128 && t <= 255;
    }

    /** The short names strongSwan and Wireshark print: SA, KE, ID, HASH, N, D, V, NAT-D ... */
    public static String name(int t) {
        return switch (t) {
            case NONE -> "NONE";
            case SA -> "SA";
            case PROPOSAL -> "P";
            case TRANSFORM -> "T";
            case KE -> "KE";
            case ID -> "ID";
            case CERT -> "CERT";
            case CR -> "CERTREQ";
            case HASH -> "HASH";
            case SIG -> "SIG";
            case NONCE -> "No";
            case NOTIFICATION -> "N";
            case DELETE -> "D";
            case VENDOR_ID -> "V";
            case NAT_D, NAT_D_DRAFT -> "NAT-D";
            case NAT_OA, NAT_OA_DRAFT -> "NAT-OA";
            default -> "PAYLOAD-" + t;
        };
    }
}
