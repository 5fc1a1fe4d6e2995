package org.ikelab.router.crypto;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ikelab.common.RandomSource;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.ChildSa;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.ike.PeerConfig;
import org.ikelab.ike.SaInstaller;
import org.ikelab.ike.TrafficSelector;
import org.ikelab.ike.v1.ChildSaPair;
import org.ikelab.ike.v1.IkeSa;
import org.ikelab.ike.v1.IkeV1Daemon;
import org.ikelab.ike.v1.Ikev1Listener;
import org.ikelab.ike.v1.Ikev1State;
import org.ikelab.ipsec.Direction;
import org.ikelab.ipsec.ExpiryCause;
import org.ikelab.ipsec.IpsecDataPlane;
import org.ikelab.ipsec.IpsecEventListener;
import org.ikelab.ipsec.IpsecProtocol;
import org.ikelab.ipsec.IpsecSa;
import org.ikelab.ipsec.SaConfig;
import org.ikelab.ipsec.Selector;
import org.ikelab.router.Router;
import org.ikelab.router.RouterInterface;
import org.ikelab.router.StaticRoute;
import org.ikelab.router.UdpDatagram;
import org.ikelab.router.UdpSocket;
import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.Ipv4Prefix;

/**
 * One router's crypto engine (see the package doc): crypto maps bound to interfaces, the IKEv1
 * daemon speaking through the router's UDP sockets, and the IPsec data plane. Configuration
 * arrives with {@link #apply}; SAs survive a new configuration (ios-crypto-reference §7.12).
 * Confined to the router's thread.
 */
public final class CryptoEngine {
    static final int PROTO_ESP = 50;
    static final int PROTO_AH = 51;
    static final int PROTO_UDP = 17;

    private final Router router;
    private final IpsecDataPlane dataPlane;
    private final SaTranslator translator;
    private final IkeV1Daemon daemon;
    private final CryptoEvents events = new CryptoEvents(this);
    private final CryptoPackets packets = new CryptoPackets(this);
    private final InvalidSpiRecovery invalidSpi;
    final PeerConfigs peers = new PeerConfigs(this);
    private CryptoSettings settings;
    final Map<String, MapState> maps = new LinkedHashMap<>();
    /** Interface name to the crypto map bound to it. */
    final Map<String, String> bindings = new TreeMap<>();
    private final Map<ChildConfig, Flow> flowsByChild = new IdentityHashMap<>();
    private final Map<ChildConfig, EntryState> dynamicByChild = new IdentityHashMap<>();
    private final Map<IkeSa, EntryState> initiatedFor = new IdentityHashMap<>();
    final Map<IpsecSa, Integer> connIds = new IdentityHashMap<>();
    final Map<IpsecSa, Flow> flowBySa = new IdentityHashMap<>();
    private int nextConnId = 1;
    final CounterBaseline counterBaseline = new CounterBaseline();
    /** {@code reverse-route} of static entries: the route each flow added while it has SAs. */
    private final Map<Flow, StaticRoute> reverseRoutes = new IdentityHashMap<>();
    /** {@code reverse-route static}: routes added for the ACL destinations, whatever the SAs. */
    private final List<StaticRoute> staticReverseRoutes = new ArrayList<>();
    private UdpSocket ike500;
    private UdpSocket ike4500;
    boolean internalSend;
    private Ikev1Listener observer = Ikev1Listener.NONE;
    /** Source of the IKE datagram being processed, for syslog lines about it. */
    private int lastSource;
    /** Clear-text packets that a crypto ACL says should have arrived protected. */
    long clearTextDrops;

    /** The map state the engine runs: entries with their flows. */
    static final class MapState {
        final CryptoMapSpec spec;
        final List<EntryState> entries = new ArrayList<>();

        MapState(CryptoMapSpec spec) {
            this.spec = spec;
        }
    }

    /** One entry; a dynamic binding holds its dynamic entries and their instances. */
    static final class EntryState {
        final String mapName;
        final CryptoMapSpec.Entry spec;
        final List<Line> lines = new ArrayList<>();
        final List<EntryState> dynamicEntries = new ArrayList<>();
        final List<Flow> instances = new ArrayList<>();
        final List<ChildConfig> children = new ArrayList<>();
        int peerIndex;

        EntryState(String mapName, CryptoMapSpec.Entry spec) {
            this.mapName = mapName;
            this.spec = spec;
        }
    }

    /** One ACL line; {@code flow} is null for a deny line. */
    record Line(boolean permit, Selector selector, Flow flow) {
    }

    public CryptoEngine(Router router, RandomSource random, SaTranslator translator, IkeDaemonFactory daemons,
            CryptoSettings settings) {
        this.router = router;
        this.translator = translator;
        this.settings = settings;
        this.invalidSpi = new InvalidSpiRecovery(this);
        this.dataPlane = new IpsecDataPlane(router.scheduler(), random, new DataPlaneEvents());
        this.daemon = daemons.create(this::sendIke, new Installer(), peers::forResponder, events);
        daemon.refuseAggressiveMode(settings.aggressiveModeDisabled());
    }

    public Router router() { return router; }
    public IpsecDataPlane dataPlane() { return dataPlane; }
    public IkeV1Daemon daemon() { return daemon; }
    public CryptoSettings settings() { return settings; }
    SaTranslator translator() { return translator; }

    /** IOS display names of a negotiated transform ({@code esp-aes esp-sha-hmac}), for debug output. */
    public List<String> translatorNames(org.ikelab.ike.ChildTransform t) {
        return translator.displayNames(t);
    }

    /** Also tells {@code listener} every IKE event (debug output); {@code null} stops. */
    public void observe(Ikev1Listener listener) {
        this.observer = listener == null ? Ikev1Listener.NONE : listener;
    }

    Ikev1Listener observer() { return observer; }

    /**
     * Writes Wireshark's key tables (decision 10): {@code esp_sa} lines for every SA installed
     * from now on, {@code ikev1_decryption_table} lines for every phase 1; {@code null} sinks stop.
     */
    public void keyLog(java.util.function.Consumer<String> espSa, java.util.function.Consumer<String> ikev1Table) {
        dataPlane.keyLog(espSa == null ? null : new org.ikelab.ipsec.EspKeyLog(espSa));
        events.ikeKeyLog(ikev1Table == null ? null : new org.ikelab.ike.v1.KeyLog(ikev1Table, line -> { }));
    }

    // ------------------------------------------------------------------ configuration

    /**
     * Installs a new configuration: settings, maps and the interface bindings (interface name to
     * map name). Flows of unchanged entries keep their SAs; IKE starts or stops listening with the
     * first or last binding ({@code %CRYPTO-6-ISAKMP_ON_OFF}).
     */
    public void apply(CryptoSettings newSettings, List<CryptoMapSpec> specs, Map<String, String> newBindings) {
        this.settings = newSettings;
        daemon.refuseAggressiveMode(newSettings.aggressiveModeDisabled());
        Map<String, Flow> old = new HashMap<>();
        Map<String, List<Flow>> oldInstances = new HashMap<>();
        for (MapState m : maps.values()) {
            for (EntryState e : m.entries) {
                for (Line l : e.lines) if (l.flow != null) old.put(l.flow.key(), l.flow);
                oldInstances.put(m.spec.name() + "/" + e.spec.seq(), e.instances);
            }
        }
        maps.clear();
        for (CryptoMapSpec spec : specs) {
            MapState m = new MapState(spec);
            for (CryptoMapSpec.Entry e : spec.entries()) {
                EntryState es = build(spec.name(), e, old);
                if (e.kind() == CryptoMapSpec.Kind.DYNAMIC) {
                    for (CryptoMapSpec.Entry d : e.dynamicEntries()) {
                        EntryState ds = build(spec.name(), d, Map.of());
                        ChildConfig any = childFor(d, anyIfMissing(d));
                        if (ds.children.isEmpty()) ds.children.add(any);
                        for (ChildConfig c : ds.children) {
                            // A dynamic template protects nothing itself: its SAs make instances.
                            flowsByChild.remove(c);
                            dynamicByChild.put(c, ds);
                        }
                        es.dynamicEntries.add(ds);
                    }
                    es.instances.addAll(oldInstances.getOrDefault(spec.name() + "/" + e.seq(), List.of()));
                } else if (e.perHost()) {
                    // Per-host flows of an entry that is still per-host keep their SAs.
                    for (Flow f : oldInstances.getOrDefault(spec.name() + "/" + e.seq(), List.of())) {
                        if (!f.perHost) continue;
                        f.entry = e;
                        es.instances.add(f);
                    }
                }
                m.entries.add(es);
            }
            maps.put(spec.name(), m);
        }
        // Manual flows that lost their entry keep nothing installed.
        for (Flow f : old.values()) {
            if (f.entry.kind() == CryptoMapSpec.Kind.MANUAL && !isLive(f)) removeManual(f);
        }
        rebind(newBindings);
        staticReverseRoutes();
    }

    /**
     * {@code reverse-route static}: a route to every permit line's destination via the entry's
     * first peer, as long as the entry is configured and its map bound (IOS installs them
     * without waiting for an SA). Recomputed on every configuration change.
     */
    private void staticReverseRoutes() {
        for (StaticRoute r : staticReverseRoutes) router.removeStaticRoute(r);
        staticReverseRoutes.clear();
        for (MapState m : maps.values()) {
            if (!bindings.containsValue(m.spec.name())) continue;
            for (EntryState e : m.entries) {
                if (!e.spec.reverseRouteStatic() || !e.spec.complete() || e.spec.peers().isEmpty()) continue;
                for (Line l : e.lines) {
                    if (!l.permit()) continue;
                    StaticRoute r = route(l.selector().destination(), e.spec.peers().get(0));
                    if (router.addStaticRoute(r)) staticReverseRoutes.add(r);
                }
            }
        }
    }

    private static StaticRoute route(org.ikelab.ipsec.TrafficSelector to, InetAddress peer) {
        return new StaticRoute(new Ipv4Prefix(to.address(), to.prefixLength()), Ipv4Address.of(bits(peer)), null, 1);
    }

    /**
     * {@code set security-association level per-host}: the flow of one host pair inside an ACL
     * line, created on its first packet with host proxies (so quick mode negotiates SAs for just
     * these two hosts), reused while it exists.
     */
    Flow perHostFlow(EntryState e, Line l, int source, int destination) {
        org.ikelab.ipsec.TrafficSelector ls = l.selector().source();
        org.ikelab.ipsec.TrafficSelector ld = l.selector().destination();
        Selector s = new Selector(new org.ikelab.ipsec.TrafficSelector(source, 32, ls.protocol(), ls.portLow(), ls.portHigh()),
                new org.ikelab.ipsec.TrafficSelector(destination, 32, ld.protocol(), ld.portLow(), ld.portHigh()));
        for (Flow f : e.instances) if (f.perHost && f.selector.equals(s)) return f;
        ChildConfig child = childFor(e.spec, s);
        Flow f = new Flow(e.mapName, e.spec.seq(), s, e.spec, child, null);
        f.perHost = true;
        e.instances.add(f);
        if (child != null) flowsByChild.put(child, f);
        return f;
    }

    /** The responder's side of per-host: the SAs negotiated for one host pair get that pair's flow. */
    private Flow perHostFor(Flow lineFlow, ChildSaPair pair) {
        for (MapState m : maps.values()) {
            for (EntryState e : m.entries) {
                for (Line l : e.lines) {
                    if (l.flow != lineFlow) continue;
                    return perHostFlow(e, l, ByteBuffer.wrap(pair.outbound().local().address()).getInt(),
                            ByteBuffer.wrap(pair.outbound().remote().address()).getInt());
                }
            }
        }
        return lineFlow;
    }

    /** A per-host flow whose last SA went: forgotten, the next packet makes it again. */
    private void dropPerHost(Flow f) {
        if (!f.perHost || !f.installed.isEmpty()) return;
        for (MapState m : maps.values()) for (EntryState e : m.entries) e.instances.remove(f);
        if (f.child != null) flowsByChild.remove(f.child, f);
    }

    /** {@code reverse-route} on a static entry: the remote proxy is routed via the peer while SAs exist. */
    private void addReverseRoute(Flow f, InetAddress peer) {
        if (f.createdFrom != null || !f.entry.reverseRoute() || f.entry.reverseRouteStatic() || reverseRoutes.containsKey(f)) {
            return;
        }
        StaticRoute r = route(f.selector.destination(), peer);
        if (router.addStaticRoute(r)) reverseRoutes.put(f, r);
    }

    private void removeReverseRoute(Flow f) {
        StaticRoute r = reverseRoutes.remove(f);
        if (r != null) router.removeStaticRoute(r);
    }

    private static Selector anyIfMissing(CryptoMapSpec.Entry d) {
        return d.lines().isEmpty() ? Selector.ANY : null;
    }

    private boolean isLive(Flow f) {
        MapState m = maps.get(f.mapName);
        if (m == null) return false;
        for (EntryState e : m.entries) for (Line l : e.lines) if (l.flow == f) return true;
        return false;
    }

    private EntryState build(String mapName, CryptoMapSpec.Entry e, Map<String, Flow> old) {
        EntryState es = new EntryState(mapName, e);
        for (CryptoMapSpec.AclLine l : e.lines()) {
            if (!l.permit()) {
                es.lines.add(new Line(false, l.selector(), null));
                continue;
            }
            Flow f = old.get(Flow.key(mapName, e.seq(), l.selector()));
            ChildConfig child = e.kind() == CryptoMapSpec.Kind.MANUAL || e.transforms().isEmpty() ? null : childFor(e, l.selector());
            if (f == null) {
                f = new Flow(mapName, e.seq(), l.selector(), e, child, null);
            } else {
                // Unchanged proposal: keep the instance IKE already knows (pending quick modes, rekeys).
                if (child != null && child.equals(f.child)) child = f.child;
                f.entry = e;
                f.child = child;
            }
            if (child != null) {
                flowsByChild.put(child, f);
                es.children.add(child);
            }
            es.lines.add(new Line(true, l.selector(), f));
            if (e.kind() == CryptoMapSpec.Kind.MANUAL) {
                if (f.installed.isEmpty() && e.complete()) installManual(f, e);
                // IOS uses only the first permit line of a manual entry.
                break;
            }
        }
        return es;
    }

    private ChildConfig childFor(CryptoMapSpec.Entry e, Selector s) {
        if (s == null || e.transforms().isEmpty()) return null;
        return new ChildConfig(e.transforms(), proxy(s.source()), proxy(s.destination()), e.pfsGroup(),
                e.lifetimeSeconds(), e.lifetimeKilobytes());
    }

    static TrafficSelector proxy(org.ikelab.ipsec.TrafficSelector t) {
        int mask = t.prefixLength() == 0 ? 0 : -1 << (32 - t.prefixLength());
        int port = t.portLow() == t.portHigh() ? t.portLow() : 0;
        return new TrafficSelector(bytes(t.address()), bytes(mask), t.protocol(), port);
    }

    static org.ikelab.ipsec.TrafficSelector selector(TrafficSelector t) {
        int mask = ByteBuffer.wrap(t.mask()).getInt();
        int prefix = Integer.bitCount(mask);
        int lo = t.port() == 0 ? 0 : t.port();
        int hi = t.port() == 0 ? 65535 : t.port();
        return new org.ikelab.ipsec.TrafficSelector(ByteBuffer.wrap(t.address()).getInt(), prefix, t.protocol(), lo, hi);
    }

    private void installManual(Flow f, CryptoMapSpec.Entry e) {
        IpsecSa inEsp = null, outEsp = null, inAh = null, outAh = null;
        for (SaConfig c : e.manualInbound()) {
            if (dataPlane.lookupInbound(c.protocol(), c.spi(), c.local()) != null) continue;
            IpsecSa sa = dataPlane.install(c);
            connIds.put(sa, nextConnId++);
            flowBySa.put(sa, f);
            if (c.protocol() == IpsecProtocol.ESP) inEsp = sa;
            else inAh = sa;
        }
        for (SaConfig c : e.manualOutbound()) {
            IpsecSa sa = dataPlane.install(c);
            connIds.put(sa, nextConnId++);
            flowBySa.put(sa, f);
            if (c.protocol() == IpsecProtocol.ESP) outEsp = sa;
            else outAh = sa;
        }
        if (outEsp == null && outAh == null) return;
        f.currentPeer = e.peers().get(0);
        f.add(new Flow.Installed(inEsp, outEsp, inAh, outAh, null));
    }

    private void removeManual(Flow f) {
        for (Flow.Installed i : f.installed) {
            for (IpsecSa sa : new IpsecSa[] {i.inbound(), i.outbound(), i.inboundAh(), i.outboundAh()}) {
                if (sa != null) {
                    dataPlane.remove(sa);
                    flowBySa.remove(sa);
                }
            }
        }
        f.removeIf(i -> true);
    }

    private void rebind(Map<String, String> newBindings) {
        boolean wasOn = !bindings.isEmpty();
        for (String ifName : new TreeSet<>(bindings.keySet())) {
            if (!newBindings.containsKey(ifName) && hasInterface(ifName)) {
                router.setEgressHook(ifName, null);
                router.setIngressHook(ifName, null);
            }
        }
        bindings.clear();
        bindings.putAll(newBindings);
        for (String ifName : bindings.keySet()) {
            if (!hasInterface(ifName)) continue;
            router.setEgressHook(ifName, packets::egress);
            router.setIngressHook(ifName, packets::ingress);
        }
        boolean on = !bindings.isEmpty();
        if (on && !wasOn) startIsakmp();
        else if (!on && wasOn) isakmpOff();
    }

    private boolean hasInterface(String name) {
        for (RouterInterface i : router.interfaces()) if (i.name().equals(name)) return true;
        return false;
    }

    private void startIsakmp() {
        ike500 = router.udpBind(Ipv4Address.ANY, IkeEndpoint.IKE_PORT, this::receive500);
        ike4500 = router.udpBind(Ipv4Address.ANY, IkeEndpoint.NATT_PORT, this::receive4500);
        router.registerProtocol(PROTO_ESP, packets::receiveIpsec);
        router.registerProtocol(PROTO_AH, packets::receiveIpsec);
        router.log("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON");
    }

    private void isakmpOff() {
        ike500.close();
        ike4500.close();
        ike500 = null;
        ike4500 = null;
        router.registerProtocol(PROTO_ESP, null);
        router.registerProtocol(PROTO_AH, null);
        router.log("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is OFF");
    }

    /** True while IKE listens (a crypto map is bound somewhere). */
    public boolean isakmpOn() {
        return ike500 != null;
    }

    // ------------------------------------------------------------------ IKE triggers

    /** Starts IKE for the entry's current peer ({@code set peer} order; failures move to the next). */
    void trigger(EntryState e, Flow f) {
        if (f.child == null) return;
        InetAddress peer = e.spec.peers().get(e.peerIndex % e.spec.peers().size());
        Optional<PeerConfig> pc = peers.forInitiator(peer, e.spec.isakmpProfile());
        if (pc.isEmpty()) return;
        IkeSa sa = daemon.initiate(pc.get(), f.child);
        initiatedFor.putIfAbsent(sa, e);
    }

    /** INVALID-SPI notifies sent to peers (RFC 2408 §3.14.1). */
    public long invalidSpiNotifiesSent() {
        return invalidSpi.notifiesSent();
    }

    // ------------------------------------------------------------------ IKE transport

    private void sendIke(IkeEndpoint from, IkeEndpoint to, byte[] datagram) {
        boolean natt = from.port() == IkeEndpoint.NATT_PORT;
        UdpSocket s = natt ? ike4500 : ike500;
        if (s == null) return;
        ByteBuffer payload;
        if (natt) {
            // RFC 3948 §2.2: IKE on 4500 carries the 4-byte non-ESP marker.
            payload = ByteBuffer.allocate(4 + datagram.length);
            payload.putInt(0).put(datagram).flip();
        } else {
            payload = ByteBuffer.wrap(datagram);
        }
        internalSend = true;
        try {
            s.sendFrom(bits(from.address()), Ipv4Address.of(bits(to.address())), to.port(), payload);
        } finally {
            internalSend = false;
        }
    }

    private void receive500(UdpDatagram d) {
        lastSource = d.src();
        daemon.receive(new IkeEndpoint(inet(d.dst()), d.dstPort()), new IkeEndpoint(inet(d.src()), d.srcPort()), d.payload());
    }

    private void receive4500(UdpDatagram d) {
        ByteBuffer p = d.payload();
        if (p.remaining() == 1 && p.get(p.position()) == (byte) 0xFF) {
            natKeepalivesReceived++;
            return;
        }
        if (p.remaining() < 4 || p.getInt(p.position()) != 0) return;   // ESP the hook did not see (not a crypto interface)
        ByteBuffer ike = p.slice(p.position() + 4, p.remaining() - 4);
        lastSource = d.src();
        daemon.receive(new IkeEndpoint(inet(d.dst()), d.dstPort()), new IkeEndpoint(inet(d.src()), d.srcPort()), ike);
    }

    // ------------------------------------------------------------------ SA installation

    /**
     * The engine connection id of an installed SA (the {@code ID} of {@code show crypto engine
     * connections active}, {@code sa_conn_id} of {@code debug crypto ipsec}), or 0 when it is not installed.
     */
    public int connIdOf(InetAddress destination, int protocol, int spi) {
        IpsecSa sa = installedSa(destination, protocol, spi);
        return sa == null ? 0 : connIds.getOrDefault(sa, 0);
    }

    private IpsecSa installedSa(InetAddress destination, int protocol, int spi) {
        IpsecProtocol p = protocol == 2 ? IpsecProtocol.AH : IpsecProtocol.ESP;
        Direction dir = router.isLocalAddress(Ipv4Address.of(bits(destination))) ? Direction.INBOUND : Direction.OUTBOUND;
        return dataPlane.find(dir, p, spi & 0xFFFFFFFFL);
    }

    private final class Installer implements SaInstaller {
        @Override
        public void install(ChildSa sa) {
            SaConfig c = translator.toSaConfig(sa, settings.replayWindow(), settings.dfBit());
            IpsecSa installed = dataPlane.install(c);
            connIds.put(installed, nextConnId++);
        }

        @Override
        public void remove(IkeEndpoint destination, int protocol, int spi) {
            IpsecSa sa = installedSa(destination.address(), protocol, spi);
            if (sa == null) return;
            dataPlane.remove(sa);
            connIds.remove(sa);
            counterBaseline.forget(sa);
            Flow f = flowBySa.remove(sa);
            if (f != null) {
                f.removeIf(i -> i.contains(sa));
                if (f.installed.isEmpty()) {
                    removeReverseRoute(f);
                    dropPerHost(f);
                }
            }
        }
    }

    /** IKE installed a pair: attach it to its flow (or create the dynamic-map instance) and protect with it. */
    void childInstalled(IkeSa ike, ChildSaPair pair) {
        IpsecProtocol p = pair.inbound().protocol() == 2 ? IpsecProtocol.AH : IpsecProtocol.ESP;
        IpsecSa in = dataPlane.find(Direction.INBOUND, p, pair.inbound().spi() & 0xFFFFFFFFL);
        IpsecSa out = dataPlane.find(Direction.OUTBOUND, p, pair.outbound().spi() & 0xFFFFFFFFL);
        if (in == null || out == null) return;
        Flow f = flowsByChild.get(pair.config());
        if (f != null && !f.perHost && f.entry.perHost()) f = perHostFor(f, pair);
        if (f == null) f = dynamicInstance(ike, pair);
        if (f == null) return;
        Flow.Installed i;
        if (pair.isBundle()) {
            // AH+ESP transform set: one bundle, ESP inside AH (RFC 4301 §4.5).
            IpsecSa ahIn = dataPlane.find(Direction.INBOUND, IpsecProtocol.AH, pair.ahInbound().spi() & 0xFFFFFFFFL);
            IpsecSa ahOut = dataPlane.find(Direction.OUTBOUND, IpsecProtocol.AH, pair.ahOutbound().spi() & 0xFFFFFFFFL);
            if (ahIn == null || ahOut == null) return;
            i = new Flow.Installed(in, out, ahIn, ahOut, pair);
            flowBySa.put(ahIn, f);
            flowBySa.put(ahOut, f);
        } else {
            i = p == IpsecProtocol.ESP ? new Flow.Installed(in, out, null, null, pair)
                    : new Flow.Installed(null, null, in, out, pair);
        }
        flowBySa.put(in, f);
        flowBySa.put(out, f);
        f.currentPeer = ike.remote().address();
        f.peerPort = ike.remote().port();
        f.pfsGroup = pair.pfsGroup();
        f.add(i);
        addReverseRoute(f, ike.remote().address());
        watchIdle(ike, pair, i, f.entry.idleTimeSeconds());
        EntryState e = initiatedFor.get(ike);
        if (e != null) initiatedFor.remove(ike);
    }

    private Flow dynamicInstance(IkeSa ike, ChildSaPair pair) {
        EntryState d = dynamicByChild.get(pair.config());
        if (d == null) return null;
        Selector s = new Selector(selector(pair.inbound().local()), selector(pair.inbound().remote()));
        for (MapState m : maps.values()) {
            for (EntryState e : m.entries) {
                if (!e.dynamicEntries.contains(d)) continue;
                for (Flow f : e.instances) if (f.selector.equals(s)) return f;
                Flow f = new Flow(m.spec.name(), 65536 + e.instances.size(), s, d.spec, pair.config(),
                        e.spec.dynamicMap() + "/" + d.spec.seq());
                e.instances.add(f);
                if (d.spec.reverseRoute()) addReverseRoute(s, ike.remote().address());
                return f;
            }
        }
        return null;
    }

    private void addReverseRoute(Selector s, InetAddress peer) {
        org.ikelab.ipsec.TrafficSelector r = s.destination();
        router.addStaticRoute(new StaticRoute(new Ipv4Prefix(r.address(), r.prefixLength()), Ipv4Address.of(bits(peer)), null, 1));
    }

    void childDeleted(IkeSa ike, ChildSaPair pair) {
        for (MapState m : maps.values()) {
            for (EntryState e : m.entries) {
                for (Flow f : List.copyOf(e.instances)) {
                    // Per-host flows wait for their SAs while IKE negotiates; they go with their last SA.
                    if (f.installed.isEmpty() && !f.perHost) {
                        e.instances.remove(f);
                        if (f.entry.reverseRoute()) {
                            org.ikelab.ipsec.TrafficSelector r = f.selector.destination();
                            router.removeStaticRoute(new StaticRoute(new Ipv4Prefix(r.address(), r.prefixLength()),
                                    Ipv4Address.of(bits(ike.remote().address())), null, 1));
                        }
                    }
                }
            }
        }
    }

    /**
     * {@code set security-association idle-time S}: a pair that carried no packet in either
     * direction for S seconds is deleted (with a Delete to the peer), checked every S seconds.
     */
    private void watchIdle(IkeSa ike, ChildSaPair pair, Flow.Installed i, long idleSeconds) {
        if (idleSeconds <= 0) return;
        long period = idleSeconds * 1_000_000_000L;
        long[] last = {packets(i)};
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (!ike.children().contains(pair)) return;
            long now = packets(i);
            if (now == last[0]) {
                ike.deleteChild(pair);
                return;
            }
            last[0] = now;
            router.scheduler().schedule(period, check[0]);
        };
        router.scheduler().schedule(period, check[0]);
    }

    private static long packets(Flow.Installed i) {
        long n = 0;
        for (IpsecSa sa : new IpsecSa[] {i.inbound(), i.outbound(), i.inboundAh(), i.outboundAh()}) {
            if (sa != null) n += sa.counters().packets() + sa.counters().recvErrors();
        }
        return n;
    }

    /** Phase 1 ended without success: the next trigger tries the entry's next {@code set peer}. */
    void ikeDeleted(IkeSa ike, boolean established) {
        invalidSpi.deleted(ike, established);
        org.ikelab.common.Cancellable ka = natKeepalives.remove(ike);
        if (ka != null) ka.cancel();
        EntryState e = initiatedFor.remove(ike);
        if (e != null && !established && e.spec.peers().size() > 1) e.peerIndex = (e.peerIndex + 1) % e.spec.peers().size();
    }

    /**
     * A datagram the daemon dropped; a sanity-check failure is the PSK-mismatch syslog (§5.4), a
     * message on an ISAKMP SA we no longer have (the peer missed our Delete) is {@code IKMP_NO_SA}
     * (§5.5), once a minute per peer so a retransmitting peer cannot flood the console.
     */
    void ikeDropped(String reason) {
        if (reason.equals("IKMP_BAD_MESSAGE")) {
            router.log("%CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from " + Ipv4Address.format(lastSource)
                    + " failed its sanity check or is malformed");
        } else if (reason.equals("unknown-sa")) {
            long now = router.scheduler().nanoTime();
            Long last = noSaLogged.get(lastSource);
            if (last != null && now - last < NO_SA_LOG_INTERVAL_NANOS) return;
            if (noSaLogged.size() >= 256) noSaLogged.clear();
            noSaLogged.put(lastSource, now);
            router.log("%CRYPTO-4-IKMP_NO_SA: IKE message from " + Ipv4Address.format(lastSource)
                    + " has no SA and is not an initialization offer");
        }
    }

    private static final long NO_SA_LOG_INTERVAL_NANOS = 60_000_000_000L;
    /** When IKMP_NO_SA was last logged, per peer address (bounded). */
    private final Map<Integer, Long> noSaLogged = new java.util.HashMap<>();

    /** NAT keepalives (RFC 3948 §2.3) received; the 1-byte 0xFF datagrams on 4500. */
    long natKeepalivesReceived;
    private final Map<IkeSa, org.ikelab.common.Cancellable> natKeepalives = new IdentityHashMap<>();

    /** {@code crypto isakmp nat keepalive S}: behind a NAT, a 0xFF byte to the peer's 4500 every S seconds. */
    private void startNatKeepalive(IkeSa ike) {
        if (settings.natKeepaliveSeconds() <= 0 || ike.local().port() != IkeEndpoint.NATT_PORT) return;
        long period = settings.natKeepaliveSeconds() * 1_000_000_000L;
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            if (ike.state() != Ikev1State.QM_IDLE || ike4500 == null) {
                natKeepalives.remove(ike);
                return;
            }
            internalSend = true;
            try {
                ike4500.sendFrom(bits(ike.local().address()), Ipv4Address.of(bits(ike.remote().address())), ike.remote().port(),
                        ByteBuffer.wrap(new byte[] {(byte) 0xFF}));
            } finally {
                internalSend = false;
            }
            natKeepalives.put(ike, router.scheduler().schedule(period, tick[0]));
        };
        natKeepalives.put(ike, router.scheduler().schedule(period, tick[0]));
    }

    void ikeEstablished(IkeSa ike) {
        startNatKeepalive(ike);
        invalidSpi.established(ike);
        if (settings.keepaliveSeconds() > 0) {
            ike.keepalive(java.time.Duration.ofSeconds(settings.keepaliveSeconds()),
                    java.time.Duration.ofSeconds(Math.max(2, settings.keepaliveRetry())));
        }
    }

    /** Kilobyte lifetimes are counted by the data plane: at the soft limit, IKE negotiates a successor. */
    private final class DataPlaneEvents implements IpsecEventListener {
        @Override
        public void onSoftExpire(IpsecSa sa, ExpiryCause cause) {
            if (cause != ExpiryCause.BYTES) return;
            Flow f = flowBySa.get(sa);
            if (f == null) return;
            for (Flow.Installed i : f.installed) {
                if (i.contains(sa) && i.pair() != null) {
                    for (IkeSa ike : daemon.saOwners()) if (ike.children().contains(i.pair())) ike.rekey(i.pair());
                }
            }
        }

        @Override
        public void onInvalidSpi(IpsecProtocol protocol, int source, int destination, long spi) {
            invalidSpi.invalidSpi(protocol, source, destination, spi, packets.ingressName());
        }
    }

    // ------------------------------------------------------------------ EXEC commands

    /** {@code clear crypto sa [peer A]}: deletes the IPsec SAs (telling the peer); IKE SAs stay. */
    public void clearSa(InetAddress peer) {
        for (IkeSa sa : daemon.saOwners()) {
            if (peer == null || sa.remote().address().equals(peer)) sa.clearChildren();
        }
        resetSendErrors(peer);
    }

    /** {@code clear crypto sa map NAME}: deletes (telling the peer) the IPsec SAs negotiated for that map's entries. */
    public void clearSaMap(String name) {
        MapState m = maps.get(name);
        if (m == null) return;
        for (Flow f : flows(m)) {
            for (Flow.Installed i : List.copyOf(f.installed)) {
                if (i.pair() == null) continue;
                for (IkeSa sa : daemon.saOwners()) {
                    if (sa.children().contains(i.pair())) sa.deleteChild(i.pair());
                }
            }
            f.sendErrors = 0;
        }
    }

    /** After {@code clear crypto sa}/{@code session} a flow's counters start again from 0, {@code #send errors} included (§4.19). */
    private void resetSendErrors(InetAddress peer) {
        for (MapState m : maps.values()) {
            for (Flow f : flows(m)) {
                if (peer == null || peer.equals(f.shownPeer())) f.sendErrors = 0;
            }
        }
    }

    /** {@code clear crypto sa counters}: the shown packet counters and send errors start from 0; SAs stay. */
    public void clearSaCounters() {
        counterBaseline.clear(dataPlane.sas());
        for (MapState m : maps.values()) for (Flow f : flows(m)) f.sendErrors = 0;
    }

    /** {@code clear crypto session [remote A]}: IKE SAs with their IPsec SAs. */
    public void clearSession(InetAddress peer) {
        for (IkeSa sa : daemon.saOwners()) {
            if (peer == null || sa.remote().address().equals(peer)) sa.clear();
        }
        resetSendErrors(peer);
    }

    /**
     * {@code clear crypto isakmp [CONN-ID]}; 0 clears every IKE SA. Only phase 1 goes: the IPsec
     * SAs stay (ios-crypto-reference §4.19).
     */
    public void clearIsakmp(int connId) {
        for (IkeSa sa : daemon.sas()) {
            if (connId == 0 || sa.connId() == connId) sa.clearPhase1();
        }
    }

    /** The flows of every map, in map and sequence order (static lines, then dynamic instances). */
    List<Flow> flows(MapState m) {
        List<Flow> out = new ArrayList<>();
        for (EntryState e : m.entries) {
            for (Line l : e.lines) if (l.flow != null) out.add(l.flow);
            out.addAll(e.instances);
        }
        return out;
    }

    /** Whether the IKE SA is established (the state learners see as QM_IDLE). */
    static boolean established(IkeSa sa) {
        return sa.state() == Ikev1State.QM_IDLE;
    }

    // ------------------------------------------------------------------ helpers

    static int u16(byte[] b, int off) {
        return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
    }

    static int bits(InetAddress a) {
        return ByteBuffer.wrap(a.getAddress()).getInt();
    }

    static byte[] bytes(int bits) {
        return ByteBuffer.allocate(4).putInt(bits).array();
    }

    static InetAddress inet(int bits) {
        try {
            return InetAddress.getByAddress(bytes(bits));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
