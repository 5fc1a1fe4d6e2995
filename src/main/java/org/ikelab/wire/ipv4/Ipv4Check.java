package org.ikelab.wire.ipv4;

/**
 * The outcome of {@link Ipv4Packet#check}: an IPv4 header fit to be viewed, or why not. A value
 * rather than a {@code DecodeResult} so the router's per-packet path decides without allocating;
 * {@link #reason()} is the same short name {@link Ipv4Packet#parse} reports.
 */
public enum Ipv4Check {
    OK("ok"),
    TRUNCATED("truncated"),
    BAD_VERSION("bad-version"),
    BAD_HEADER_LENGTH("bad-header-length"),
    BAD_TOTAL_LENGTH("bad-total-length"),
    BAD_CHECKSUM("bad-checksum");

    private final String reason;

    Ipv4Check(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
