package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.IosText.addr;
import static org.ikelab.cli.show.crypto.IosText.spi;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.ikelab.ipsec.status.CryptoMapSaGroup;
import org.ikelab.ipsec.status.IpsecCounters;
import org.ikelab.ipsec.status.IpsecErrorCounters;
import org.ikelab.ipsec.status.IpsecFlowStatus;
import org.ikelab.ipsec.status.IpsecMode;
import org.ikelab.ipsec.status.IpsecSaEntry;
import org.ikelab.ipsec.status.ProxyIdent;

/**
 * {@code show crypto ipsec sa} and its {@code peer}, {@code interface}, {@code identity},
 * {@code address} and {@code detail} forms (reference §4.3, §4.19).
 *
 * <p>Layout: each {@code interface:} header is preceded by a blank line; each flow block (from
 * {@code protected vrf:}) is preceded by a blank line; the output ends right after
 * {@code outbound pcp sas:}. Several SAs in one section (during a rekey) follow each other
 * without blank lines; every section header is followed by one blank line except the last.
 * A router with no crypto map bound prints nothing.
 */
public final class ShowCryptoIpsecSa {
    private ShowCryptoIpsecSa() {}

    /** {@code show crypto ipsec sa}. */
    public static String format(List<CryptoMapSaGroup> groups) {
        return render(groups, null, false);
    }

    /** {@code show crypto ipsec sa detail}: the error block replaces {@code #send errors}. */
    public static String formatDetail(List<CryptoMapSaGroup> groups) {
        return render(groups, null, true);
    }

    /**
     * {@code show crypto ipsec sa peer A}: only the flows whose current peer is {@code peer},
     * under their interface headers; interfaces without such a flow are left out.
     */
    public static String formatPeer(List<CryptoMapSaGroup> groups, InetAddress peer) {
        return render(groups, f -> peer.equals(f.currentPeer()), false);
    }

    /** {@code show crypto ipsec sa interface IF}: only the group of that (full) interface name. */
    public static String formatInterface(List<CryptoMapSaGroup> groups, String interfaceName) {
        List<CryptoMapSaGroup> only = groups.stream()
                .filter(g -> g.interfaceName().equalsIgnoreCase(interfaceName)).toList();
        return render(only, null, false);
    }

    /**
     * {@code show crypto ipsec sa identity}: each flow's identity part (down to the
     * {@code #send errors} line) without the endpoint and SA sections.
     */
    public static String formatIdentity(List<CryptoMapSaGroup> groups) {
        StringBuilder sb = new StringBuilder();
        for (CryptoMapSaGroup g : groups) {
            header(sb, g);
            for (IpsecFlowStatus f : g.flows()) {
                sb.append('\n');
                identity(sb, f, false);
            }
        }
        return sb.toString();
    }

    /**
     * {@code show crypto ipsec sa address}: SAs grouped by destination address, then protocol.
     * The layout is [recalled] in reference §4.19 ({@code dst address:} / {@code protocol:} /
     * {@code spi:} with 2-space steps, then the SA attribute lines); the attribute lines after
     * {@code in use settings} follow the main form with {@code slot: 0, } in front of
     * {@code conn id}. Decision: a blank line separates destinations.
     */
    public static String formatAddress(List<CryptoMapSaGroup> groups) {
        // destination -> protocol -> SAs, in first-seen order.
        Map<InetAddress, Map<String, List<IpsecSaEntry>>> byDst = new LinkedHashMap<>();
        for (CryptoMapSaGroup g : groups) {
            for (IpsecFlowStatus f : g.flows()) {
                InetAddress remote = f.remoteEndpoint() != null ? f.remoteEndpoint() : f.currentPeer();
                add(byDst, f.localEndpoint(), "ESP", f.inboundEsp());
                add(byDst, f.localEndpoint(), "AH", f.inboundAh());
                add(byDst, f.localEndpoint(), "PCP", f.inboundPcp());
                if (remote != null) {
                    add(byDst, remote, "ESP", f.outboundEsp());
                    add(byDst, remote, "AH", f.outboundAh());
                    add(byDst, remote, "PCP", f.outboundPcp());
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Map.Entry<InetAddress, Map<String, List<IpsecSaEntry>>> d : byDst.entrySet()) {
            if (!first) sb.append('\n');
            first = false;
            sb.append("dst address: ").append(addr(d.getKey())).append('\n');
            for (Map.Entry<String, List<IpsecSaEntry>> p : d.getValue().entrySet()) {
                sb.append("  protocol: ").append(p.getKey()).append('\n');
                for (IpsecSaEntry sa : p.getValue()) {
                    sb.append("    spi: ").append(spi(sa.spi())).append('\n');
                    String ind = "      ";
                    sb.append(ind).append("transform: ").append(transform(sa)).append('\n');
                    sb.append(ind).append("in use settings =").append(settings(sa)).append('\n');
                    sb.append(ind).append("slot: 0, conn id: ").append(sa.connId())
                            .append(", flow_id: ").append(sa.flowEngine()).append(':').append(sa.flowId())
                            .append(", crypto map: ").append(sa.cryptoMap()).append('\n');
                    timing(sb, ind, sa);
                    if (!p.getKey().equals("AH")) {
                        sb.append(ind).append("IV size: ").append(sa.ivSizeBytes()).append(" bytes\n");
                    }
                    sb.append(ind).append("replay detection support: ").append(yn(sa.replayDetection())).append('\n');
                    sb.append(ind).append("Status: ACTIVE(ACTIVE)\n");
                }
            }
        }
        return sb.toString();
    }

    private static void add(Map<InetAddress, Map<String, List<IpsecSaEntry>>> m, InetAddress dst,
                            String proto, List<IpsecSaEntry> sas) {
        if (sas.isEmpty()) return;
        m.computeIfAbsent(dst, k -> new LinkedHashMap<>()).computeIfAbsent(proto, k -> new ArrayList<>()).addAll(sas);
    }

    /** Renders the groups; {@code keep} (null = all) filters flows, and drops groups left empty. */
    private static String render(List<CryptoMapSaGroup> groups, Predicate<IpsecFlowStatus> keep, boolean detail) {
        StringBuilder sb = new StringBuilder();
        for (CryptoMapSaGroup g : groups) {
            List<IpsecFlowStatus> flows = keep == null ? g.flows() : g.flows().stream().filter(keep).toList();
            if (keep != null && flows.isEmpty()) continue;
            header(sb, g);
            for (IpsecFlowStatus f : flows) flow(sb, f, detail);
        }
        return sb.toString();
    }

    private static void header(StringBuilder sb, CryptoMapSaGroup g) {
        sb.append('\n');
        sb.append("interface: ").append(g.interfaceName()).append('\n');
        sb.append("    Crypto map tag: ").append(g.cryptoMapTag())
                .append(", local addr ").append(addr(g.localAddress())).append('\n');
    }

    private static void identity(StringBuilder sb, IpsecFlowStatus f, boolean detail) {
        sb.append("   protected vrf: ").append(f.protectedVrf() == null ? "(none)" : f.protectedVrf()).append('\n');
        sb.append("   local  ident (addr/mask/prot/port): ").append(ident(f.localIdent())).append('\n');
        sb.append("   remote ident (addr/mask/prot/port): ").append(ident(f.remoteIdent())).append('\n');
        sb.append("   current_peer ").append(f.currentPeer() == null ? "(none)" : addr(f.currentPeer()))
                .append(" port ").append(f.peerPort()).append('\n');
        sb.append("     ").append(f.permit() ? "PERMIT" : "DENY").append(", flags={");
        for (String flag : f.flags()) sb.append(flag).append(',');
        sb.append("}\n");
        IpsecCounters c = f.counters();
        sb.append("    #pkts encaps: ").append(c.encaps()).append(", #pkts encrypt: ").append(c.encrypt())
                .append(", #pkts digest: ").append(c.digest()).append('\n');
        sb.append("    #pkts decaps: ").append(c.decaps()).append(", #pkts decrypt: ").append(c.decrypt())
                .append(", #pkts verify: ").append(c.verify()).append('\n');
        sb.append("    #pkts compressed: ").append(c.compressed()).append(", #pkts decompressed: ")
                .append(c.decompressed()).append('\n');
        sb.append("    #pkts not compressed: ").append(c.notCompressed()).append(", #pkts compr. failed: ")
                .append(c.compressFailed()).append('\n');
        sb.append("    #pkts not decompressed: ").append(c.notDecompressed()).append(", #pkts decompress failed: ")
                .append(c.decompressFailed()).append('\n');
        if (detail) {
            errorBlock(sb, f.errorCounters());
        } else {
            sb.append("    #send errors ").append(c.sendErrors()).append(", #recv errors ").append(c.recvErrors()).append('\n');
        }
    }

    private static void flow(StringBuilder sb, IpsecFlowStatus f, boolean detail) {
        sb.append('\n');
        identity(sb, f, detail);
        sb.append('\n');
        sb.append("     local crypto endpt.: ").append(addr(f.localEndpoint()))
                .append(", remote crypto endpt.: ")
                .append(f.remoteEndpoint() == null ? "(none)" : addr(f.remoteEndpoint())).append('\n');
        sb.append("     plaintext mtu ").append(f.plaintextMtu()).append(", path mtu ").append(f.pathMtu())
                .append(", ip mtu ").append(f.ipMtu()).append(", ip mtu idb ").append(f.ipMtuIdb()).append('\n');
        sb.append("     current outbound spi: ").append(spi(f.currentOutboundSpi())).append('\n');
        // PFS line with a group is [recalled] in §4.3: "PFS (Y/N): Y, DH group: group14".
        sb.append("     PFS (Y/N): ").append(f.pfsGroup() == 0 ? "N, DH group: none" : "Y, DH group: group" + f.pfsGroup())
                .append('\n');
        section(sb, "inbound esp sas:", f.inboundEsp(), true, detail);
        section(sb, "inbound ah sas:", f.inboundAh(), false, detail);
        section(sb, "inbound pcp sas:", f.inboundPcp(), false, detail);
        section(sb, "outbound esp sas:", f.outboundEsp(), true, detail);
        section(sb, "outbound ah sas:", f.outboundAh(), false, detail);
        section(sb, "outbound pcp sas:", f.outboundPcp(), false, detail);
    }

    private static void section(StringBuilder sb, String title, List<IpsecSaEntry> sas, boolean esp,
                                boolean detail) {
        sb.append('\n');
        sb.append("     ").append(title).append('\n');
        for (IpsecSaEntry sa : sas) {
            String ind = "        ";
            sb.append("      spi: ").append(spi(sa.spi())).append('\n');
            sb.append(ind).append("transform: ").append(transform(sa)).append('\n');
            sb.append(ind).append("in use settings =").append(settings(sa)).append('\n');
            sb.append(ind).append("conn id: ").append(sa.connId())
                    .append(", flow_id: ").append(sa.flowEngine()).append(':').append(sa.flowId())
                    .append(", sibling_flags ").append(String.format(Locale.ROOT, "%08X", sa.siblingFlags()))
                    .append(", crypto map: ").append(sa.cryptoMap()).append('\n');
            timing(sb, ind, sa);
            if (esp) sb.append(ind).append("IV size: ").append(sa.ivSizeBytes()).append(" bytes\n");
            sb.append(ind).append("replay detection support: ").append(yn(sa.replayDetection()));
            // The detail form adds the window after two spaces (automation-clients.md).
            if (detail) sb.append("  replay window size: ").append(sa.replayWindowSize());
            sb.append('\n');
            // §8 decision: IOS 15.4+ spelling ACTIVE(ACTIVE), not the 12.4/15.0 "ACTIVE".
            sb.append(ind).append("Status: ACTIVE(ACTIVE)\n");
        }
    }

    private static void timing(StringBuilder sb, String ind, IpsecSaEntry sa) {
        if (sa.manualKeyed()) {
            sb.append(ind).append("no sa timing\n");
        } else {
            sb.append(ind).append("sa timing: remaining key lifetime (k/sec): (")
                    .append(sa.remainingKilobytes()).append('/').append(sa.remainingSeconds()).append(")\n");
        }
    }

    private static void errorBlock(StringBuilder sb, IpsecErrorCounters e) {
        // Exact IOS-XE text (captured S5), including the doubled "##" and the irregular colons.
        sb.append("    #pkts no sa (send) ").append(e.noSaSend())
                .append(", #pkts invalid sa (rcv) ").append(e.invalidSaRcv()).append('\n');
        sb.append("    #pkts encaps failed (send) ").append(e.encapsFailedSend())
                .append(", #pkts decaps failed (rcv) ").append(e.decapsFailedRcv()).append('\n');
        sb.append("    #pkts invalid prot (recv) ").append(e.invalidProtRecv())
                .append(", #pkts verify failed: ").append(e.verifyFailed()).append('\n');
        sb.append("    #pkts invalid identity (recv) ").append(e.invalidIdentityRecv())
                .append(", #pkts invalid len (rcv) ").append(e.invalidLenRcv()).append('\n');
        sb.append("    #pkts replay rollover (send): ").append(e.replayRolloverSend())
                .append(", #pkts replay rollover (rcv) ").append(e.replayRolloverRcv()).append('\n');
        sb.append("    ##pkts replay failed (rcv): ").append(e.replayFailedRcv()).append('\n');
        sb.append("    #pkts tagged (send): ").append(e.taggedSend())
                .append(", #pkts untagged (rcv): ").append(e.untaggedRcv()).append('\n');
        sb.append("    #pkts not tagged (send): ").append(e.notTaggedSend())
                .append(", #pkts not untagged (rcv): ").append(e.notUntaggedRcv()).append('\n');
        sb.append("    #pkts internal err (send): ").append(e.internalErrSend())
                .append(", #pkts internal err (recv) ").append(e.internalErrRecv()).append('\n');
    }

    /** {@code (192.168.2.0/255.255.255.0/0/0)}. */
    static String ident(ProxyIdent p) {
        return "(" + addr(p.address()) + "/" + addr(p.mask()) + "/" + p.protocol() + "/" + p.port() + ")";
    }

    /** {@code esp-aes esp-sha-hmac ,}: display names, then space-comma. */
    static String transform(IpsecSaEntry sa) {
        return String.join(" ", sa.transforms()) + " ,";
    }

    /** {@code {Tunnel, }}, {@code {Transport, }}, with {@code  UDP-Encaps} under NAT-T. */
    static String settings(IpsecSaEntry sa) {
        return "{" + (sa.mode() == IpsecMode.TUNNEL ? "Tunnel" : "Transport")
                + (sa.udpEncapsulated() ? " UDP-Encaps" : "") + ", }";
    }

    private static String yn(boolean b) {
        return b ? "Y" : "N";
    }
}
