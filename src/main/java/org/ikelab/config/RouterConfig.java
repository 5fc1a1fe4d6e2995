package org.ikelab.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ikelab.config.crypto.CryptoConfig;

/**
 * A router's configuration (ARCHITECTURE decision 6): one mutable container of immutable
 * records, owned by the router's thread. The running-config is rendered from it by
 * {@link RunningConfigRenderer}; {@link #equals} compares the configuration, not the timestamps
 * (static routes as a set: their order is not configuration, the running-config sorts them).
 */
public final class RouterConfig {
    /** The physical interfaces an IOSv router has from the start. */
    public static final List<IfName> PHYSICAL = List.of(IfName.gi("0/0"), IfName.gi("0/1"), IfName.gi("0/2"), IfName.gi("0/3"));

    private String hostname = "Router";
    private Secret enableSecret;
    private Secret enablePassword;
    private boolean passwordEncryption;
    private final Map<String, User> users = new LinkedHashMap<>();
    private String bannerMotd;
    private boolean domainLookup = true;
    private boolean aaaNewModel;
    private boolean httpServer;
    private boolean httpSecureServer;
    private String domainName;
    private final TreeMap<IfName, InterfaceConfig> interfaces = new TreeMap<>();
    /**
     * Sub-interfaces ({@code GigabitEthernet0/0.10}) apart from {@link #interfaces}: they are
     * configuration only (the runtime has no VLANs), so the router is never asked to build them.
     */
    private final TreeMap<IfName, InterfaceConfig> subInterfaces = new TreeMap<>();
    private final List<StaticRoute> routes = new ArrayList<>();
    private final List<String> loggingHosts = new ArrayList<>();
    private LoggingConfig logging = LoggingConfig.DEFAULT;
    /** {@code ip host NAME A.B.C.D ...}: the static host table, names as typed, in the order entered. */
    private final Map<String, List<String>> hosts = new LinkedHashMap<>();
    private final TreeMap<String, RoutingProcess> routing = new TreeMap<>();
    private final TreeMap<String, Acl> acls = new TreeMap<>();
    private final Map<String, LineConfig> lines = new LinkedHashMap<>();
    private CryptoConfig crypto = new CryptoConfig();
    private long lastChangeMillis = -1;
    private long savedMillis = -1;

    public RouterConfig() {
        for (IfName n : PHYSICAL) interfaces.put(n, InterfaceConfig.fresh(n));
        lines.put("con", LineConfig.fresh("con", 0, 0));
        lines.put("aux", LineConfig.fresh("aux", 0, 0));
        lines.put("vty", LineConfig.fresh("vty", 0, 4));
    }

    public String hostname() { return hostname; }
    public void hostname(String h) { hostname = h; }
    public Secret enableSecret() { return enableSecret; }
    public void enableSecret(Secret s) { enableSecret = s; }
    public Secret enablePassword() { return enablePassword; }
    public void enablePassword(Secret s) { enablePassword = s; }
    public boolean passwordEncryption() { return passwordEncryption; }
    public void passwordEncryption(boolean b) { passwordEncryption = b; }
    public Map<String, User> users() { return users; }
    public String bannerMotd() { return bannerMotd; }
    public void bannerMotd(String b) { bannerMotd = b; }
    public boolean domainLookup() { return domainLookup; }
    public void domainLookup(boolean b) { domainLookup = b; }
    public String domainName() { return domainName; }
    public boolean aaaNewModel() { return aaaNewModel; }
    public void aaaNewModel(boolean b) { aaaNewModel = b; }
    /** {@code ip http server} (off by default on IOSv; PKI enrollment over HTTP needs it). */
    public boolean httpServer() { return httpServer; }
    public void httpServer(boolean b) { httpServer = b; }
    public boolean httpSecureServer() { return httpSecureServer; }
    public void httpSecureServer(boolean b) { httpSecureServer = b; }
    public void domainName(String d) { domainName = d; }
    /** Interfaces in running-config order. */
    public TreeMap<IfName, InterfaceConfig> interfaces() { return interfaces; }
    /** Static routes in the order they were entered. */
    public List<StaticRoute> routes() { return routes; }
    /** {@code logging host A.B.C.D} servers in the order entered. */
    public List<String> loggingHosts() { return loggingHosts; }
    public LoggingConfig logging() { return logging; }
    public void logging(LoggingConfig l) { logging = l; }
    /** {@code ip host} entries in the order entered (name as typed, addresses in order); read-only. */
    public Map<String, List<String>> hosts() { return java.util.Collections.unmodifiableMap(hosts); }

    /**
     * {@code ip host NAME A.B.C.D ...}: sets the entry's addresses (IOS replaces them; names
     * compare without case, so {@code r2} replaces {@code R2}).
     */
    public void host(String name, List<String> addresses) {
        String key = hostKey(name);
        if (key != null) hosts.remove(key);
        hosts.put(name, List.copyOf(addresses));
    }

    /** {@code no ip host NAME}: true when there was such an entry. */
    public boolean removeHost(String name) {
        String key = hostKey(name);
        return key != null && hosts.remove(key) != null;
    }

    /** The first address of the host-table entry {@code name} (any case), if there is one. */
    public java.util.Optional<String> resolveHost(String name) {
        String key = hostKey(name);
        return key == null ? java.util.Optional.empty() : java.util.Optional.of(hosts.get(key).get(0));
    }

    private String hostKey(String name) {
        for (String k : hosts.keySet()) if (k.equalsIgnoreCase(name)) return k;
        return null;
    }

    /** Routing processes keyed "eigrp 1" / "ospf 1" (the order IOS lists them). */
    public TreeMap<String, RoutingProcess> routing() { return routing; }
    /** Access lists by name (numbered ones by their number as text). */
    public TreeMap<String, Acl> acls() { return acls; }
    /** Line blocks: "con", "aux", "vty" (0 4) and "vty5" (5 15) when configured. */
    public Map<String, LineConfig> lines() { return lines; }
    public CryptoConfig crypto() { return crypto; }
    public void crypto(CryptoConfig c) { crypto = c; }
    public long lastChangeMillis() { return lastChangeMillis; }
    public void lastChangeMillis(long t) { lastChangeMillis = t; }
    public long savedMillis() { return savedMillis; }
    public void savedMillis(long t) { savedMillis = t; }

    /** The interface, created with IOS defaults if it is virtual and new. */
    public InterfaceConfig interfaceOrCreate(IfName n) {
        return (n.isSubInterface() ? subInterfaces : interfaces).computeIfAbsent(n, InterfaceConfig::fresh);
    }

    public void put(InterfaceConfig i) {
        (i.name().isSubInterface() ? subInterfaces : interfaces).put(i.name(), i);
    }

    /** Sub-interfaces by name (see the field's note). */
    public TreeMap<IfName, InterfaceConfig> subInterfaces() { return subInterfaces; }

    /** Every interface block in running-config order: sub-interfaces follow their main interface. */
    public Collection<InterfaceConfig> interfaceBlocks() {
        if (subInterfaces.isEmpty()) return interfaces.values();
        TreeMap<IfName, InterfaceConfig> all = new TreeMap<>(interfaces);
        all.putAll(subInterfaces);
        return all.values();
    }

    private List<String> cryptoLines() {
        List<String> out = new ArrayList<>();
        crypto.renderPki(out);
        crypto.renderRedundancyToInterfaces(out);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RouterConfig r)) return false;
        return hostname.equals(r.hostname) && Objects.equals(enableSecret, r.enableSecret)
                && Objects.equals(enablePassword, r.enablePassword) && passwordEncryption == r.passwordEncryption
                && users.equals(r.users) && Objects.equals(bannerMotd, r.bannerMotd) && domainLookup == r.domainLookup
                && Objects.equals(domainName, r.domainName) && hosts.equals(r.hosts)
                && aaaNewModel == r.aaaNewModel && httpServer == r.httpServer && httpSecureServer == r.httpSecureServer && interfaces.equals(r.interfaces) && subInterfaces.equals(r.subInterfaces)
                && new java.util.HashSet<>(routes).equals(new java.util.HashSet<>(r.routes)) && loggingHosts.equals(r.loggingHosts) && logging.equals(r.logging) && routing.equals(r.routing) && acls.equals(r.acls) && lines.equals(r.lines)
                && cryptoLines().equals(r.cryptoLines());
    }

    @Override
    public int hashCode() {
        return Objects.hash(hostname, interfaces, new java.util.HashSet<>(routes), acls);
    }

    /** All line blocks in running-config order. */
    public Collection<LineConfig> lineBlocks() {
        return lines.values();
    }
}
