package org.ikelab.config;

/** {@code tunnel mode ...} values; GRE over IPv4 is the default and is not shown. */
public enum TunnelMode {
    GRE_IP("gre ip"),
    GRE_MULTIPOINT("gre multipoint"),
    IPSEC_IPV4("ipsec ipv4");

    private final String ios;

    TunnelMode(String ios) {
        this.ios = ios;
    }

    public String ios() {
        return ios;
    }
}
