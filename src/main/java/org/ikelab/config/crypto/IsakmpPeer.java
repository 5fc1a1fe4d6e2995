package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code crypto isakmp peer address A}: makes this router start Aggressive Mode towards the peer.
 *
 * @param endpointType {@code fqdn}, {@code ipv4-address} or {@code user-fqdn}; null when unset
 */
public record IsakmpPeer(Ipv4 address, String aggressivePassword, String endpointType, String endpointValue) {
    public static IsakmpPeer of(Ipv4 address) {
        return new IsakmpPeer(address, null, null, null);
    }

    public IsakmpPeer withAggressivePassword(String v) {
        return new IsakmpPeer(address, v, endpointType, endpointValue);
    }

    public IsakmpPeer withClientEndpoint(String type, String value) {
        return new IsakmpPeer(address, aggressivePassword, type, value);
    }

    /** Aggressive mode is used when the peer block carries a password. */
    public boolean aggressiveMode() {
        return aggressivePassword != null;
    }

    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto isakmp peer address " + address);
        if (aggressivePassword != null) out.add(" set aggressive-mode password " + aggressivePassword);
        if (endpointType != null) out.add(" set aggressive-mode client-endpoint " + endpointType + " " + endpointValue + " ");
        return out;
    }
}
