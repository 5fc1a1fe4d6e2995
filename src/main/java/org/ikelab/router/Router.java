package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.ikelab.common.Scheduler;
import org.ikelab.wire.Ipv4Address;

/**
 * A virtual IOS-style router: interfaces, ARP, IPv4 forwarding with connected and static routes,
 * access lists, ICMP (ping, traceroute), UDP sockets, and the hooks where crypto maps and tunnel
 * drivers plug in.
 *
 * <p>Threading (decision 1): every method must be called on {@link #scheduler()}'s thread
 * (with a {@code VirtualScheduler}, the thread driving it). Frames from links are moved onto that
 * thread by the interface's input queue. Configuration comes from the config compiler as calls
 * to this API.
 */
public final class Router {
    private static final Comparator<RouterInterface> DISPLAY_ORDER = Comparator
            .comparing(RouterInterface::kind)
            .thenComparing(i -> numericKey(i.name()));

    private String hostname;
    private final Scheduler scheduler;
    private final ByteBufAllocator alloc;
    private final List<RouterInterface> interfaces = new ArrayList<>();
    private final Map<String, RouterInterface> byName = new HashMap<>();
    private final RoutingTable table = new RoutingTable();
    private final DropCounters drops = new DropCounters();
    private final ProbeRegistry probes = new ProbeRegistry();
    private final ArpCache arp;
    private final Forwarder forwarder;
    private final UdpSockets udp;
    private final long macBase;
    private Consumer<String> log = line -> { };
    private int ipId;
    private int interfaceCount;
    /** Inside {@link #batch}: route rebuilds and the interface sort wait until the batch ends. */
    private int batchDepth;
    private boolean rebuildPending;
    private boolean sortPending;
    private java.util.concurrent.Executor cryptoHelper;

    /** A router with GigabitEthernet0/0 to 0/3 on the shared pooled allocator. */
    public Router(String hostname, Scheduler scheduler) {
        this(hostname, scheduler, PooledByteBufAllocator.DEFAULT, 4);
    }

    public Router(String hostname, Scheduler scheduler, ByteBufAllocator alloc, int ethernetPorts) {
        this.hostname = hostname;
        this.scheduler = scheduler;
        this.alloc = alloc;
        CRC32 crc = new CRC32();
        crc.update(hostname.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // 5000.xxxx.xx00 + interface number: stable per router name, locally unique, unicast.
        this.macBase = 0x5000_0000_0000L | ((crc.getValue() & 0xff_ffffL) << 8);
        this.arp = new ArpCache(this);
        this.udp = new UdpSockets(this);
        this.forwarder = new Forwarder(this);
        for (int i = 0; i < ethernetPorts; i++) create("GigabitEthernet0/" + i, InterfaceKind.ETHERNET);
    }

    // ------------------------------------------------------------ identity, plumbing

    public String hostname() { return hostname; }
    public void setHostname(String h) { hostname = h; }
    public Scheduler scheduler() { return scheduler; }
    public ByteBufAllocator allocator() { return alloc; }
    public DropCounters drops() { return drops; }

    /**
     * Another thread's executor (in a lab, a sibling event loop) on which this router may run
     * the pure crypto of large outbound ESP packets, as a real router hands them to its crypto
     * engine; null (the default, and with virtual time) keeps all of it on this router's thread.
     * Only buffers the router handed over are touched there, never router state (decision 1).
     */
    public void setCryptoHelper(java.util.concurrent.Executor helper) { cryptoHelper = helper; }

    /** The executor set by {@link #setCryptoHelper}, or null. */
    public java.util.concurrent.Executor cryptoHelper() { return cryptoHelper; }

    /** Console log lines ({@code *Mon dd hh:mm:ss.mmm: %LINK-3-UPDOWN: ...}) go to {@code listener}. */
    public void setLogListener(Consumer<String> listener) {
        this.log = listener == null ? line -> { } : listener;
    }

    /** Emits a console log line with the IOS stamp, e.g. {@code %SYS-5-CONFIG_I: Configured from console by console}. */
    public void log(String message) {
        log.accept(RouterLog.stamp(scheduler.clock()) + message);
    }

    RoutingTable table() { return table; }
    ArpCache arp() { return arp; }
    Forwarder forwarder() { return forwarder; }
    UdpSockets udp() { return udp; }
    ProbeRegistry probes() { return probes; }

    void drop(DropReason r) {
        drops.increment(r);
    }

    int nextIpId() {
        ipId = (ipId + 1) & 0xffff;
        return ipId;
    }

    void countInputQueueDrops(RouterInterface iface, int n) {
        iface.counters.inputQueueDrops += n;
        for (int i = 0; i < n; i++) drops.increment(DropReason.INPUT_QUEUE_FULL);
    }

    // ------------------------------------------------------------ interfaces

    /** Creates {@code GigabitEthernet0/N}, {@code LoopbackN} or {@code TunnelN} (full name); returns the existing one if present. */
    public RouterInterface addInterface(String name) {
        RouterInterface existing = byName.get(name);
        if (existing != null) return existing;
        InterfaceKind kind = InterfaceKind.ofName(name);
        if (kind == null) throw new IllegalArgumentException("unknown interface type: " + name);
        RouterInterface i = create(name, kind);
        // IOS announces a new loopback (up) or tunnel (down) with the line protocol message only.
        i.linkWasUp = i.linkUp();
        i.lineUp = lineState(i, i.linkWasUp);
        log("%LINEPROTO-5-UPDOWN: Line protocol on Interface " + name + ", changed state to " + (i.lineUp ? "up" : "down"));
        rebuildRoutes();
        return i;
    }

    private RouterInterface create(String name, InterfaceKind kind) {
        RouterInterface i = new RouterInterface(name, kind, interfaceCount, macBase | (interfaceCount & 0xff));
        interfaceCount++;
        interfaces.add(i);
        if (batchDepth > 0) sortPending = true;
        else interfaces.sort(DISPLAY_ORDER);
        byName.put(name, i);
        return i;
    }

    /** Deletes a loopback or tunnel ({@code no interface Loopback0}). */
    public void removeInterface(String name) {
        RouterInterface i = iface(name);
        if (i.kind() == InterfaceKind.ETHERNET) throw new IllegalArgumentException("cannot delete " + name);
        disconnect(name);
        arp.flush(i);
        interfaces.remove(i);
        byName.remove(name);
        rebuildRoutes();
    }

    public List<RouterInterface> interfaces() {
        return List.copyOf(interfaces);
    }

    /** The interface with this exact full name; throws when there is none. */
    public RouterInterface iface(String name) {
        RouterInterface i = byName.get(name);
        if (i == null) throw new IllegalArgumentException("no interface " + name);
        return i;
    }

    /**
     * Finds an interface by a full or abbreviated name, any case, with or without a space:
     * {@code gi0/1}, {@code Gig 0/1}, {@code lo0}, {@code tu1}. Null when none matches.
     */
    public RouterInterface findInterface(String text) {
        String t = text.replace(" ", "");
        int k = 0;
        while (k < t.length() && Character.isLetter(t.charAt(k))) k++;
        if (k == 0 || k == t.length()) return null;
        String word = t.substring(0, k).toLowerCase(Locale.ROOT);
        String num = t.substring(k);
        for (InterfaceKind kind : InterfaceKind.values()) {
            if (kind.prefix().toLowerCase(Locale.ROOT).startsWith(word)) {
                RouterInterface i = byName.get(kind.prefix() + num);
                if (i != null) return i;
            }
        }
        return null;
    }

    public void setAddress(String ifName, Ipv4Address address, int prefixLength) {
        RouterInterface i = iface(ifName);
        if (prefixLength < 0 || prefixLength > 32) throw new IllegalArgumentException("prefix length " + prefixLength);
        arp.flush(i);
        i.address = address.bits();
        i.prefixLength = prefixLength;
        if (i.method.equals("unset")) i.method = "manual";
        rebuildRoutes();
    }

    /** {@link #setAddress(String, Ipv4Address, int)} with a dotted-quad address (the config layer's form). */
    public void setAddress(String ifName, String dottedAddress, int prefixLength) {
        setAddress(ifName, Ipv4Address.parse(dottedAddress), prefixLength);
    }

    /** How {@code show ip interface brief} reports the address source: {@code manual}, {@code NVRAM}, ... */
    public void setAddressMethod(String ifName, String method) {
        iface(ifName).method = method;
    }

    public void clearAddress(String ifName) {
        RouterInterface i = iface(ifName);
        arp.flush(i);
        i.address = 0;
        i.prefixLength = -1;
        i.method = "unset";
        rebuildRoutes();
    }

    /** {@code no shutdown} (true) / {@code shutdown} (false), with the IOS log messages. */
    public void setAdminUp(String ifName, boolean up) {
        RouterInterface i = iface(ifName);
        if (i.adminUp == up) return;
        i.adminUp = up;
        // A shut Ethernet port lets go of the link, so the far end loses carrier as on a real cable.
        if (i.port != null) {
            if (up) i.port.attach(i.adapter);
            else i.port.detach();
        }
        updateState(i);
    }

    public void setMtu(String ifName, int mtu) {
        if (mtu < 68 || mtu > 65535) throw new IllegalArgumentException("mtu " + mtu);
        iface(ifName).mtu = mtu;
    }

    /** {@code [no] ip proxy-arp} (on by default, as in IOS). */
    public void setProxyArp(String ifName, boolean on) {
        iface(ifName).proxyArp = on;
    }

    /** {@code [no] ip redirects} (on by default, as in IOS). */
    public void setIcmpRedirects(String ifName, boolean on) {
        iface(ifName).redirects = on;
    }

    /** {@code [no] ip unreachables} (on by default, as in IOS): whether unreachables leave by this interface. */
    public void setIcmpUnreachables(String ifName, boolean on) {
        iface(ifName).unreachables = on;
    }

    /**
     * The interface whose subnet overlaps {@code address/prefixLength} (IOS refuses such an
     * address with {@code % A overlaps with IF}), or null. {@code ifName} itself is not counted.
     */
    public RouterInterface overlappingInterface(String ifName, Ipv4Address address, int prefixLength) {
        for (RouterInterface i : interfaces) {
            if (i.name().equals(ifName) || !i.hasAddress()) continue;
            int m = Ipv4Address.mask(Math.min(prefixLength, i.prefixLength()));
            if ((i.addressBits() & m) == (address.bits() & m)) return i;
        }
        return null;
    }

    public void setDescription(String ifName, String description) {
        iface(ifName).description = description == null ? "" : description;
    }

    /** Plugs a link into an interface (replacing any previous one). */
    public void connect(String ifName, L2Port port) {
        RouterInterface i = iface(ifName);
        if (i.kind() != InterfaceKind.ETHERNET) throw new IllegalArgumentException(ifName + " is not an Ethernet interface");
        disconnect(ifName);
        i.port = port;
        i.adapter = new InterfacePortAdapter(this, i);
        if (i.adminUp) port.attach(i.adapter);
        updateState(i);
    }

    public void disconnect(String ifName) {
        RouterInterface i = iface(ifName);
        if (i.port == null) return;
        i.port.detach();
        i.adapter.close();
        i.port = null;
        i.adapter = null;
        updateState(i);
    }

    /** A tunnel driver reports whether the tunnel can carry traffic (GRE: route to destination; VTI: SA up). */
    public void setTunnelLineProtocol(String ifName, boolean up) {
        RouterInterface i = iface(ifName);
        i.tunnelLineUp = up;
        updateState(i);
    }

    void carrierChanged(RouterInterface i) {
        updateState(i);
    }

    private void updateState(RouterInterface i) {
        boolean link = i.linkUp();
        boolean line = lineState(i, link);
        boolean linkChanged = link != i.linkWasUp;
        if (linkChanged) {
            if (!i.adminUp) log("%LINK-5-CHANGED: Interface " + i.name() + ", changed state to administratively down");
            else log("%LINK-3-UPDOWN: Interface " + i.name() + ", changed state to " + (link ? "up" : "down"));
            i.linkWasUp = link;
        }
        if (line != i.lineUp) {
            i.lineUp = line;
            String message = "%LINEPROTO-5-UPDOWN: Line protocol on Interface " + i.name() + ", changed state to " + (line ? "up" : "down");
            // IOS reports the line protocol about a second after the link (keepalive/encapsulation
            // settling); forwarding follows the state at once, only the message waits.
            if (linkChanged) scheduler.schedule(LINEPROTO_LOG_DELAY_NANOS, () -> log(message));
            else log(message);
            if (!line) arp.flush(i);
        }
        rebuildRoutes();
    }

    /** Delay between {@code %LINK-3-UPDOWN} and the {@code %LINEPROTO-5-UPDOWN} that follows it. */
    static final long LINEPROTO_LOG_DELAY_NANOS = 1_000_000_000L;

    private static boolean lineState(RouterInterface i, boolean link) {
        return switch (i.kind()) {
            case ETHERNET -> link;
            case LOOPBACK -> i.adminUp;
            case TUNNEL -> i.adminUp && i.tunnelLineUp;
        };
    }

    // ------------------------------------------------------------ routing

    public boolean addStaticRoute(StaticRoute r) {
        boolean added = table.addStatic(r);
        if (added) rebuildRoutes();
        return added;
    }

    public boolean removeStaticRoute(StaticRoute r) {
        boolean removed = table.removeStatic(r);
        if (removed) rebuildRoutes();
        return removed;
    }

    public List<StaticRoute> staticRoutes() {
        return table.statics();
    }

    /** The installed routes (connected, local, static), sorted by prefix. */
    public List<RouteEntry> routes() {
        return table.entries();
    }

    /** The route used for {@code dst} (longest match), or null. */
    public RouteEntry lookup(Ipv4Address dst) {
        RoutingTable.Fib f = table.lookup(dst.bits());
        return f == null ? null : f.route;
    }

    /** Every path {@code show ip route ADDRESS} lists for {@code dst}'s route (equal-cost paths, newest first), or an empty list. */
    public List<RouteEntry> lookupPaths(Ipv4Address dst) {
        RoutingTable.Fib f = table.lookup(dst.bits());
        return f == null ? List.of() : f.shown;
    }

    public boolean isLocalAddress(Ipv4Address a) {
        return forwarder.isLocal(a.bits());
    }

    /** {@link #isLocalAddress(Ipv4Address)} for an address read from a packet (no object per packet). */
    public boolean isLocalAddress(int address) {
        return forwarder.isLocal(address);
    }

    /** The source address the router uses towards {@code dst} (its exit interface's), or null without a route. */
    public Ipv4Address sourceAddressFor(Ipv4Address dst) {
        int s = forwarder.sourceFor(dst.bits());
        return s == 0 ? null : Ipv4Address.of(s);
    }

    /**
     * Runs {@code changes} (many configuration calls, e.g. a whole startup-config) with one route
     * rebuild and one interface sort at the end instead of one per call, so applying thousands
     * of interfaces and routes stays linear. Lookups inside the batch may see the old table.
     */
    public void batch(Runnable changes) {
        batchDepth++;
        try {
            changes.run();
        } finally {
            if (--batchDepth == 0) {
                if (sortPending) {
                    sortPending = false;
                    interfaces.sort(DISPLAY_ORDER);
                }
                if (rebuildPending) {
                    rebuildPending = false;
                    rebuildRoutes();
                }
            }
        }
    }

    void rebuildRoutes() {
        if (batchDepth > 0) {
            rebuildPending = true;
            return;
        }
        table.rebuild(interfaces, byName);
        for (RouterInterface i : interfaces) i.lastArp = null;
    }

    // ------------------------------------------------------------ ARP

    public List<ArpEntry> arpTable() {
        return arp.snapshot(interfaces);
    }

    public void setArpTimeout(Duration timeout) {
        arp.timeoutNanos = timeout.toNanos();
    }

    /** Packets held per address while ARP resolves; 0 drops the packet that triggers ARP. */
    public void setArpQueueLimit(int packets) {
        arp.queueLimit = Math.max(0, packets);
    }

    public void clearArp() {
        for (RouterInterface i : interfaces) arp.flush(i);
    }

    // ------------------------------------------------------------ filters and hooks

    /** {@code ip access-group ACL in|out}; null removes it. */
    public void setAccessGroup(String ifName, Direction dir, AclRuntime acl) {
        RouterInterface i = iface(ifName);
        if (dir == Direction.IN) i.aclIn = acl;
        else i.aclOut = acl;
    }

    public void setEgressHook(String ifName, EgressHook hook) {
        iface(ifName).egressHook = hook;
    }

    public void setIngressHook(String ifName, IngressHook hook) {
        iface(ifName).ingressHook = hook;
    }

    public void setTunnelOutput(String ifName, TunnelOutput output) {
        RouterInterface i = iface(ifName);
        if (i.kind() != InterfaceKind.TUNNEL) throw new IllegalArgumentException(ifName + " is not a tunnel");
        i.tunnelOutput = output;
    }

    /** Datagrams to the router for IP protocol {@code protocol} (ESP 50, AH 51, GRE 47) go to {@code handler}; null removes. */
    public void registerProtocol(int protocol, ProtocolHandler handler) {
        forwarder.register(protocol, handler);
    }

    /** Makes ICMP unreachables rate-limited to one per {@code interval} (IOS default 500 ms; zero disables). */
    public void setUnreachableRateLimit(Duration interval) {
        forwarder.icmp().unreachableIntervalNanos = interval.toNanos();
    }

    // ------------------------------------------------------------ sending and receiving IP

    /** A buffer for building an IPv4 datagram of {@code length} bytes: readable bytes = the datagram, headroom in front. */
    public ByteBuf allocateIp(int length) {
        return forwarder.allocateIp(length);
    }

    /** Routes and sends a datagram built by a local application (IKE, ESP, a tunnel driver); takes ownership. */
    public SendResult sendIp(ByteBuf datagram) {
        return forwarder.originate(datagram);
    }

    /** A datagram entering as if received on {@code ifName} (decapsulated ESP, tunnel payload); takes ownership. */
    public void injectIp(String ifName, ByteBuf datagram) {
        forwarder.inject(iface(ifName), datagram);
    }

    /** {@link #injectIp(String, ByteBuf)} for a caller holding one of this router's interfaces (the IPsec packet path). */
    public void injectIp(RouterInterface iface, ByteBuf datagram) {
        forwarder.inject(iface, datagram);
    }

    /** Binds a UDP port on one address, or on all with {@link Ipv4Address#ANY}. */
    public UdpSocket udpBind(Ipv4Address local, int port, UdpHandler handler) {
        return udp.bind(local.bits(), port, handler);
    }

    // ------------------------------------------------------------ ping and traceroute

    /**
     * Starts a ping; progress and the result arrive on {@code listener}. Throws
     * {@link IllegalArgumentException} for a source address or interface that is not the router's.
     */
    public void ping(PingRequest request, PingListener listener) {
        new PingSession(this, request, resolveSource(request.source(), request.sourceInterface()), listener).start();
    }

    public void traceroute(TracerouteRequest request, TracerouteListener listener) {
        new TracerouteSession(this, request, resolveSource(request.source(), null), listener).start();
    }

    private int resolveSource(Ipv4Address source, String sourceInterface) {
        if (sourceInterface != null) {
            RouterInterface i = findInterface(sourceInterface);
            if (i == null || !i.hasAddress()) throw new IllegalArgumentException("% Invalid source interface - " + sourceInterface);
            return i.addressBits();
        }
        if (source != null) {
            for (RouterInterface i : interfaces) {
                if (i.hasAddress() && i.addressBits() == source.bits()) return source.bits();
            }
            throw new IllegalArgumentException("% Invalid source address- use a local address");
        }
        return 0;
    }

    /** {@code clear counters}: interface counters and drop counters. */
    public void clearCounters() {
        for (RouterInterface i : interfaces) i.counters.clear();
        drops.clear();
    }

    private static String numericKey(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.replaceAll("^[A-Za-z-]+", "").split("[/.:]")) {
            sb.append(String.format("%08d", part.isEmpty() ? 0 : Long.parseLong(part.replaceAll("\\D", "0")))).append('/');
        }
        return sb.toString();
    }
}
