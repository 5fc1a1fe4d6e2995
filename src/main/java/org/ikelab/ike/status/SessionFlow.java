package org.ikelab.ike.status;

import java.util.Objects;
import java.util.OptionalLong;
import org.ikelab.ipsec.status.ProxyIdent;

/**
 * One {@code IPSEC FLOW:} of a {@code show crypto session} entry and its detail lines.
 *
 * @param permit            {@code permit} ({@code deny} otherwise)
 * @param local             local proxy; its protocol gives {@code ip} (0) or the number ({@code 47})
 * @param remote            remote proxy
 * @param activeSas         {@code Active SAs: 2} (inbound + outbound, per protocol)
 * @param origin            {@code origin: crypto map}
 * @param inboundPackets    detail {@code Inbound:  #pkts dec'ed N}
 * @param inboundDrops      detail {@code drop N} of the inbound line
 * @param outboundPackets   detail {@code Outbound: #pkts enc'ed N}
 * @param outboundDrops     detail {@code drop N} of the outbound line
 * @param remainingKilobytes detail {@code life (KB/Sec) 4236992/615}; empty prints
 *                          {@code KB Vol Rekey Disabled} (kilobyte lifetime disabled)
 * @param remainingSeconds  the Sec part of that field
 */
public record SessionFlow(
        boolean permit, ProxyIdent local, ProxyIdent remote, int activeSas, String origin,
        long inboundPackets, long inboundDrops, long outboundPackets, long outboundDrops,
        OptionalLong remainingKilobytes, long remainingSeconds) {
    public SessionFlow {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(remainingKilobytes, "remainingKilobytes");
    }
}
