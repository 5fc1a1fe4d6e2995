package org.ikelab.ike.status;

import java.util.List;
import org.ikelab.ipsec.status.CryptoMapSaGroup;
import org.ikelab.ipsec.status.CryptoMapStatus;
import org.ikelab.ipsec.status.EngineConnection;

/**
 * What a router's crypto stack hands to the runtime {@code show crypto ...} commands: fresh
 * snapshots, taken on the router's event loop (ARCHITECTURE decision 1), in display order. It
 * lives in the IKE layer because sessions and engine rows join IKE and IPsec state; whoever
 * owns both (the router or the config compiler's runtime) implements it.
 */
public interface CryptoStatusSource {
    /** {@code show crypto isakmp sa [detail]}: IKEv1 SAs, oldest first. */
    List<IkeSaStatus> isakmpSas();

    /** {@code show crypto isakmp peers}: peers with an IKE SA. */
    List<IsakmpPeerStatus> isakmpPeers();

    /** {@code show crypto session [detail]}: one entry per interface and peer. */
    List<CryptoSessionStatus> cryptoSessions();

    /** {@code show crypto ipsec sa ...}: one group per interface with a crypto map or tunnel protection. */
    List<CryptoMapSaGroup> ipsecSas();

    /** {@code show crypto map}: maps in configuration order, tunnel-protection maps included. */
    List<CryptoMapStatus> cryptoMaps();

    /** {@code show crypto engine connections active}: IPsec rows by id, then IKE rows. */
    List<EngineConnection> engineConnections();
}
