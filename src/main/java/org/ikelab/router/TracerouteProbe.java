package org.ikelab.router;

import org.ikelab.wire.Ipv4Address;

/**
 * One probe of a traceroute hop: who answered (null: timeout, printed {@code *}), the round
 * trip in ms and the IOS mark for an unreachable ({@code !H}, {@code !N}, {@code !P},
 * {@code !A}, or empty).
 */
public record TracerouteProbe(Ipv4Address from, long rttMs, String mark) {
    public boolean timedOut() {
        return from == null;
    }
}
