package org.ikelab.wire.isakmp;

/**
 * Decode error reasons that correspond to an RFC 2408 §3.14.1 notify message type. They are
 * the {@code reason} of a {@link org.ikelab.common.DecodeResult.Err}; {@link #notifyType}
 * gives the number to answer with (where the RFC says to answer). Other reasons ("truncated",
 * "bad-ciphertext-length") are silent drops.
 */
public final class IsakmpError {
    public static final String INVALID_PAYLOAD_TYPE = "INVALID-PAYLOAD-TYPE";
    public static final String DOI_NOT_SUPPORTED = "DOI-NOT-SUPPORTED";
    public static final String SITUATION_NOT_SUPPORTED = "SITUATION-NOT-SUPPORTED";
    public static final String INVALID_MAJOR_VERSION = "INVALID-MAJOR-VERSION";
    public static final String INVALID_EXCHANGE_TYPE = "INVALID-EXCHANGE-TYPE";
    public static final String INVALID_FLAGS = "INVALID-FLAGS";
    public static final String INVALID_PROTOCOL_ID = "INVALID-PROTOCOL-ID";
    public static final String INVALID_SPI = "INVALID-SPI";
    public static final String INVALID_TRANSFORM_ID = "INVALID-TRANSFORM-ID";
    public static final String ATTRIBUTES_NOT_SUPPORTED = "ATTRIBUTES-NOT-SUPPORTED";
    public static final String BAD_PROPOSAL_SYNTAX = "BAD-PROPOSAL-SYNTAX";
    public static final String PAYLOAD_MALFORMED = "PAYLOAD-MALFORMED";
    public static final String INVALID_ID_INFORMATION = "INVALID-ID-INFORMATION";
    public static final String UNEQUAL_PAYLOAD_LENGTHS = "UNEQUAL-PAYLOAD-LENGTHS";

    private IsakmpError() {
    }

    /** The notify message type for a decode reason, or 0 when the input is dropped silently. */
    public static int notifyType(String reason) {
        return NotifyType.byName(reason);
    }
}
