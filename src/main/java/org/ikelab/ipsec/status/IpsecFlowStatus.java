package org.ikelab.ipsec.status;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * One proxy pair (one permit line of a crypto ACL, or the single selector pair of a tunnel
 * protection) with its counters and SAs: the block of {@code show crypto ipsec sa} from
 * {@code protected vrf:} down to {@code outbound pcp sas:}.
 *
 * @param protectedVrf       {@code protected vrf: (none)}; {@code null} prints {@code (none)}
 * @param localIdent         {@code local  ident (addr/mask/prot/port): (...)}
 * @param remoteIdent        {@code remote ident (addr/mask/prot/port): (...)}
 * @param currentPeer        {@code current_peer 15.0.0.1 port 500}; {@code null} prints {@code (none)}
 * @param peerPort           port of that line: 500, or 4500 with NAT-T
 * @param permit             {@code PERMIT} (false: {@code DENY}, e.g. a VTI template identity)
 * @param flags              the words inside {@code flags={origin_is_acl,}}, each printed with a comma
 * @param counters           the {@code #pkts ...} and {@code #send errors} lines
 * @param errorCounters      the error block of the {@code detail} form
 * @param localEndpoint      {@code local crypto endpt.: 25.0.0.1}
 * @param remoteEndpoint     {@code remote crypto endpt.: 15.0.0.1}; {@code null} (no peer yet) prints {@code (none)}
 * @param plaintextMtu       {@code plaintext mtu 1438} (path mtu minus the SA's overhead; path mtu with no SA)
 * @param pathMtu            {@code path mtu 1500}
 * @param ipMtu              {@code ip mtu 1500}
 * @param ipMtuIdb           {@code ip mtu idb GigabitEthernet0/0}: the interface the MTU comes from
 * @param currentOutboundSpi {@code current outbound spi: 0x48BAC7D3(1220200403)}; 0 when no SA
 * @param pfsGroup           {@code PFS (Y/N): Y, DH group: group14}; 0 = no PFS ({@code N, DH group: none})
 * @param inboundEsp         entries under {@code inbound esp sas:}
 * @param inboundAh          entries under {@code inbound ah sas:}
 * @param inboundPcp         entries under {@code inbound pcp sas:} (IP compression)
 * @param outboundEsp        entries under {@code outbound esp sas:}
 * @param outboundAh         entries under {@code outbound ah sas:}
 * @param outboundPcp        entries under {@code outbound pcp sas:}
 */
public record IpsecFlowStatus(
        String protectedVrf,
        ProxyIdent localIdent,
        ProxyIdent remoteIdent,
        InetAddress currentPeer,
        int peerPort,
        boolean permit,
        List<String> flags,
        IpsecCounters counters,
        IpsecErrorCounters errorCounters,
        InetAddress localEndpoint,
        InetAddress remoteEndpoint,
        int plaintextMtu,
        int pathMtu,
        int ipMtu,
        String ipMtuIdb,
        long currentOutboundSpi,
        int pfsGroup,
        List<IpsecSaEntry> inboundEsp,
        List<IpsecSaEntry> inboundAh,
        List<IpsecSaEntry> inboundPcp,
        List<IpsecSaEntry> outboundEsp,
        List<IpsecSaEntry> outboundAh,
        List<IpsecSaEntry> outboundPcp) {
    public IpsecFlowStatus {
        Objects.requireNonNull(localIdent, "localIdent");
        Objects.requireNonNull(remoteIdent, "remoteIdent");
        flags = List.copyOf(flags);
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(errorCounters, "errorCounters");
        Objects.requireNonNull(localEndpoint, "localEndpoint");
        Objects.requireNonNull(ipMtuIdb, "ipMtuIdb");
        inboundEsp = List.copyOf(inboundEsp);
        inboundAh = List.copyOf(inboundAh);
        inboundPcp = List.copyOf(inboundPcp);
        outboundEsp = List.copyOf(outboundEsp);
        outboundAh = List.copyOf(outboundAh);
        outboundPcp = List.copyOf(outboundPcp);
    }
}
