package org.ikelab.ipsec;

/**
 * How tunnel mode sets the outer header's Don't Fragment bit: IOS {@code crypto ipsec df-bit
 * clear|set|copy} (default copy, from the inner header).
 */
public enum DfBitPolicy {
    CLEAR,
    SET,
    COPY
}
