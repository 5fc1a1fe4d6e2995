package org.ikelab.ike.status;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Set;

/**
 * The IKE SA line(s) of one {@code show crypto session} entry:
 * {@code IKEv1 SA: local 11.0.2.2/500 remote 11.0.2.1/500 Active } and, in the detail form,
 * {@code Capabilities:D connid:1042 lifetime:05:50:03}.
 *
 * @param ikeVersion        1 prints {@code IKEv1 SA:}, 2 prints {@code IKEv2 SA:}
 * @param local             own address
 * @param localPort         own port
 * @param remote            peer address
 * @param remotePort        peer port
 * @param active            {@code Active}; false prints {@code Inactive}
 * @param capabilities      {@code Capabilities:} letters; empty prints {@code (none)}
 * @param connId            {@code connid:} (the conn-id of {@code show crypto isakmp sa})
 * @param lifetimeRemaining {@code lifetime:} seconds left, printed hh:mm:ss
 */
public record SessionIkeSa(
        int ikeVersion, InetAddress local, int localPort, InetAddress remote, int remotePort,
        boolean active, Set<IkeCapability> capabilities, int connId, long lifetimeRemaining) {
    public SessionIkeSa {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
        capabilities = Set.copyOf(capabilities);
    }
}
