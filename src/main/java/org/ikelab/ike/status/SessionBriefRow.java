package org.ikelab.ike.status;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One row of {@code show crypto session brief}: the same session as a {@link
 * CryptoSessionStatus} entry, reduced to its peer, interface and the age of its IKE SA.
 *
 * @param peer          {@code Peer} column
 * @param interfaceName {@code I/F} column, full name ({@code Tunnel0}); the formatter abbreviates it
 * @param username      {@code Username} column; {@code null} (blank) for a site-to-site session
 * @param phase1Id      {@code Group/Phase1_id} column: the peer's authenticated IKE identity as IOS
 *                      prints it; {@code null} (blank) while the session has no IKE SA
 * @param uptimeSeconds {@code Uptime} column: seconds since the session's IKE SA was established;
 *                      negative (blank) while it has none
 * @param state         {@code Status} column letters
 */
public record SessionBriefRow(
        InetAddress peer, String interfaceName, String username, String phase1Id, long uptimeSeconds,
        SessionState state) {
    public SessionBriefRow {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(state, "state");
    }
}
