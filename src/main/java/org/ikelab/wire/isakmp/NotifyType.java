package org.ikelab.wire.isakmp;

import java.util.Map;

/**
 * Notify message types: RFC 2408 §3.14.1 errors (1-30) and CONNECTED, the IPsec DOI status
 * types (RFC 2407 §4.6.3), and DPD (RFC 3706). Names are written as IOS and the RFC print them.
 */
public final class NotifyType {
    public static final int INVALID_PAYLOAD_TYPE = 1;
    public static final int DOI_NOT_SUPPORTED = 2;
    public static final int SITUATION_NOT_SUPPORTED = 3;
    public static final int INVALID_COOKIE = 4;
    public static final int INVALID_MAJOR_VERSION = 5;
    public static final int INVALID_MINOR_VERSION = 6;
    public static final int INVALID_EXCHANGE_TYPE = 7;
    public static final int INVALID_FLAGS = 8;
    public static final int INVALID_MESSAGE_ID = 9;
    public static final int INVALID_PROTOCOL_ID = 10;
    public static final int INVALID_SPI = 11;
    public static final int INVALID_TRANSFORM_ID = 12;
    public static final int ATTRIBUTES_NOT_SUPPORTED = 13;
    public static final int NO_PROPOSAL_CHOSEN = 14;
    public static final int BAD_PROPOSAL_SYNTAX = 15;
    public static final int PAYLOAD_MALFORMED = 16;
    public static final int INVALID_KEY_INFORMATION = 17;
    public static final int INVALID_ID_INFORMATION = 18;
    public static final int INVALID_CERT_ENCODING = 19;
    public static final int INVALID_CERTIFICATE = 20;
    public static final int CERT_TYPE_UNSUPPORTED = 21;
    public static final int INVALID_CERT_AUTHORITY = 22;
    public static final int INVALID_HASH_INFORMATION = 23;
    public static final int AUTHENTICATION_FAILED = 24;
    public static final int INVALID_SIGNATURE = 25;
    public static final int ADDRESS_NOTIFICATION = 26;
    public static final int NOTIFY_SA_LIFETIME = 27;
    public static final int CERTIFICATE_UNAVAILABLE = 28;
    public static final int UNSUPPORTED_EXCHANGE_TYPE = 29;
    public static final int UNEQUAL_PAYLOAD_LENGTHS = 30;
    public static final int CONNECTED = 16384;
    public static final int RESPONDER_LIFETIME = 24576;
    public static final int REPLAY_STATUS = 24577;
    public static final int INITIAL_CONTACT = 24578;
    public static final int R_U_THERE = 36136;
    public static final int R_U_THERE_ACK = 36137;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(1, "INVALID-PAYLOAD-TYPE"), Map.entry(2, "DOI-NOT-SUPPORTED"),
            Map.entry(3, "SITUATION-NOT-SUPPORTED"), Map.entry(4, "INVALID-COOKIE"),
            Map.entry(5, "INVALID-MAJOR-VERSION"), Map.entry(6, "INVALID-MINOR-VERSION"),
            Map.entry(7, "INVALID-EXCHANGE-TYPE"), Map.entry(8, "INVALID-FLAGS"),
            Map.entry(9, "INVALID-MESSAGE-ID"), Map.entry(10, "INVALID-PROTOCOL-ID"),
            Map.entry(11, "INVALID-SPI"), Map.entry(12, "INVALID-TRANSFORM-ID"),
            Map.entry(13, "ATTRIBUTES-NOT-SUPPORTED"), Map.entry(14, "NO-PROPOSAL-CHOSEN"),
            Map.entry(15, "BAD-PROPOSAL-SYNTAX"), Map.entry(16, "PAYLOAD-MALFORMED"),
            Map.entry(17, "INVALID-KEY-INFORMATION"), Map.entry(18, "INVALID-ID-INFORMATION"),
            Map.entry(19, "INVALID-CERT-ENCODING"), Map.entry(20, "INVALID-CERTIFICATE"),
            Map.entry(21, "CERT-TYPE-UNSUPPORTED"), Map.entry(22, "INVALID-CERT-AUTHORITY"),
            Map.entry(23, "INVALID-HASH-INFORMATION"), Map.entry(24, "AUTHENTICATION-FAILED"),
            Map.entry(25, "INVALID-SIGNATURE"), Map.entry(26, "ADDRESS-NOTIFICATION"),
            Map.entry(27, "NOTIFY-SA-LIFETIME"), Map.entry(28, "CERTIFICATE-UNAVAILABLE"),
            Map.entry(29, "UNSUPPORTED-EXCHANGE-TYPE"), Map.entry(30, "UNEQUAL-PAYLOAD-LENGTHS"),
            Map.entry(CONNECTED, "CONNECTED"), Map.entry(RESPONDER_LIFETIME, "RESPONDER-LIFETIME"),
            Map.entry(REPLAY_STATUS, "REPLAY-STATUS"), Map.entry(INITIAL_CONTACT, "INITIAL-CONTACT"),
            Map.entry(R_U_THERE, "R-U-THERE"), Map.entry(R_U_THERE_ACK, "R-U-THERE-ACK"));

    private NotifyType() {
    }

    public static String name(int type) {
        String n = NAMES.get(type);
        return n != null ? n : "NOTIFY-" + type;
    }

    /** The number for a name of {@link #name}, or 0 if it is not a notify name. */
    public static int byName(String name) {
        for (Map.Entry<Integer, String> e : NAMES.entrySet()) {
            if (e.getValue().equals(name)) return e.getKey();
        }
        return 0;
    }

    /** Types below 16384 are errors (RFC 2408 §3.14.1). */
    public static boolean isError(int type) {
        return type > 0 && type < 16384;
    }
}
