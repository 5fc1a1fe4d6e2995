package org.ikelab.ipsec.status;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One side of a proxy identity (traffic selector) as IOS prints it:
 * {@code (addr/mask/prot/port)} in {@code show crypto ipsec sa}, {@code host a.b.c.d} or
 * {@code addr/mask} in {@code show crypto session}.
 *
 * @param address  network address ({@code 192.168.1.0}); {@code 0.0.0.0} for a VTI
 * @param mask     network mask ({@code 255.255.255.0}); all ones for a host
 * @param protocol IP protocol number; 0 = any IP, 47 = GRE, 6 = TCP, 17 = UDP
 * @param port     port number, 0 = any
 */
public record ProxyIdent(InetAddress address, InetAddress mask, int protocol, int port) {
    public ProxyIdent {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(mask, "mask");
    }

    /** True when the mask is all ones (printed {@code host A} in {@code show crypto session}). */
    public boolean isHost() {
        for (byte b : mask.getAddress()) {
            if (b != (byte) 0xFF) return false;
        }
        return true;
    }
}
