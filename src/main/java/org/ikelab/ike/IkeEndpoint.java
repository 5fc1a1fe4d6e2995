package org.ikelab.ike;

import java.net.InetAddress;

/** One end of an IKE conversation: an address of the router and a UDP port (500, or 4500 after NAT-T). */
public record IkeEndpoint(InetAddress address, int port) {
    public static final int IKE_PORT = 500;
    public static final int NATT_PORT = 4500;

    public IkeEndpoint {
        if (port < 0 || port > 0xffff) throw new IllegalArgumentException("port " + port);
    }

    public byte[] addressBytes() {
        return address.getAddress();
    }

    @Override
    public String toString() {
        return address.getHostAddress() + ":" + port;
    }
}
