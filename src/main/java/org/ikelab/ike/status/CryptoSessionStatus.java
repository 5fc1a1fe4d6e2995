package org.ikelab.ike.status;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code show crypto session [detail]}: a peer on an interface with its IKE SA(s)
 * and IPsec flows. It lives in the IKE layer because it joins IKE and IPsec state.
 *
 * @param interfaceName {@code Interface: Tunnel13}
 * @param profile       {@code Profile: GS-GRE:ISAKMP} (ISAKMP or IKEv2 profile); {@code null} = line absent
 * @param uptimeSeconds detail {@code Uptime: 3d18h}; negative = not up (line absent)
 * @param state         {@code Session status: UP-ACTIVE}
 * @param peer          {@code Peer: 11.0.1.1}
 * @param peerPort      {@code port 500}
 * @param fvrf          detail {@code fvrf: (none)}; {@code null} prints {@code (none)}
 * @param ivrf          detail {@code ivrf: (none)}; {@code null} prints {@code (none)}
 * @param phase1Id      detail {@code Phase1_id: 11.0.2.1}; {@code null} = line absent (no IKE SA)
 * @param description   detail {@code Desc: (none)}; {@code null} prints {@code (none)}
 * @param sessionId     {@code Session ID: 0}
 * @param ikeSas        {@code IKEv1 SA:} lines (none while down)
 * @param flows         {@code IPSEC FLOW:} blocks
 */
public record CryptoSessionStatus(
        String interfaceName, String profile, long uptimeSeconds, SessionState state,
        InetAddress peer, int peerPort, String fvrf, String ivrf, String phase1Id, String description,
        int sessionId, List<SessionIkeSa> ikeSas, List<SessionFlow> flows) {
    public CryptoSessionStatus {
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(peer, "peer");
        ikeSas = List.copyOf(ikeSas);
        flows = List.copyOf(flows);
    }
}
