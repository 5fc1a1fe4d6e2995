package org.ikelab.router;

import org.ikelab.wire.Ipv4Address;

/** {@code traceroute TARGET [source ADDR] [probe N] [timeout S] [ttl MIN MAX] [port N]}, IOS defaults. */
public record TracerouteRequest(Ipv4Address target, Ipv4Address source, int probes, int timeoutSeconds, int minTtl,
                                int maxTtl, int port) {
    public static TracerouteRequest to(String target) {
        return new TracerouteRequest(Ipv4Address.parse(target), null, 3, 3, 1, 30, 33434);
    }

    public TracerouteRequest withSource(Ipv4Address s) {
        return new TracerouteRequest(target, s, probes, timeoutSeconds, minTtl, maxTtl, port);
    }

    public TracerouteRequest withMaxTtl(int ttl) {
        return new TracerouteRequest(target, source, probes, timeoutSeconds, minTtl, ttl, port);
    }
}
