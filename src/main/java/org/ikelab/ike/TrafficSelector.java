package org.ikelab.ike;

import java.util.Arrays;

/**
 * One side of an IPsec proxy identity (a crypto ACL line, or what quick mode negotiated): an
 * IPv4 subnet with protocol and port, 0 meaning any. IOS prints it as
 * {@code (192.168.1.0/255.255.255.0/0/0)} in {@code show crypto ipsec sa}.
 */
public record TrafficSelector(byte[] address, byte[] mask, int protocol, int port) {
    private static final byte[] HOST = {-1, -1, -1, -1};

    public TrafficSelector {
        if (address.length != 4 || mask.length != 4) throw new IllegalArgumentException("IPv4 selector expected");
        address = address.clone();
        mask = mask.clone();
    }

    public static TrafficSelector subnet(byte[] address, byte[] mask) {
        return new TrafficSelector(address, mask, 0, 0);
    }

    public static TrafficSelector host(byte[] address) {
        return new TrafficSelector(address, HOST, 0, 0);
    }

    public boolean isHost() {
        return Arrays.equals(mask, HOST);
    }

    /**
     * Whether every packet {@code other} describes is also described by this selector: IOS
     * accepts a proposal whose proxies are a subset of its own ACL (ios-crypto-reference §5.4).
     */
    public boolean covers(TrafficSelector other) {
        for (int i = 0; i < 4; i++) {
            if ((other.mask[i] & mask[i]) != mask[i]) return false;   // other is at least as specific
            if ((other.address[i] & mask[i]) != (address[i] & mask[i])) return false;
        }
        return (protocol == 0 || protocol == other.protocol) && (port == 0 || port == other.port);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrafficSelector t && Arrays.equals(address, t.address) && Arrays.equals(mask, t.mask)
                && protocol == t.protocol && port == t.port;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(address) * 31 + Arrays.hashCode(mask) * 7 + protocol * 3 + port;
    }

    /** {@code 192.168.1.0/255.255.255.0/0/0}, as IOS shows local and remote ident. */
    @Override
    public String toString() {
        return dotted(address) + "/" + dotted(mask) + "/" + protocol + "/" + port;
    }

    private static String dotted(byte[] b) {
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }
}
