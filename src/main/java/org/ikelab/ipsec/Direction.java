package org.ikelab.ipsec;

/** An SA protects one direction: INBOUND SAs decrypt what the peer sends, OUTBOUND SAs protect what we send. */
public enum Direction {
    INBOUND,
    OUTBOUND
}
