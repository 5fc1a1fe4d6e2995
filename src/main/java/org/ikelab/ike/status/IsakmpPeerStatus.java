package org.ikelab.ike.status;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One IKE peer for {@code show crypto isakmp peers}.
 *
 * @param peer     {@code Peer: 15.0.0.1}
 * @param port     {@code Port: 500} (4500 after NAT-T floating)
 * @param local    {@code Local: 25.0.0.1}
 * @param phase1Id {@code  Phase1 id: 15.0.0.1}: the identity the peer authenticated with
 */
public record IsakmpPeerStatus(InetAddress peer, int port, InetAddress local, String phase1Id) {
    public IsakmpPeerStatus {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(phase1Id, "phase1Id");
    }
}
