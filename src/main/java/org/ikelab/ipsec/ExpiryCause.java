package org.ikelab.ipsec;

/** Why an SA reached a lifetime limit. */
public enum ExpiryCause {
    /** The seconds lifetime ran out (timer on the router's scheduler). */
    TIME,
    /** The byte (kilobyte) lifetime was used up by traffic. */
    BYTES,
    /** The outbound 32-bit sequence number is exhausted (hard only; RFC 4303 §3.3.3 requires a new SA). */
    SEQUENCE
}
