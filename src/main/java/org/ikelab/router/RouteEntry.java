package org.ikelab.router;

import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.Ipv4Prefix;

/**
 * One installed route as {@code show ip route} needs it: the configured next hop (null when
 * directly connected), the exit interface name when the route names one or is connected, and
 * the resolved forwarding data the router uses.
 */
public record RouteEntry(Ipv4Prefix prefix, RouteSource source, int distance, int metric, Ipv4Address nextHop,
                         String interfaceName, String resolvedInterface, Ipv4Address resolvedGateway) {
}
