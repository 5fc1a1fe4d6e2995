package org.ikelab.router;

import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.Ipv4Prefix;

/**
 * {@code ip route PREFIX MASK {NEXTHOP | INTERFACE [NEXTHOP]} [DISTANCE]}: a next hop, an
 * exit interface, or both; {@code nextHop} null means none, {@code interfaceName} null means none.
 */
public record StaticRoute(Ipv4Prefix prefix, Ipv4Address nextHop, String interfaceName, int distance) {
    public StaticRoute {
        if (nextHop == null && interfaceName == null) throw new IllegalArgumentException("static route needs a next hop or an interface");
        if (distance < 1 || distance > 255) throw new IllegalArgumentException("distance " + distance);
    }

    /** From configuration values: dotted network, prefix length, dotted next hop or null, interface or null. */
    public static StaticRoute of(String network, int prefixLength, String nextHop, String interfaceName, int distance) {
        return new StaticRoute(new Ipv4Prefix(Ipv4Address.parse(network).bits() & Ipv4Address.mask(prefixLength), prefixLength),
                nextHop == null ? null : Ipv4Address.parse(nextHop), interfaceName, distance);
    }

    public static StaticRoute via(String prefix, String nextHop) {
        return new StaticRoute(Ipv4Prefix.parse(prefix), Ipv4Address.parse(nextHop), null, 1);
    }

    public static StaticRoute out(String prefix, String interfaceName) {
        return new StaticRoute(Ipv4Prefix.parse(prefix), null, interfaceName, 1);
    }
}
