package org.ikelab.router;

import org.ikelab.wire.Ipv4Address;

/**
 * The outcome of a ping: one character per echo ({@code !} reply, {@code .} timeout, {@code U}
 * unreachable, {@code M} could not fragment, {@code &} TTL exceeded, {@code Q} source quench),
 * the source address used (null when none could be chosen) and round-trip times in ms.
 */
public record PingResult(PingRequest request, Ipv4Address source, String results, int successes, long minMs, long avgMs,
                         long maxMs) {
    public int sent() {
        return results.length();
    }

    /** Integer percentage as IOS prints it. */
    public int successPercent() {
        return sent() == 0 ? 0 : successes * 100 / sent();
    }
}
