package org.ikelab.router.crypto;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.ike.PeerConfig;
import org.ikelab.router.RouteEntry;
import org.ikelab.router.RouterInterface;
import org.ikelab.wire.Ipv4Address;

/**
 * IKE's view of a peer, built from the crypto configuration when a negotiation starts: our
 * address toward it, the pre-shared key (global keys, keyrings, isakmp profiles, aggressive-mode
 * passwords), our identity, the phase-1 proposals and the quick-mode configurations we accept.
 */
final class PeerConfigs {
    private final CryptoEngine engine;

    PeerConfigs(CryptoEngine engine) {
        this.engine = engine;
    }

    /** Starting phase 1 ourselves, for a crypto map entry with {@code set isakmp-profile profileName} (or null). */
    Optional<PeerConfig> forInitiator(InetAddress peer, String profileName) {
        return peerConfig(peer, true, profileName);
    }

    /** Answering a peer's first phase-1 message; nothing when no crypto map is applied. */
    Optional<PeerConfig> forResponder(IkeEndpoint remote) {
        if (engine.bindings.isEmpty()) return Optional.empty();
        Optional<PeerConfig> pc = peerConfig(remote.address(), false, null);
        return pc.map(c -> new PeerConfig(c.local(), remote, c.preSharedKey(), c.proposals(), c.natTraversal(), c.children(),
                false, c.identity()));
    }

    /**
     * {@code crypto isakmp invalid-spi-recovery}: phase 1 toward a peer that sent traffic on an
     * unknown SPI, allowed when a complete, bound crypto map entry names the peer (its isakmp
     * profile applies) and a key for it exists.
     */
    Optional<PeerConfig> forRecovery(InetAddress peer) {
        for (String mapName : new TreeSet<>(engine.bindings.values())) {
            CryptoEngine.MapState m = engine.maps.get(mapName);
            if (m == null) continue;
            for (CryptoEngine.EntryState e : m.entries) {
                if (e.spec.kind() != CryptoMapSpec.Kind.ISAKMP || !e.spec.complete() || !e.spec.peers().contains(peer)) continue;
                return peerConfig(peer, true, e.spec.isakmpProfile());
            }
        }
        return Optional.empty();
    }

    /** The interface address IKE uses toward {@code peer}: the crypto map's local-address, else the exit interface's. */
    InetAddress localAddressFor(InetAddress peer) {
        Ipv4Address p = Ipv4Address.of(CryptoEngine.bits(peer));
        RouteEntry r = engine.router().lookup(p);
        if (r != null) {
            String exit = r.resolvedInterface() != null ? r.resolvedInterface() : r.interfaceName();
            String map = exit == null ? null : engine.bindings.get(exit);
            CryptoEngine.MapState m = map == null ? null : engine.maps.get(map);
            if (m != null && m.spec.localAddressInterface() != null) {
                for (RouterInterface i : engine.router().interfaces()) {
                    if (i.name().equals(m.spec.localAddressInterface()) && i.hasAddress()) return CryptoEngine.inet(i.addressBits());
                }
            }
        }
        Ipv4Address src = engine.router().sourceAddressFor(p);
        return src == null ? null : CryptoEngine.inet(src.bits());
    }

    /**
     * The isakmp profile is the crypto map entry's {@code set isakmp-profile} when we initiate,
     * else the first profile whose {@code match identity address} covers the peer; its keyrings
     * give the PSK and its {@code self-identity} our ID.
     */
    private Optional<PeerConfig> peerConfig(InetAddress peer, boolean initiator, String profileName) {
        InetAddress local = localAddressFor(peer);
        if (local == null) return Optional.empty();
        CryptoSettings settings = engine.settings();
        Optional<IsakmpProfileSpec> profile = profileName != null
                ? Optional.ofNullable(settings.isakmpProfiles().get(profileName)) : settings.profileFor(peer);
        byte[] aggressive = settings.aggressivePeers().get(peer);
        Optional<byte[]> psk;
        if (aggressive != null && initiator) psk = Optional.of(aggressive);
        else if (profile.isPresent()) psk = profile.get().preSharedKey().apply(peer);
        else psk = settings.preSharedKey().apply(peer);
        if (psk.isEmpty() || settings.proposals().isEmpty()) return Optional.empty();
        org.ikelab.ike.LocalIdentity id = profile.map(IsakmpProfileSpec::selfIdentity).orElse(null);
        if (id == null) id = settings.identity();
        return Optional.of(new PeerConfig(new IkeEndpoint(local, IkeEndpoint.IKE_PORT), new IkeEndpoint(peer, IkeEndpoint.IKE_PORT),
                psk.get(), settings.proposals(), settings.natTraversal(),
                childrenFor(peer, profile.map(IsakmpProfileSpec::name).orElse(null)), initiator && aggressive != null, id));
    }

    /** Quick-mode configurations this router accepts from {@code peer}: its static entries, then dynamic ones. */
    private List<ChildConfig> childrenFor(InetAddress peer, String profile) {
        List<ChildConfig> out = new ArrayList<>();
        List<ChildConfig> dynamic = new ArrayList<>();
        for (String mapName : new TreeSet<>(engine.bindings.values())) {
            CryptoEngine.MapState m = engine.maps.get(mapName);
            if (m == null) continue;
            for (CryptoEngine.EntryState e : m.entries) {
                if (!e.spec.complete()) continue;
                // An entry bound to an isakmp profile serves only SAs negotiated under that profile.
                boolean profileOk = e.spec.isakmpProfile() == null || e.spec.isakmpProfile().equals(profile);
                if (e.spec.kind() == CryptoMapSpec.Kind.ISAKMP && e.spec.peers().contains(peer) && profileOk) {
                    out.addAll(e.children);
                }
                if (e.spec.kind() == CryptoMapSpec.Kind.DYNAMIC) {
                    for (CryptoEngine.EntryState d : e.dynamicEntries) dynamic.addAll(d.children);
                }
            }
        }
        out.addAll(dynamic);
        return out;
    }
}
