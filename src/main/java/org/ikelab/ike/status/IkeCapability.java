package org.ikelab.ike.status;

/**
 * Capability letters of the {@code Codes:} legend of {@code show crypto isakmp sa detail} and
 * {@code show crypto session detail}, declared in the order IOS concatenates them.
 */
public enum IkeCapability {
    CONFIG_MODE('C'), DPD('D'), FRAGMENTATION('F'), KEEPALIVES('K'), NAT_T('N'),
    AUTO_RECONNECT('R'), SIP_VPN('S'), CTCP('T'), DYNAMIC_ROUTE('U'), XAUTH('X');

    private final char letter;

    IkeCapability(char letter) { this.letter = letter; }

    /** The legend letter. */
    public char letter() { return letter; }
}
