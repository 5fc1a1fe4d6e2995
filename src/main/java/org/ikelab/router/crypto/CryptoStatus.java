package org.ikelab.router.crypto;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.ike.status.CryptoSessionStatus;
import org.ikelab.ike.status.CryptoStatusSource;
import org.ikelab.ike.status.IkeCapability;
import org.ikelab.ike.status.IkeRole;
import org.ikelab.ike.status.IkeSaStatus;
import org.ikelab.ike.status.IkeV1State;
import org.ikelab.ike.status.IsakmpAuth;
import org.ikelab.ike.status.IsakmpPeerStatus;
import org.ikelab.ike.status.SessionFlow;
import org.ikelab.ike.status.SessionIkeSa;
import org.ikelab.ike.status.SessionState;
import org.ikelab.ike.v1.IkeSa;
import org.ikelab.ike.v1.Ikev1State;
import org.ikelab.ipsec.IpsecSa;
import org.ikelab.ipsec.Mode;
import org.ikelab.ipsec.SaBundle;
import org.ikelab.ipsec.SaConfig;
import org.ikelab.ipsec.Selector;
import org.ikelab.ipsec.status.Cipher;
import org.ikelab.ipsec.status.CryptoMapEntryStatus;
import org.ikelab.ipsec.status.CryptoMapSaGroup;
import org.ikelab.ipsec.status.CryptoMapStatus;
import org.ikelab.ipsec.status.EngineConnection;
import org.ikelab.ipsec.status.Integrity;
import org.ikelab.ipsec.status.IpsecCounters;
import org.ikelab.ipsec.status.IpsecErrorCounters;
import org.ikelab.ipsec.status.IpsecFlowStatus;
import org.ikelab.ipsec.status.IpsecMode;
import org.ikelab.ipsec.status.IpsecSaEntry;
import org.ikelab.ipsec.status.ProxyIdent;
import org.ikelab.router.RouterInterface;

/**
 * Snapshots of one engine for the {@code show crypto ...} screens (ios-crypto-reference §4.1-4.5,
 * §4.10), taken on the router's thread. Counters of a flow add up over its SAs still installed.
 */
public final class CryptoStatus implements CryptoStatusSource {
    private final CryptoEngine engine;

    public CryptoStatus(CryptoEngine engine) {
        this.engine = engine;
    }

    private long now() {
        return engine.router().scheduler().nanoTime();
    }

    // ------------------------------------------------------------------ IKE

    @Override
    public List<IkeSaStatus> isakmpSas() {
        List<IkeSaStatus> out = new ArrayList<>();
        List<IkeSa> sas = engine.daemon().sas();
        sas.sort(Comparator.comparingInt(IkeSa::connId));
        for (IkeSa sa : sas) {
            if (sa.state() == Ikev1State.DELETED) continue;
            Phase1Proposal p = agreed(sa);
            out.add(new IkeSaStatus(sa.local().address(), sa.remote().address(),
                    sa.isInitiator() ? IkeRole.INITIATOR : IkeRole.RESPONDER, state(sa.state()), sa.connId(), false,
                    p == null ? Cipher.AES_128 : phase1Cipher(p), p == null ? Integrity.SHA1 : phase1Hash(p), IsakmpAuth.PSK,
                    p == null ? 0 : p.group(), Math.max(0, sa.lifetimeRemainingSeconds()), capabilities(sa), null, null,
                    sa.local().port(), sa.remote().port(), "SW", sa.connId() - 1000));
        }
        return out;
    }

    private static Phase1Proposal agreed(IkeSa sa) {
        try {
            return sa.phase1().agreed();
        } catch (RuntimeException notYet) {
            return null;
        }
    }

    private Set<IkeCapability> capabilities(IkeSa sa) {
        Set<IkeCapability> c = EnumSet.noneOf(IkeCapability.class);
        if (engine.settings().keepaliveSeconds() > 0) c.add(IkeCapability.DPD);
        if (sa.local().port() == 4500) c.add(IkeCapability.NAT_T);
        return c;
    }

    public static IkeV1State state(Ikev1State s) {
        return switch (s) {
            case MM_NO_STATE, DELETED -> IkeV1State.MM_NO_STATE;
            case MM_SA_SETUP -> IkeV1State.MM_SA_SETUP;
            case MM_KEY_EXCH -> IkeV1State.MM_KEY_EXCH;
            case AG_NO_STATE -> IkeV1State.AG_NO_STATE;
            case AG_INIT_EXCH -> IkeV1State.AG_INIT_EXCH;
            case QM_IDLE -> IkeV1State.QM_IDLE;
        };
    }

    public static Cipher phase1Cipher(Phase1Proposal p) {
        return switch (p.encryption()) {
            case 1 -> Cipher.DES;
            case 5 -> Cipher.TRIPLE_DES;
            default -> p.keyLengthBits() == 256 ? Cipher.AES_256 : p.keyLengthBits() == 192 ? Cipher.AES_192 : Cipher.AES_128;
        };
    }

    public static Integrity phase1Hash(Phase1Proposal p) {
        return switch (p.hash()) {
            case 1 -> Integrity.MD5;
            case 4 -> Integrity.SHA256;
            case 5 -> Integrity.SHA384;
            case 6 -> Integrity.SHA512;
            default -> Integrity.SHA1;
        };
    }

    @Override
    public List<IsakmpPeerStatus> isakmpPeers() {
        List<IsakmpPeerStatus> out = new ArrayList<>();
        for (IkeSa sa : engine.daemon().sas()) {
            if (sa.state() != Ikev1State.QM_IDLE) continue;
            out.add(new IsakmpPeerStatus(sa.remote().address(), sa.remote().port(), sa.local().address(),
                    sa.remote().address().getHostAddress()));
        }
        return out;
    }

    // ------------------------------------------------------------------ IPsec

    @Override
    public List<CryptoMapSaGroup> ipsecSas() {
        List<CryptoMapSaGroup> out = new ArrayList<>();
        for (Map.Entry<String, String> b : engine.bindings.entrySet()) {
            CryptoEngine.MapState m = engine.maps.get(b.getValue());
            RouterInterface iface = iface(b.getKey());
            if (m == null || iface == null || !iface.hasAddress()) continue;
            InetAddress local = localAddress(m, iface);
            List<IpsecFlowStatus> flows = new ArrayList<>();
            for (Flow f : engine.flows(m)) flows.add(flow(f, local, iface));
            out.add(new CryptoMapSaGroup(iface.name(), m.spec.name(), local, flows));
        }
        return out;
    }

    private InetAddress localAddress(CryptoEngine.MapState m, RouterInterface iface) {
        String la = m.spec.localAddressInterface();
        if (la != null) {
            RouterInterface l = iface(la);
            if (l != null && l.hasAddress()) return CryptoEngine.inet(l.addressBits());
        }
        return CryptoEngine.inet(iface.addressBits());
    }

    private RouterInterface iface(String name) {
        for (RouterInterface i : engine.router().interfaces()) if (i.name().equals(name)) return i;
        return null;
    }

    private IpsecFlowStatus flow(Flow f, InetAddress local, RouterInterface iface) {
        long encaps = 0, encrypt = 0, digest = 0, decaps = 0, decrypt = 0, verify = 0, recvErrors = 0, sendErrors = f.sendErrors;
        long invalidSa = 0, encFailed = 0, decFailed = 0, invProt = 0, verFailed = 0, invId = 0, invLen = 0, replay = 0, rollover = 0,
                internal = 0;
        List<IpsecSaEntry> inEsp = new ArrayList<>(), inAh = new ArrayList<>(), outEsp = new ArrayList<>(), outAh = new ArrayList<>();
        for (Flow.Installed i : f.installed) {
            for (IpsecSa sa : new IpsecSa[] {i.inbound(), i.inboundAh()}) {
                if (sa == null) continue;
                CounterBaseline.Counts c = engine.counterBaseline.of(sa);
                if (sa == i.inbound() || i.inbound() == null) {
                    decaps += c.decaps();
                    decrypt += c.decrypt();
                    verify += c.verify();
                }
                recvErrors += c.recvErrors();
                decFailed += c.decapsFailed();
                invProt += c.invalidProtocol();
                verFailed += c.verifyFailed();
                invId += c.invalidIdentity();
                invLen += c.invalidLength();
                replay += c.replayFailed();
                (sa == i.inbound() ? inEsp : inAh).add(entry(f, sa));
            }
            for (IpsecSa sa : new IpsecSa[] {i.outbound(), i.outboundAh()}) {
                if (sa == null) continue;
                CounterBaseline.Counts c = engine.counterBaseline.of(sa);
                if (sa == i.outbound() || i.outbound() == null) {
                    encaps += c.encaps();
                    encrypt += c.encrypt();
                    digest += c.digest();
                }
                sendErrors += c.sendErrors();
                encFailed += c.encapsFailed();
                rollover += c.replayRolloverSend();
                internal += c.internalErrorSend();
                (sa == i.outbound() ? outEsp : outAh).add(entry(f, sa));
            }
        }
        SaBundle b = f.policy.bundle();
        IpsecSa cur = b == null ? null : b.esp() != null ? b.esp() : b.ah();
        int pathMtu = iface.mtu();
        int plaintext = b == null ? pathMtu : b.plaintextMtu(pathMtu);
        IpsecCounters counters = new IpsecCounters(encaps, encrypt, digest, decaps, decrypt, verify, 0, 0, 0, 0, 0, 0, sendErrors,
                recvErrors);
        IpsecErrorCounters errors = new IpsecErrorCounters(f.sendErrors, invalidSa, encFailed, decFailed, invProt, verFailed, invId,
                invLen, rollover, 0, replay, 0, 0, 0, 0, internal, 0);
        // The idents are the proxies the SAs were negotiated for: the ACL entry, or the narrower
        // pair a peer proposed inside it (strongSwan's host-to-host child on a subnet ACL).
        org.ikelab.ipsec.Selector proxies = f.selector;
        Flow.Installed last = f.installed.isEmpty() ? null : f.installed.get(f.installed.size() - 1);
        if (last != null && last.outbound() != null && !last.outbound().config().selector().equals(org.ikelab.ipsec.Selector.ANY)) {
            proxies = last.outbound().config().selector();
        }
        InetAddress peer = f.shownPeer();
        return new IpsecFlowStatus(null, ident(proxies.source()), ident(proxies.destination()), peer,
                f.peerPort, true, List.of("origin_is_acl"), counters, errors, local, peer, plaintext, pathMtu, pathMtu,
                iface.name(), cur == null ? 0 : cur.spi(), f.pfsGroup, inEsp, inAh, List.of(), outEsp, outAh, List.of());
    }

    private IpsecSaEntry entry(Flow f, IpsecSa sa) {
        SaConfig c = sa.config();
        int connId = engine.connIds.getOrDefault(sa, 0);
        boolean manual = f.entry.kind() == CryptoMapSpec.Kind.MANUAL;
        boolean tunnel = c.mode() == Mode.TUNNEL;
        return new IpsecSaEntry(sa.spi(), transformNames(c), tunnel ? IpsecMode.TUNNEL : IpsecMode.TRANSPORT, c.udpEncap(), connId,
                "SW", connId, tunnel ? 0x80000040L : 0x80000000L, f.mapName, manual, Math.max(0, sa.remainingKilobytes()),
                Math.max(0, sa.remainingSeconds(now())), c.encryption() == null ? 0 : ivSize(c), c.replayWindow() > 0,
                c.replayWindow());
    }

    private int ivSize(SaConfig c) {
        return c.encryption().ivBytes();
    }

    private List<String> transformNames(SaConfig c) {
        List<String> out = new ArrayList<>();
        if (c.encryption() != null) {
            out.add(c.encryption().iosDisplayName());
            if (c.integrity() != null && c.integrity().iosEspName() != null) out.add(c.integrity().iosEspName());
        } else {
            out.add(c.integrity().iosAhName());
        }
        return out;
    }

    public static ProxyIdent ident(org.ikelab.ipsec.TrafficSelector t) {
        int mask = t.prefixLength() == 0 ? 0 : -1 << (32 - t.prefixLength());
        int port = t.portLow() == t.portHigh() ? t.portLow() : 0;
        return new ProxyIdent(CryptoEngine.inet(t.address()), CryptoEngine.inet(mask), t.protocol(), port);
    }

    // ------------------------------------------------------------------ sessions

    @Override
    public List<CryptoSessionStatus> cryptoSessions() {
        List<CryptoSessionStatus> out = new ArrayList<>();
        for (Map.Entry<String, String> b : engine.bindings.entrySet()) {
            CryptoEngine.MapState m = engine.maps.get(b.getValue());
            if (m == null) continue;
            List<InetAddress> peers = new ArrayList<>();
            for (Flow f : engine.flows(m)) {
                InetAddress p = f.currentPeer != null ? f.currentPeer : f.entry.peers().isEmpty() ? null : f.entry.peers().get(0);
                if (p != null && !peers.contains(p)) peers.add(p);
            }
            for (InetAddress peer : peers) out.add(session(b.getKey(), m, peer));
        }
        return out;
    }

    private CryptoSessionStatus session(String ifName, CryptoEngine.MapState m, InetAddress peer) {
        List<SessionIkeSa> ikes = new ArrayList<>();
        boolean negotiating = false;
        int port = 500;
        for (IkeSa sa : engine.daemon().sas()) {
            if (!sa.remote().address().equals(peer)) continue;
            if (sa.state() == Ikev1State.QM_IDLE) {
                ikes.add(new SessionIkeSa(1, sa.local().address(), sa.local().port(), sa.remote().address(), sa.remote().port(), true,
                        capabilities(sa), sa.connId(), Math.max(0, sa.lifetimeRemainingSeconds())));
                port = sa.remote().port();
            } else if (sa.state() != Ikev1State.DELETED) {
                negotiating = true;
            }
        }
        List<SessionFlow> flows = new ArrayList<>();
        int active = 0;
        for (Flow f : engine.flows(m)) {
            boolean mine = peer.equals(f.currentPeer) || f.currentPeer == null && f.entry.peers().contains(peer);
            if (!mine) continue;
            int n = 0;
            long in = 0, out = 0, inDrop = 0, outDrop = 0, kb = -1, sec = 0;
            for (Flow.Installed i : f.installed) {
                for (IpsecSa sa : new IpsecSa[] {i.inbound(), i.outbound(), i.inboundAh(), i.outboundAh()}) {
                    if (sa == null) continue;
                    n++;
                    if (sa.config().direction() == org.ikelab.ipsec.Direction.INBOUND) {
                        in += engine.counterBaseline.of(sa).decaps();
                        inDrop += engine.counterBaseline.of(sa).recvErrors();
                    } else {
                        out += engine.counterBaseline.of(sa).encaps();
                        outDrop += engine.counterBaseline.of(sa).sendErrors();
                    }
                    kb = sa.remainingKilobytes();
                    sec = Math.max(0, sa.remainingSeconds(now()));
                }
            }
            active += n;
            flows.add(new SessionFlow(true, ident(f.selector.source()), ident(f.selector.destination()), n, "crypto map", in, inDrop,
                    out, outDrop + f.sendErrors, kb < 0 ? OptionalLong.empty() : OptionalLong.of(kb), sec));
        }
        SessionState state = !ikes.isEmpty() ? (active > 0 ? SessionState.UP_ACTIVE : SessionState.UP_IDLE)
                : active > 0 ? SessionState.UP_NO_IKE : negotiating ? SessionState.DOWN_NEGOTIATING : SessionState.DOWN;
        return new CryptoSessionStatus(ifName, null, -1, state, peer, port, null, null,
                ikes.isEmpty() ? null : peer.getHostAddress(), null, 0, ikes, flows);
    }

    // ------------------------------------------------------------------ maps and engine

    /**
     * A dynamic-map instance has no ACL of its own: IOS prints its proxies as a line of an
     * unnamed list, {@code access-list  permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255}
     * (two spaces where the name would be), under {@code Extended IP access list } (§4.5).
     */
    static String instanceAclLine(org.ikelab.ipsec.Selector s) {
        org.ikelab.ipsec.TrafficSelector src = s.source();
        org.ikelab.ipsec.TrafficSelector dst = s.destination();
        String proto = switch (src.protocol()) {
            case 0 -> "ip";
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            case 47 -> "gre";
            default -> Integer.toString(src.protocol());
        };
        return "access-list  permit " + proto + " " + aclAddress(src) + aclPort(src) + " " + aclAddress(dst) + aclPort(dst);
    }

    private static String aclAddress(org.ikelab.ipsec.TrafficSelector t) {
        if (t.prefixLength() == 0) return "any";
        String a = org.ikelab.wire.Ipv4Address.format(t.address());
        if (t.prefixLength() == 32) return "host " + a;
        return a + " " + org.ikelab.wire.Ipv4Address.format(~(int) (0xffffffffL << (32 - t.prefixLength())));
    }

    private static String aclPort(org.ikelab.ipsec.TrafficSelector t) {
        if (t.portLow() == 0 && t.portHigh() == 65535) return "";
        return t.portLow() == t.portHigh() ? " eq " + t.portLow() : " range " + t.portLow() + " " + t.portHigh();
    }

    @Override
    public List<CryptoMapStatus> cryptoMaps() {
        List<CryptoMapStatus> out = new ArrayList<>();
        for (CryptoEngine.MapState m : engine.maps.values()) {
            List<CryptoMapEntryStatus> entries = new ArrayList<>();
            for (CryptoEngine.EntryState e : m.entries) {
                CryptoMapSpec.Entry s = e.spec;
                if (s.kind() == CryptoMapSpec.Kind.DYNAMIC) {
                    entries.add(new CryptoMapEntryStatus(s.seq(), CryptoMapEntryStatus.Type.IPSEC_ISAKMP, false, s.dynamicMap(), null,
                            false, List.of(), null, List.of(), null, null, 0, 0, 0, false, 0, false, List.of()));
                    for (Flow f : e.instances) {
                        CryptoMapSpec.Entry d = f.entry;
                        entries.add(new CryptoMapEntryStatus(f.seq, CryptoMapEntryStatus.Type.IPSEC_ISAKMP, false, null, null, false,
                                f.currentPeer == null ? List.of() : List.of(f.currentPeer), "", List.of(instanceAclLine(f.selector)),
                                f.createdFrom, f.currentPeer,
                                d.lifetimeKilobytes(), d.lifetimeSeconds(), 0, false, d.pfsGroup(), false, d.transformSets()));
                    }
                    continue;
                }
                InetAddress current = null;
                for (CryptoEngine.Line l : e.lines) if (l.flow() != null && l.flow().currentPeer != null) current = l.flow().currentPeer;
                List<String> acl = new ArrayList<>();
                for (CryptoMapSpec.AclLine l : s.lines()) acl.add(l.text());
                boolean incomplete = s.peers().isEmpty() || s.aclName() == null;
                entries.add(new CryptoMapEntryStatus(s.seq(), s.kind() == CryptoMapSpec.Kind.MANUAL ? CryptoMapEntryStatus.Type.IPSEC_MANUAL
                        : CryptoMapEntryStatus.Type.IPSEC_ISAKMP, incomplete, null, null, false, s.peers(), s.aclName(), acl, null,
                        current, s.lifetimeKilobytes(), s.lifetimeSeconds(), 0, false, s.pfsGroup(), false, s.transformSets()));
            }
            List<String> ifs = new ArrayList<>();
            for (Map.Entry<String, String> b : engine.bindings.entrySet()) if (b.getValue().equals(m.spec.name())) ifs.add(b.getKey());
            out.add(new CryptoMapStatus(m.spec.name(), entries, ifs));
        }
        return out;
    }

    @Override
    public List<EngineConnection> engineConnections() {
        List<EngineConnection> out = new ArrayList<>();
        List<Map.Entry<IpsecSa, Integer>> ids = new ArrayList<>(engine.connIds.entrySet());
        ids.sort(Map.Entry.comparingByValue());
        for (Map.Entry<IpsecSa, Integer> e : ids) {
            IpsecSa sa = e.getKey();
            if (sa.state() == IpsecSa.State.DELETED) continue;
            SaConfig c = sa.config();
            boolean in = c.direction() == org.ikelab.ipsec.Direction.INBOUND;
            // LastSeqN is anti-replay state: the last sequence number an inbound SA accepted; the
            // outbound SA of the pair shows 0 (reference §4.10).
            long seq = in ? sa.replayTop() : 0;
            out.add(new EngineConnection(e.getValue(), EngineConnection.Type.IPSEC, engine.translator().cipher(c),
                    engine.translator().integrity(c), in ? 0 : engine.counterBaseline.of(sa).encaps(), in ? engine.counterBaseline.of(sa).decaps() : 0, seq,
                    CryptoEngine.inet(c.local())));
        }
        List<IkeSa> sas = engine.daemon().sas();
        sas.sort(Comparator.comparingInt(IkeSa::connId));
        for (IkeSa sa : sas) {
            Phase1Proposal p = agreed(sa);
            if (p == null || sa.state() != Ikev1State.QM_IDLE) continue;
            out.add(new EngineConnection(sa.connId(), EngineConnection.Type.IKE, phase1Cipher(p), phase1Hash(p), 0, 0, 0,
                    sa.local().address()));
        }
        return out;
    }

    /** Selector pairs of the configured flows (tests and the lab checks). */
    List<Selector> selectors() {
        List<Selector> out = new ArrayList<>();
        for (CryptoEngine.MapState m : engine.maps.values()) for (Flow f : engine.flows(m)) out.add(f.selector);
        return out;
    }
}
