package org.ikelab.wire.isakmp;

/** Identification types of the IPsec DOI (RFC 2407 §4.6.2.1). */
public final class IdType {
    public static final int IPV4_ADDR = 1;
    public static final int FQDN = 2;
    public static final int USER_FQDN = 3;
    public static final int IPV4_ADDR_SUBNET = 4;
    public static final int IPV6_ADDR = 5;
    public static final int IPV6_ADDR_SUBNET = 6;
    public static final int IPV4_ADDR_RANGE = 7;
    public static final int IPV6_ADDR_RANGE = 8;
    public static final int DER_ASN1_DN = 9;
    public static final int DER_ASN1_GN = 10;
    public static final int KEY_ID = 11;

    private IdType() {
    }

    /** IOS debug names ({@code ID_IPV4_ADDR}, ...). */
    public static String name(int t) {
        return switch (t) {
            case IPV4_ADDR -> "ID_IPV4_ADDR";
            case FQDN -> "ID_FQDN";
            case USER_FQDN -> "ID_USER_FQDN";
            case IPV4_ADDR_SUBNET -> "ID_IPV4_ADDR_SUBNET";
            case IPV6_ADDR -> "ID_IPV6_ADDR";
            case IPV6_ADDR_SUBNET -> "ID_IPV6_ADDR_SUBNET";
            case IPV4_ADDR_RANGE -> "ID_IPV4_ADDR_RANGE";
            case IPV6_ADDR_RANGE -> "ID_IPV6_ADDR_RANGE";
            case DER_ASN1_DN -> "ID_DER_ASN1_DN";
            case DER_ASN1_GN -> "ID_DER_ASN1_GN";
            case KEY_ID -> "ID_KEY_ID";
            default -> "ID_" + t;
        };
    }

    /** Exact data length the type requires, or -1 when it is variable. */
    static int fixedLength(int t) {
        return switch (t) {
            case IPV4_ADDR -> 4;
            case IPV4_ADDR_SUBNET, IPV4_ADDR_RANGE -> 8;
            case IPV6_ADDR -> 16;
            case IPV6_ADDR_SUBNET, IPV6_ADDR_RANGE -> 32;
            default -> -1;
        };
    }
}
