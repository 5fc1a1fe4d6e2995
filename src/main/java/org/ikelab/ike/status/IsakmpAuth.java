package org.ikelab.ike.status;

/** Phase-1 authentication method: the {@code Auth} column of {@code show crypto isakmp sa detail}. */
public enum IsakmpAuth {
    PSK("psk"), RSA_SIG("rsig"), RSA_ENC("renc");

    private final String label;

    IsakmpAuth(String label) { this.label = label; }

    /** The IOS abbreviation ({@code psk}, {@code rsig}, {@code renc}). */
    public String label() { return label; }
}
