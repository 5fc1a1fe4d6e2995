package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.IosText.addr;
import static org.ikelab.cli.show.crypto.IosText.spi;

import java.util.List;
import org.ikelab.ipsec.status.IpsecDebugEvent;
import org.ikelab.ipsec.status.IpsecDebugEvent.*;
import org.ikelab.ipsec.status.IpsecMode;
import org.ikelab.ipsec.status.ProxyIdent;

/**
 * {@code debug crypto ipsec} lines (reference §5.3, §5.4), identical on IOS 15 and IOS-XE apart
 * from the timestamp prefix. Continuation lines of a block carry their own indentation and get
 * no timestamp.
 */
public final class IpsecDebugFormat {
    private IpsecDebugFormat() {}

    /** The lines of one event. */
    public static List<String> lines(IpsecDebugEvent event) {
        return switch (event) {
            case Fixed f -> List.of(switch (f.message()) {
                case ENABLE_OUTBOUND -> "IPSEC(key_engine_enable_outbound): rec'd enable notify from ISAKMP";
                case NO_MATCHING_MAP -> "map_db_find_best did not find matching map";
                case PROXY_IDENTITIES_NOT_SUPPORTED -> "IPSEC(ipsec_process_proposal): proxy identities not supported";
            });
            case ProposalPart e -> List.of("IPSEC(validate_proposal_request): proposal part #" + e.part());
            case KeyEngineMessage e -> List.of(
                    e.request() ? "IPSEC(sa_request): ,"
                                : "IPSEC(validate_proposal_request): proposal part #" + e.part() + ",",
                    "  (key eng. msg.) " + (e.outbound() ? "OUTBOUND" : "INBOUND") + " local= " + addr(e.local()) + ":"
                            + e.localPort() + ", remote= " + addr(e.remote()) + ":" + e.remotePort() + ",",
                    "    local_proxy= " + proxy(e.localProxy()) + ",",
                    "    remote_proxy= " + proxy(e.remoteProxy()) + ",",
                    "    protocol= " + e.protocol() + ", transform= " + String.join(" ", e.transforms()) + "  ("
                            + (e.mode() == IpsecMode.TUNNEL ? "Tunnel" : "Transport") + "), ",
                    "    lifedur= " + e.lifeSeconds() + "s and " + e.lifeKilobytes() + "kb, ",
                    "    spi= " + spi(e.spi()) + ", conn_id= " + e.connId() + ", keysize= " + e.keySize()
                            + ", flags= 0x" + Integer.toHexString(e.flags()).toUpperCase(java.util.Locale.ROOT));
            case ProxyMatch e -> List.of(
                    "Crypto mapdb : proxy_match",
                    "        src addr     : " + addr(e.srcAddr()),
                    "        dst addr     : " + addr(e.dstAddr()),
                    "        protocol     : " + e.protocol(),
                    "        src port     : " + e.srcPort(),
                    "        dst port     : " + e.dstPort());
            case MapAccepted e -> List.of("(ipsec_process_proposal)Map Accepted: " + e.map() + ", " + e.seq());
            case MapFound e -> List.of("IPSEC(crypto_ipsec_create_ipsec_sas): Map found " + e.map() + ", " + e.seq());
            case KmiQueueEvent e -> List.of("IPSEC(key_engine): got a queue event with " + e.messages() + " KMI message(s)");
            case TransformNotSupported e -> List.of(
                    "IPSEC(ipsec_process_proposal): transform proposal not supported for identity: {"
                            + String.join(" ", e.transforms()) + " }");
            case SaCreated e -> List.of(
                    "IPSEC(create_sa): sa created,",
                    "  (sa) sa_dest= " + addr(e.dest()) + ", sa_proto= " + e.proto() + ", ",
                    "    sa_spi= " + spi(e.spi()) + ", ",
                    "    sa_trans= " + String.join(" ", e.transforms()) + " , sa_conn_id= " + e.connId(),
                    "    sa_lifetime(k/sec)= (" + e.lifeKilobytes() + "/" + e.lifeSeconds() + "),",
                    "  (identity) local= " + addr(e.local()) + ":" + e.localPort() + ", remote= " + addr(e.remote())
                            + ":" + e.remotePort() + ",",
                    "    local_proxy= " + proxy(e.localProxy()) + ",",
                    "    remote_proxy= " + proxy(e.remoteProxy()));
        };
    }

    /**
     * {@code 192.168.102.0/255.255.255.0/256/0}: protocol "any" prints 256 as on IOS 15 later
     * images and IOS-XE (decision; 12.4/early 15 printed 0, reference §5.3 [recalled]).
     */
    static String proxy(ProxyIdent p) {
        return addr(p.address()) + "/" + addr(p.mask()) + "/" + (p.protocol() == 0 ? 256 : p.protocol()) + "/" + p.port();
    }
}
