package org.ikelab.ipsec.status;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@code show crypto ipsec sa} prints under one {@code interface:} header: the
 * crypto map (or tunnel-protection map) bound to an interface and one flow block per proxy pair.
 *
 * @param interfaceName {@code interface: GigabitEthernet0/0} (full IOS name)
 * @param cryptoMapTag  {@code Crypto map tag: CRMAP}; {@code Tunnel0-head-0} for VTI/GRE protection
 * @param localAddress  {@code local addr 25.0.0.1}: the crypto endpoint (interface address or local-address)
 * @param flows         one block per crypto-ACL permit line / proxy pair, in ACL order
 */
public record CryptoMapSaGroup(
        String interfaceName, String cryptoMapTag, InetAddress localAddress, List<IpsecFlowStatus> flows) {
    public CryptoMapSaGroup {
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(cryptoMapTag, "cryptoMapTag");
        Objects.requireNonNull(localAddress, "localAddress");
        flows = List.copyOf(flows);
    }
}
