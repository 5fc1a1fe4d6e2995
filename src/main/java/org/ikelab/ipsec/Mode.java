package org.ikelab.ipsec;

/** IPsec mode (RFC 4301 §4.1): tunnel wraps the whole packet in a new IPv4 header, transport protects the payload only. */
public enum Mode {
    TUNNEL,
    TRANSPORT
}
