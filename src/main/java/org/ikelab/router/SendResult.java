package org.ikelab.router;

/** What happened to a locally originated datagram handed to {@link Router#sendIp}. */
public enum SendResult {
    /** Handed to a link, a tunnel driver or an egress hook, or waiting for ARP. */
    SENT,
    /** Addressed to the router itself; delivered locally on the next event. */
    LOCAL,
    NO_ROUTE,
    /** DF set and larger than the exit interface's MTU (ping prints {@code M}). */
    TOO_BIG,
    DROPPED
}
