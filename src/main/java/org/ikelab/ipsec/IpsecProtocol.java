package org.ikelab.ipsec;

/** The two IPsec security protocols, with their IP protocol numbers. */
public enum IpsecProtocol {
    ESP(50),
    AH(51);

    private final int ipProtocol;

    IpsecProtocol(int ipProtocol) {
        this.ipProtocol = ipProtocol;
    }

    public int ipProtocol() {
        return ipProtocol;
    }
}
