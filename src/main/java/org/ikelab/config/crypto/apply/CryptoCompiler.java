package org.ikelab.config.crypto.apply;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ikelab.common.RandomSource;
import org.ikelab.config.InterfaceConfig;
import org.ikelab.config.RouterConfig;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.CryptoMapEntry;
import org.ikelab.config.crypto.IpsecGlobals;
import org.ikelab.config.crypto.IsakmpGlobals;
import org.ikelab.config.crypto.IsakmpPeer;
import org.ikelab.config.crypto.IsakmpProfile;
import org.ikelab.config.crypto.Ipv4;
import org.ikelab.config.crypto.TransformSet;
import org.ikelab.crypto.ikev1.Phase1Ciphers;
import org.ikelab.ike.ChildTransform;
import org.ikelab.ike.LocalIdentity;
import org.ikelab.ike.RetransmitPolicy;
import org.ikelab.ike.v1.IkeV1Daemon;
import org.ikelab.ipsec.DfBitPolicy;
import org.ikelab.ipsec.SaConfig;
import org.ikelab.ipsec.status.TransformSetStatus;
import org.ikelab.router.Router;
import org.ikelab.router.crypto.CryptoEngine;
import org.ikelab.router.crypto.CryptoMapSpec;
import org.ikelab.router.crypto.CryptoSettings;
import org.ikelab.router.crypto.IkeDaemonFactory;
import org.ikelab.router.crypto.IsakmpProfileSpec;

/**
 * The crypto part of a router's configuration to its {@link CryptoEngine}: {@link #install}
 * once when the router starts, {@link #apply} after every configuration change (SAs are kept,
 * ios-crypto-reference §7.12).
 */
public final class CryptoCompiler {
    private CryptoCompiler() {
    }

    /** Builds the engine for {@code router} (production phase-1 ciphers) and applies {@code config}. */
    public static CryptoEngine install(Router router, RouterConfig config, RandomSource random) {
        IkeDaemonFactory daemons = (transport, installer, responder, listener) -> new IkeV1Daemon(router.scheduler(), random,
                transport, installer, Phase1Ciphers.INSTANCE, responder, listener, RetransmitPolicy.IOS);
        CryptoEngine engine = new CryptoEngine(router, random, new ChildSaTranslator(), daemons, settings(config));
        apply(engine, config);
        return engine;
    }

    /** Recompiles maps, settings and bindings from {@code config}. */
    public static void apply(CryptoEngine engine, RouterConfig config) {
        CryptoConfig c = config.crypto();
        Map<String, String> bindings = new LinkedHashMap<>();
        for (InterfaceConfig i : config.interfaces().values()) {
            if (i.cryptoMap() != null && !c.cryptoMap(i.cryptoMap()).isEmpty()) bindings.put(i.name().toString(), i.cryptoMap());
        }
        List<CryptoMapSpec> maps = new ArrayList<>();
        for (String name : c.cryptoMapNames()) maps.add(map(config, name, bindings));
        engine.apply(settings(config), maps, bindings);
    }

    /**
     * The address of a {@code set peer} item: an address as is, a host name through the {@code
     * ip host} table (this router has no DNS). The map is compiled again on every configuration
     * change, so a {@code dynamic} name follows the host table as IOS's lookup at each IKE
     * initiation would; an unresolvable name leaves the peer out.
     */
    static Optional<Ipv4> peerAddress(RouterConfig config, String peer) {
        String name = CryptoMapEntry.peerName(peer);
        Optional<Ipv4> a = Ipv4.parse(name);
        if (a.isPresent()) return a;
        return config.resolveHost(name).flatMap(Ipv4::parse);
    }

    static CryptoSettings settings(RouterConfig config) {
        CryptoConfig c = config.crypto();
        Map<InetAddress, byte[]> aggressive = new HashMap<>();
        for (String map : c.cryptoMapNames()) {
            for (CryptoMapEntry e : c.cryptoMap(map)) {
                for (String p : e.peers()) {
                    Optional<Ipv4> a = peerAddress(config, p);
                    if (a.isEmpty()) continue;
                    Optional<IsakmpPeer> ip = c.isakmpPeer(a.get());
                    if (ip.isPresent() && ip.get().aggressiveMode()) {
                        aggressive.put(inet(a.get().bits()), ip.get().aggressivePassword().getBytes(StandardCharsets.US_ASCII));
                    }
                }
            }
        }
        IpsecGlobals g = c.ipsecGlobals();
        DfBitPolicy df = switch (g.dfBit()) {
            case CLEAR -> DfBitPolicy.CLEAR;
            case SET -> DfBitPolicy.SET;
            case COPY -> DfBitPolicy.COPY;
        };
        return new CryptoSettings(Phase1Policies.of(c), peer -> preSharedKey(c, peer), aggressive, g.natTransparency(),
                c.isakmpGlobals().keepaliveSeconds(), c.isakmpGlobals().effectiveKeepaliveRetry(),
                c.isakmpGlobals().natKeepaliveSeconds(), g.replayDisabled() ? 0 : g.replayWindow(), df,
                c.isakmpGlobals().aggressiveModeDisabled(), identity(config), profiles(config),
                c.isakmpGlobals().invalidSpiRecovery());
    }

    /**
     * {@code crypto isakmp identity}: {@code hostname} sends ID_FQDN "hostname.domain" (the
     * domain from {@code ip domain name}); {@code dn} needs certificates, so it stays the address.
     */
    static LocalIdentity identity(RouterConfig config) {
        if (config.crypto().isakmpGlobals().identity() != IsakmpGlobals.Identity.HOSTNAME) return LocalIdentity.ADDRESS;
        return LocalIdentity.fqdn(fqdn(config));
    }

    private static String fqdn(RouterConfig config) {
        return config.domainName() == null ? config.hostname() : config.hostname() + "." + config.domainName();
    }

    /** The isakmp profiles: address matches, keyring PSKs, and {@code self-identity}. */
    static Map<String, IsakmpProfileSpec> profiles(RouterConfig config) {
        CryptoConfig c = config.crypto();
        Map<String, IsakmpProfileSpec> out = new LinkedHashMap<>();
        for (IsakmpProfile p : c.isakmpProfiles()) {
            out.put(p.name(), new IsakmpProfileSpec(p.name(), peer -> p.matchesPeer(ipv4(peer)),
                    peer -> profileKey(c, p, peer), selfIdentity(config, p.selfIdentity())));
        }
        return out;
    }

    /** {@code self-identity address | fqdn | user-fqdn NAME}; null when the profile has none. */
    static LocalIdentity selfIdentity(RouterConfig config, String self) {
        if (self == null) return null;
        if (self.equals("fqdn")) return LocalIdentity.fqdn(fqdn(config));
        if (self.startsWith("user-fqdn ")) return LocalIdentity.userFqdn(self.substring("user-fqdn ".length()));
        return LocalIdentity.ADDRESS;
    }

    /** The key a profile's keyrings hold for the peer; else IOS falls back to the global lookup. */
    static Optional<byte[]> profileKey(CryptoConfig c, IsakmpProfile p, InetAddress peer) {
        for (String kr : p.keyrings()) {
            Optional<String> k = c.keyringPreSharedKey(kr, ipv4(peer));
            if (k.isPresent()) return k.map(s -> s.getBytes(StandardCharsets.US_ASCII));
        }
        return preSharedKey(c, peer);
    }

    private static Ipv4 ipv4(InetAddress a) {
        return new Ipv4(java.nio.ByteBuffer.wrap(a.getAddress()).getInt());
    }

    /** IOS's PSK lookup: an isakmp profile matching the peer uses its keyrings, else the global keys. */
    static Optional<byte[]> preSharedKey(CryptoConfig c, InetAddress peer) {
        Ipv4 p = new Ipv4(java.nio.ByteBuffer.wrap(peer.getAddress()).getInt());
        Optional<IsakmpProfile> profile = c.isakmpProfileFor(p);
        if (profile.isPresent()) {
            for (String kr : profile.get().keyrings()) {
                Optional<String> k = c.keyringPreSharedKey(kr, p);
                if (k.isPresent()) return k.map(s -> s.getBytes(StandardCharsets.US_ASCII));
            }
        }
        for (var kr : c.keyrings()) {
            Optional<String> k = c.keyringPreSharedKey(kr.name(), p);
            if (k.isPresent()) return k.map(s -> s.getBytes(StandardCharsets.US_ASCII));
        }
        return c.isakmpPreSharedKey(p).map(s -> s.getBytes(StandardCharsets.US_ASCII));
    }

    private static CryptoMapSpec map(RouterConfig config, String name, Map<String, String> bindings) {
        CryptoConfig c = config.crypto();
        List<CryptoMapSpec.Entry> entries = new ArrayList<>();
        int local = 0;
        for (var b : bindings.entrySet()) {
            if (!b.getValue().equals(name)) continue;
            for (InterfaceConfig i : config.interfaces().values()) {
                if (i.name().toString().equals(b.getKey()) && i.address() != null) {
                    local = (int) org.ikelab.config.Ipv4.parse(i.address());
                }
            }
        }
        String localIf = c.cryptoMapLocalAddress(name).orElse(null);
        for (CryptoMapEntry e : c.cryptoMap(name)) {
            if (e.kind() == CryptoMapEntry.Kind.ISAKMP_DYNAMIC) {
                List<CryptoMapSpec.Entry> dyn = new ArrayList<>();
                for (CryptoMapEntry d : c.dynamicMap(e.dynamicMap())) dyn.add(entry(config, d, CryptoMapSpec.Kind.ISAKMP, 0));
                entries.add(new CryptoMapSpec.Entry(e.seq(), CryptoMapSpec.Kind.DYNAMIC, List.of(), null, List.of(), List.of(),
                        List.of(), 0, 0, 0, false, List.of(), List.of(), e.dynamicMap(), dyn));
            } else {
                entries.add(entry(config, e, e.kind() == CryptoMapEntry.Kind.MANUAL ? CryptoMapSpec.Kind.MANUAL
                        : CryptoMapSpec.Kind.ISAKMP, local));
            }
        }
        return new CryptoMapSpec(name, entries, localIf);
    }

    private static CryptoMapSpec.Entry entry(RouterConfig config, CryptoMapEntry e, CryptoMapSpec.Kind kind, int local) {
        CryptoConfig c = config.crypto();
        List<InetAddress> peers = new ArrayList<>();
        for (String p : e.peers()) peerAddress(config, p).ifPresent(a -> peers.add(inet(a.bits())));
        List<ChildTransform> transforms = new ArrayList<>();
        List<TransformSetStatus> sets = new ArrayList<>();
        TransformSet first = null;
        for (String ts : e.transformSets()) {
            Optional<TransformSet> set = c.transformSet(ts);
            if (set.isEmpty()) continue;
            if (first == null) first = set.get();
            ChildTransform t = Transforms.of(set.get());
            if (t != null) transforms.add(t);
            sets.add(new TransformSetStatus(ts, Transforms.displayNames(set.get())));
        }
        var acl = e.matchAcl() == null ? null : config.acls().get(e.matchAcl());
        List<CryptoMapSpec.AclLine> lines = CryptoAcls.lines(acl);
        IpsecGlobals g = c.ipsecGlobals();
        long seconds = e.sa().effectiveSeconds(g);
        long kilobytes = g.kilobytesDisabled() && e.sa().lifetimeKilobytes() == 0 ? 0 : e.sa().effectiveKilobytes(g);
        List<SaConfig> in = List.of();
        List<SaConfig> out = List.of();
        if (kind == CryptoMapSpec.Kind.MANUAL && first != null && !peers.isEmpty() && local != 0) {
            CryptoMapSpec.AclLine line = lines.stream().filter(CryptoMapSpec.AclLine::permit).findFirst().orElse(null);
            if (line != null) {
                ManualKeys.Result r = ManualKeys.build(e.sessionKeys(), first, local, java.nio.ByteBuffer.wrap(peers.get(0).getAddress())
                        .getInt(), line.selector());
                in = r.inbound();
                out = r.outbound();
            }
        }
        return new CryptoMapSpec.Entry(e.seq(), kind, peers, e.matchAcl(), acl == null ? List.of() : lines, transforms, sets,
                e.pfs() == null ? 0 : e.pfs().number(), seconds, kilobytes, e.reverseRoute(), in, out, null, List.of(),
                e.isakmpProfile(), e.reverseRouteStatic(), e.sa().idleTimeSeconds(), e.sa().perHost());
    }

    static InetAddress inet(int bits) {
        try {
            return InetAddress.getByAddress(java.nio.ByteBuffer.allocate(4).putInt(bits).array());
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
