package org.ikelab.ipsec;

/**
 * The outcome of processing one packet (ARCHITECTURE decision 4: failures are values, never
 * exceptions). Every drop is also counted, on the SA when one was found, else on the data plane.
 * The IOS counter each one feeds is named in brackets.
 */
public enum Verdict {
    /** Outbound: the buffer now holds the protected packet, ready to send. */
    PROTECTED(false),
    /** Inbound: the buffer now holds the decapsulated packet, to be forwarded or delivered. */
    DELIVER(false),
    /** Inbound: UDP/4500 payload starting with the non-ESP marker: an IKE message for the IKE socket. */
    IKE(false),
    /** Inbound: not ESP, AH or UDP/4500; the caller handles the packet as clear text. */
    NOT_IPSEC(false),
    /** Inbound: a NAT-keepalive (RFC 3948 §2.3), dropped silently. */
    NAT_KEEPALIVE(true),
    /** Inbound: an ESP dummy packet (next header 59, RFC 4303 §2.6), dropped silently after verification. */
    DUMMY(true),
    /** Inbound: a fragment of an IPsec packet; the caller must reassemble first. */
    FRAGMENT(true),
    /** Inbound: no SA for this SPI, destination and protocol [invalid sa (rcv)]; an INVALID_SPI event was raised. */
    INVALID_SPI(true),
    /** Too short for the headers, IV, trailer and ICV, or lengths that do not add up [invalid len (rcv)]. */
    BAD_LENGTH(true),
    /** Sequence number already seen or left of the window [replay failed (rcv)]. */
    REPLAY(true),
    /** ICV did not verify [verify failed]. */
    ICV_FAILED(true),
    /** Decrypted padding is not 1, 2, 3, ... or does not fit: most likely wrong keys [decaps failed (rcv)]. */
    BAD_PADDING(true),
    /**
     * Inbound: the inner packet is not what the SA's mode promises (no IPv4 inside a tunnel)
     * [invalid prot (recv)]. Outbound: what was handed in is not an IPv4 packet [encaps failed].
     */
    BAD_INNER(true),
    /** Decapsulated packet does not match the SA's traffic selectors [invalid identity (recv)]. */
    POLICY_MISMATCH(true),
    /** The SA reached its hard lifetime; it must be replaced [send or recv errors]. */
    SA_EXPIRED(true),
    /** Outbound: the 32-bit sequence number would wrap (RFC 4303 §3.3.3) [replay rollover (send)]. */
    SEQUENCE_EXHAUSTED(true),
    /** Outbound: not enough headroom or tailroom in the buffer [internal err (send)]. */
    NO_ROOM(true);

    private final boolean drop;

    Verdict(boolean drop) {
        this.drop = drop;
    }

    /** True if the packet must be dropped. */
    public boolean isDrop() {
        return drop;
    }
}
