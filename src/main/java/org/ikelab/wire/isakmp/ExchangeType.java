package org.ikelab.wire.isakmp;

/** ISAKMP exchange types (RFC 2408 §3.1, RFC 2409 §9, mode config's transaction exchange). */
public final class ExchangeType {
    public static final int BASE = 1;
    public static final int MAIN = 2;          // Identity Protection
    public static final int AUTH_ONLY = 3;
    public static final int AGGRESSIVE = 4;
    public static final int INFORMATIONAL = 5;
    public static final int TRANSACTION = 6;   // draft-dukes-ike-mode-cfg
    public static final int QUICK = 32;
    public static final int NEW_GROUP = 33;

    private ExchangeType() {
    }

    public static String name(int t) {
        return switch (t) {
            case BASE -> "BASE";
            case MAIN -> "ID_PROT";
            case AUTH_ONLY -> "AUTH_ONLY";
            case AGGRESSIVE -> "AGGRESSIVE";
            case INFORMATIONAL -> "INFORMATIONAL_V1";
            case TRANSACTION -> "TRANSACTION";
            case QUICK -> "QUICK_MODE";
            case NEW_GROUP -> "NEW_GROUP_MODE";
            default -> "EXCHANGE-" + t;
        };
    }
}
