package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The crypto part of a router's configuration: every {@code crypto ...} object, kept in the order
 * IOS lists them. Commands mutate it through the methods below (one per command, returning what
 * IOS prints as a {@link ConfigReply}); the IKE/IPsec runtime reads it through the query methods;
 * {@link #renderPki} and {@link #renderRedundancyToInterfaces} produce
 * the running-config sections. Confined to the router's thread like the rest of the config.
 */
public final class CryptoConfig {
    static final String DEFAULT = "default";

    final NavigableMap<Integer, IsakmpPolicy> isakmpPolicies = new TreeMap<>();
    final List<IsakmpKey> isakmpKeys = new ArrayList<>();
    IsakmpGlobals isakmpGlobals = IsakmpGlobals.DEFAULTS;
    final Map<String, IkeKeyring> keyrings = new LinkedHashMap<>();
    final Map<String, IsakmpProfile> isakmpProfiles = new LinkedHashMap<>();
    final NavigableMap<Ipv4, IsakmpPeer> isakmpPeers = new TreeMap<>();
    final Map<String, TransformSet> transformSets = new LinkedHashMap<>();
    /** The smart-default set; null after {@code no crypto ipsec transform-set default}. */
    TransformSet defaultTransformSet = TransformSet.BUILTIN_DEFAULT;
    IpsecGlobals ipsecGlobals = IpsecGlobals.DEFAULTS;
    final Map<String, IpsecProfile> ipsecProfiles = new LinkedHashMap<>();
    IpsecProfile defaultIpsecProfile = IpsecProfile.BUILTIN_DEFAULT;
    final NavigableMap<String, NavigableMap<Integer, CryptoMapEntry>> cryptoMaps = new TreeMap<>();
    final Map<String, String> mapLocalAddresses = new TreeMap<>();
    final NavigableMap<String, NavigableMap<Integer, CryptoMapEntry>> dynamicMaps = new TreeMap<>();
    final Map<String, Ikev2Proposal> ikev2Proposals = new LinkedHashMap<>();
    Ikev2Proposal defaultIkev2Proposal = Ikev2Proposal.BUILTIN_DEFAULT;
    final Map<String, Ikev2Policy> ikev2Policies = new LinkedHashMap<>();
    Ikev2Policy defaultIkev2Policy = Ikev2Policy.BUILTIN_DEFAULT;
    final Map<String, Ikev2Keyring> ikev2Keyrings = new LinkedHashMap<>();
    final Map<String, Ikev2Profile> ikev2Profiles = new LinkedHashMap<>();
    final Map<String, RsaKeyPair> rsaKeys = new LinkedHashMap<>();
    /** The private NVRAM keys were read into this configuration (see {@link RsaKeyStore#load}). */
    boolean keysLoaded;
    final Map<String, PkiServer> pkiServers = new LinkedHashMap<>();
    final Map<String, PkiTrustpoint> trustpoints = new LinkedHashMap<>();

    // ---------------------------------------------------------------- running-config

    /**
     * PKI servers and trustpoints (IOS places them before {@code redundancy}): a leading "!",
     * then each object followed by "!"; nothing without PKI objects.
     */
    public void renderPki(List<String> out) {
        out.addAll(CryptoRenderer.pki(this));
    }

    /**
     * The whole block IOS prints between the {@code redundancy} line and the first
     * {@code interface}, "!" lines included: the separators after {@code redundancy}, IKEv1
     * keyrings (which IOS nvgens ahead of IKEv2), IKEv2 proposals, policies, keyrings and
     * profiles, ISAKMP policies, keys, peers and profiles, IPsec globals, transform sets,
     * profiles, dynamic maps and crypto maps, then the separators before the interfaces. Fitted
     * to captured IOSv 15.6/15.9 configs; without any crypto object it is the plain skeleton
     * ({@link #FIXED_LINES_AFTER_REDUNDANCY} and {@link #SEPARATORS_BEFORE_INTERFACES} "!").
     */
    public void renderRedundancyToInterfaces(List<String> out) {
        List<String> region = new ArrayList<>();
        region.addAll(CryptoRenderer.ikev2(this));
        region.addAll(CryptoRenderer.ikev1(this));
        region.addAll(CryptoRenderer.ipsec(this));
        if (onlySeparators(region)) {
            out.addAll(FIXED_LINES_AFTER_REDUNDANCY);
            for (int i = 0; i < SEPARATORS_BEFORE_INTERFACES; i++) out.add("!");
        } else {
            out.addAll(region);
        }
    }

    private static boolean onlySeparators(List<String> lines) {
        return lines.stream().allMatch(l -> l.strip().equals("!") && !l.startsWith(" "));
    }

    /** The separator lines IOS prints after {@code redundancy} when no crypto object sits among them. */
    public static final List<String> FIXED_LINES_AFTER_REDUNDANCY = List.of("!", "!", "! ", "!", "!", "!", "!");

    /** The "!" lines that always end the block before the first interface. */
    public static final int SEPARATORS_BEFORE_INTERFACES = 5;

    // ---------------------------------------------------------------- shared by the commands

    /** Enters a named object's sub-mode, creating it with its defaults when new. */
    private static <K, V> ConfigReply enter(Map<K, V> map, K key, java.util.function.Function<K, V> create) {
        map.computeIfAbsent(key, create);
        return ConfigReply.ok();
    }

    /** A sub-mode command on a named object (created with its defaults if it is not there yet). */
    private static <K, V> void edit(Map<K, V> map, K key, java.util.function.Function<K, V> create, UnaryOperator<V> change) {
        map.put(key, change.apply(map.computeIfAbsent(key, create)));
    }

    // ---------------------------------------------------------------- IKEv1 commands

    /** {@code crypto isakmp policy N}: creates the policy with defaults when new. */
    public ConfigReply enterIsakmpPolicy(int priority) {
        return enter(isakmpPolicies, priority, IsakmpPolicy::withDefaults);
    }

    /** A {@code (config-isakmp)} sub-command on policy {@code priority}. */
    public void editIsakmpPolicy(int priority, UnaryOperator<IsakmpPolicy> change) {
        edit(isakmpPolicies, priority, IsakmpPolicy::withDefaults, change);
    }

    public void removeIsakmpPolicy(int priority) {
        isakmpPolicies.remove(priority);
    }

    /** {@code crypto isakmp key ...}: adds the key, replacing one for the same peer. */
    public ConfigReply addIsakmpKey(IsakmpKey key) {
        for (int i = 0; i < isakmpKeys.size(); i++) {
            if (isakmpKeys.get(i).samePeer(key)) {
                isakmpKeys.set(i, key);
                return ConfigReply.ok();
            }
        }
        isakmpKeys.add(key);
        return ConfigReply.ok();
    }

    /** {@code no crypto isakmp key K address A [M]} / {@code hostname H}: the key string is not checked. */
    public ConfigReply removeIsakmpKey(IsakmpKey selector) {
        isakmpKeys.removeIf(k -> k.samePeer(selector));
        return ConfigReply.ok();
    }

    public void editIsakmpGlobals(UnaryOperator<IsakmpGlobals> change) {
        isakmpGlobals = change.apply(isakmpGlobals);
    }

    /** {@code crypto keyring NAME}. */
    public ConfigReply enterKeyring(String name) {
        return enter(keyrings, name, IkeKeyring::named);
    }

    public void editKeyring(String name, UnaryOperator<IkeKeyring> change) {
        edit(keyrings, name, IkeKeyring::named, change);
    }

    /**
     * {@code pre-shared-key ... key K} inside a keyring. A key with trailing blanks (possible
     * only from a quoted or pasted line) draws the IOS warning but is kept.
     */
    public ConfigReply addKeyringKey(String keyring, IkeKeyring.Psk psk) {
        editKeyring(keyring, k -> k.withKey(psk));
        if (!psk.key().equals(psk.key().stripTrailing())) {
            return ConfigReply.ok(List.of("% Warning: Trailing white space(s) detected for the preshared key"));
        }
        return ConfigReply.ok();
    }

    public void removeKeyring(String name) {
        keyrings.remove(name);
    }

    /** {@code crypto isakmp profile NAME}. */
    public ConfigReply enterIsakmpProfile(String name) {
        return enter(isakmpProfiles, name, IsakmpProfile::named);
    }

    public void editIsakmpProfile(String name, UnaryOperator<IsakmpProfile> change) {
        edit(isakmpProfiles, name, IsakmpProfile::named, change);
    }

    public void removeIsakmpProfile(String name) {
        isakmpProfiles.remove(name);
    }

    /** {@code crypto isakmp peer address A}. */
    public ConfigReply enterIsakmpPeer(Ipv4 address) {
        return enter(isakmpPeers, address, IsakmpPeer::of);
    }

    public void editIsakmpPeer(Ipv4 address, UnaryOperator<IsakmpPeer> change) {
        edit(isakmpPeers, address, IsakmpPeer::of, change);
    }

    public void removeIsakmpPeer(Ipv4 address) {
        isakmpPeers.remove(address);
    }

    // ---------------------------------------------------------------- IPsec commands

    /**
     * {@code crypto ipsec transform-set NAME t1 [t2 ...]}: defines or redefines the set (its mode
     * is kept on redefinition). An invalid combination is refused with the caret under the first
     * transform that does not fit.
     */
    public ConfigReply defineTransformSet(String name, List<TransformSpec> transforms) {
        int bad = TransformSet.firstInvalid(transforms);
        if (bad >= 0) return ConfigReply.invalidAt(bad);
        if (name.equals(DEFAULT)) {
            TransformSet.Mode mode = defaultTransformSet == null ? TransformSet.Mode.TUNNEL : defaultTransformSet.mode();
            defaultTransformSet = new TransformSet(DEFAULT, transforms, mode);
            return ConfigReply.ok();
        }
        TransformSet old = transformSets.get(name);
        transformSets.put(name, new TransformSet(name, transforms, old == null ? TransformSet.Mode.TUNNEL : old.mode()));
        return ConfigReply.ok();
    }

    /** A {@code (cfg-crypto-trans)} sub-command on an existing set. */
    public void editTransformSet(String name, UnaryOperator<TransformSet> change) {
        if (name.equals(DEFAULT)) {
            if (defaultTransformSet != null) defaultTransformSet = change.apply(defaultTransformSet);
            return;
        }
        transformSets.computeIfPresent(name, (n, t) -> change.apply(t));
    }

    /** {@code no crypto ipsec transform-set NAME}; for {@code default} this disables the smart default. */
    public void removeTransformSet(String name) {
        if (name.equals(DEFAULT)) {
            defaultTransformSet = null;
        } else {
            transformSets.remove(name);
        }
    }

    public void editIpsecGlobals(UnaryOperator<IpsecGlobals> change) {
        ipsecGlobals = change.apply(ipsecGlobals);
    }

    /** {@code crypto ipsec profile NAME} ({@code default} re-creates the smart default if removed). */
    public ConfigReply enterIpsecProfile(String name) {
        if (name.equals(DEFAULT)) {
            if (defaultIpsecProfile == null) defaultIpsecProfile = IpsecProfile.BUILTIN_DEFAULT;
        } else {
            ipsecProfiles.computeIfAbsent(name, IpsecProfile::named);
        }
        return ConfigReply.ok();
    }

    public void editIpsecProfile(String name, UnaryOperator<IpsecProfile> change) {
        if (name.equals(DEFAULT)) {
            defaultIpsecProfile = change.apply(defaultIpsecProfile == null ? IpsecProfile.BUILTIN_DEFAULT : defaultIpsecProfile);
            return;
        }
        edit(ipsecProfiles, name, IpsecProfile::named, change);
    }

    public void removeIpsecProfile(String name) {
        if (name.equals(DEFAULT)) {
            defaultIpsecProfile = null;
        } else {
            ipsecProfiles.remove(name);
        }
    }

    /** The two-line NOTE IOS prints when a new static crypto map entry is created. */
    public static final List<String> NEW_MAP_NOTE = List.of(
            "% NOTE: This new crypto map will remain disabled until a peer",
            "        and a valid access list have been configured.");

    /**
     * {@code crypto map NAME SEQ {ipsec-isakmp [dynamic D] | ipsec-manual}}. A new
     * {@code ipsec-isakmp} or {@code ipsec-manual} entry answers with {@link #NEW_MAP_NOTE}; the
     * dynamic binding opens no sub-mode and prints nothing. Re-entering an existing entry keeps
     * its settings.
     */
    public ConfigReply enterCryptoMap(String name, int seq, CryptoMapEntry.Kind kind, String dynamicMap) {
        NavigableMap<Integer, CryptoMapEntry> map = cryptoMaps.computeIfAbsent(name, n -> new TreeMap<>());
        CryptoMapEntry old = map.get(seq);
        if (old != null && old.kind() == kind && (kind != CryptoMapEntry.Kind.ISAKMP_DYNAMIC || old.dynamicMap().equals(dynamicMap))) {
            return ConfigReply.ok();
        }
        map.put(seq, CryptoMapEntry.create(name, seq, kind, dynamicMap));
        return kind == CryptoMapEntry.Kind.ISAKMP_DYNAMIC || old != null ? ConfigReply.ok() : ConfigReply.ok(NEW_MAP_NOTE);
    }

    /** A {@code (config-crypto-map)} sub-command on a static map entry. */
    public void editCryptoMap(String name, int seq, UnaryOperator<CryptoMapEntry> change) {
        NavigableMap<Integer, CryptoMapEntry> map = cryptoMaps.get(name);
        if (map != null) map.computeIfPresent(seq, (s, e) -> change.apply(e));
    }

    /** {@code no crypto map NAME SEQ}. */
    public void removeCryptoMapEntry(String name, int seq) {
        NavigableMap<Integer, CryptoMapEntry> map = cryptoMaps.get(name);
        if (map == null) return;
        map.remove(seq);
        if (map.isEmpty()) cryptoMaps.remove(name);
    }

    /** {@code no crypto map NAME}: every entry and the local-address binding. */
    public void removeCryptoMap(String name) {
        cryptoMaps.remove(name);
        mapLocalAddresses.remove(name);
    }

    /** {@code crypto map NAME local-address INTERFACE} (null removes it). */
    public void setCryptoMapLocalAddress(String name, String interfaceName) {
        if (interfaceName == null) {
            mapLocalAddresses.remove(name);
        } else {
            mapLocalAddresses.put(name, interfaceName);
        }
    }

    /** {@code crypto dynamic-map NAME SEQ}: no NOTE is printed. */
    public ConfigReply enterDynamicMap(String name, int seq) {
        dynamicMaps.computeIfAbsent(name, n -> new TreeMap<>())
                .computeIfAbsent(seq, s -> CryptoMapEntry.create(name, s, CryptoMapEntry.Kind.DYNAMIC_TEMPLATE, null));
        return ConfigReply.ok();
    }

    public void editDynamicMap(String name, int seq, UnaryOperator<CryptoMapEntry> change) {
        NavigableMap<Integer, CryptoMapEntry> map = dynamicMaps.get(name);
        if (map != null) map.computeIfPresent(seq, (s, e) -> change.apply(e));
    }

    public void removeDynamicMapEntry(String name, int seq) {
        NavigableMap<Integer, CryptoMapEntry> map = dynamicMaps.get(name);
        if (map == null) return;
        map.remove(seq);
        if (map.isEmpty()) dynamicMaps.remove(name);
    }

    public void removeDynamicMap(String name) {
        dynamicMaps.remove(name);
    }

    // ---------------------------------------------------------------- IKEv2 commands

    /** {@code crypto ikev2 proposal NAME}: warns (and still enters) when the proposal is incomplete. */
    public ConfigReply enterIkev2Proposal(String name) {
        Ikev2Proposal p;
        if (name.equals(DEFAULT)) {
            if (defaultIkev2Proposal == null) defaultIkev2Proposal = Ikev2Proposal.named(DEFAULT);
            p = defaultIkev2Proposal;
        } else {
            p = ikev2Proposals.computeIfAbsent(name, Ikev2Proposal::named);
        }
        return p.complete() ? ConfigReply.ok() : ConfigReply.ok(Ikev2Proposal.INCOMPLETE_WARNING);
    }

    public void editIkev2Proposal(String name, UnaryOperator<Ikev2Proposal> change) {
        if (name.equals(DEFAULT)) {
            defaultIkev2Proposal = change.apply(defaultIkev2Proposal == null ? Ikev2Proposal.named(DEFAULT) : defaultIkev2Proposal);
            return;
        }
        edit(ikev2Proposals, name, Ikev2Proposal::named, change);
    }

    public void removeIkev2Proposal(String name) {
        if (name.equals(DEFAULT)) {
            defaultIkev2Proposal = null;
        } else {
            ikev2Proposals.remove(name);
        }
    }

    /** {@code crypto ikev2 policy NAME}: warns when no complete proposal is attached. */
    public ConfigReply enterIkev2Policy(String name) {
        Ikev2Policy p;
        if (name.equals(DEFAULT)) {
            if (defaultIkev2Policy == null) defaultIkev2Policy = Ikev2Policy.named(DEFAULT);
            p = defaultIkev2Policy;
        } else {
            p = ikev2Policies.computeIfAbsent(name, Ikev2Policy::named);
        }
        boolean ok = p.proposals().stream().map(this::ikev2Proposal).anyMatch(o -> o.isPresent() && o.get().complete());
        return ok ? ConfigReply.ok() : ConfigReply.ok(Ikev2Policy.INCOMPLETE_WARNING);
    }

    public void editIkev2Policy(String name, UnaryOperator<Ikev2Policy> change) {
        if (name.equals(DEFAULT)) {
            defaultIkev2Policy = change.apply(defaultIkev2Policy == null ? Ikev2Policy.named(DEFAULT) : defaultIkev2Policy);
            return;
        }
        edit(ikev2Policies, name, Ikev2Policy::named, change);
    }

    public void removeIkev2Policy(String name) {
        if (name.equals(DEFAULT)) {
            defaultIkev2Policy = null;
        } else {
            ikev2Policies.remove(name);
        }
    }

    /** {@code crypto ikev2 keyring NAME}. */
    public ConfigReply enterIkev2Keyring(String name) {
        return enter(ikev2Keyrings, name, Ikev2Keyring::named);
    }

    public void removeIkev2Keyring(String name) {
        ikev2Keyrings.remove(name);
    }

    /** {@code peer NAME} inside an IKEv2 keyring. */
    public ConfigReply enterIkev2KeyringPeer(String keyring, String peer) {
        editIkev2KeyringPeer(keyring, peer, p -> p);
        return ConfigReply.ok();
    }

    public void editIkev2KeyringPeer(String keyring, String peer, UnaryOperator<Ikev2Keyring.Peer> change) {
        Ikev2Keyring k = ikev2Keyrings.computeIfAbsent(keyring, Ikev2Keyring::named);
        Ikev2Keyring.Peer p = k.peers().getOrDefault(peer, Ikev2Keyring.Peer.named(peer));
        ikev2Keyrings.put(keyring, k.withPeer(change.apply(p)));
    }

    public void removeIkev2KeyringPeer(String keyring, String peer) {
        ikev2Keyrings.computeIfPresent(keyring, (n, k) -> k.withoutPeer(peer));
    }

    /** {@code crypto ikev2 profile NAME}: warns when authentication methods or a match are missing. */
    public ConfigReply enterIkev2Profile(String name) {
        Ikev2Profile p = ikev2Profiles.computeIfAbsent(name, Ikev2Profile::named);
        return p.complete() ? ConfigReply.ok() : ConfigReply.ok(Ikev2Profile.INCOMPLETE_WARNING);
    }

    public void editIkev2Profile(String name, UnaryOperator<Ikev2Profile> change) {
        edit(ikev2Profiles, name, Ikev2Profile::named, change);
    }

    public void removeIkev2Profile(String name) {
        ikev2Profiles.remove(name);
    }

    // ---------------------------------------------------------------- PKI commands

    /** The key pair named {@code label}, if one was generated (or loaded from NVRAM). */
    public Optional<RsaKeyPair> rsaKeyPair(String label) {
        return Optional.ofNullable(rsaKeys.get(label));
    }

    /** Adds a generated or loaded key pair, replacing one of the same name. */
    public void putRsaKeyPair(RsaKeyPair pair) {
        rsaKeys.put(pair.label(), pair);
    }

    /** {@code crypto key zeroize rsa [LABEL]} (null removes every key pair); false when nothing matched. */
    public boolean zeroizeRsaKeys(String label) {
        if (label == null) {
            boolean any = !rsaKeys.isEmpty();
            rsaKeys.clear();
            return any;
        }
        return rsaKeys.remove(label) != null;
    }

    /** {@code crypto pki trustpoint NAME}. */
    public ConfigReply enterTrustpoint(String name) {
        return enter(trustpoints, name, PkiTrustpoint::named);
    }

    public void editTrustpoint(String name, UnaryOperator<PkiTrustpoint> change) {
        edit(trustpoints, name, PkiTrustpoint::named, change);
    }

    public void removeTrustpoint(String name) {
        trustpoints.remove(name);
    }

    /** {@code crypto pki server NAME}. */
    public ConfigReply enterPkiServer(String name) {
        return enter(pkiServers, name, PkiServer::named);
    }

    public void editPkiServer(String name, UnaryOperator<PkiServer> change) {
        edit(pkiServers, name, PkiServer::named, change);
    }

    /**
     * {@code no shutdown} in {@code (cs-server)}, after its passphrase dialog: enables the server
     * and creates its CA trustpoint (same name, {@code rsakeypair NAME}, {@code revocation-check
     * crl}) as IOS does.
     */
    public void enablePkiServer(String name) {
        editPkiServer(name, s -> s.withShutdown(false));
        trustpoints.computeIfAbsent(name, n -> PkiTrustpoint.named(n).withRsaKeypair(n));
    }

    public void removePkiServer(String name) {
        pkiServers.remove(name);
    }

    // ---------------------------------------------------------------- queries for the runtime

    /**
     * Phase-1 policies in the order IKE offers and checks them (ascending priority): the
     * configured ones, or the IOS 15 default suites 65507-65514 when none is configured (unless
     * {@code no crypto isakmp default policy}).
     */
    public List<IsakmpPolicy> isakmpPoliciesInOrder() {
        if (!isakmpPolicies.isEmpty()) return List.copyOf(isakmpPolicies.values());
        return isakmpGlobals.defaultPolicies() ? IsakmpPolicy.IOS_DEFAULT_POLICIES : List.of();
    }

    /** Only the policies typed by the user, ascending. */
    public Collection<IsakmpPolicy> configuredIsakmpPolicies() {
        return List.copyOf(isakmpPolicies.values());
    }

    /** Global {@code crypto isakmp key} lines in configuration order. */
    public List<IsakmpKey> isakmpKeys() {
        return List.copyOf(isakmpKeys);
    }

    /** The global pre-shared key for {@code peer}: the most specific address/mask entry wins. */
    public Optional<String> isakmpPreSharedKey(Ipv4 peer) {
        return isakmpKeys.stream().filter(k -> k.matches(peer))
                .max(Comparator.comparingInt(k -> k.effectiveMask().prefixLength())).map(IsakmpKey::key);
    }

    /** The global pre-shared key bound to a host name ({@code crypto isakmp key K hostname H}). */
    public Optional<String> isakmpPreSharedKeyForHostname(String hostname) {
        return isakmpKeys.stream().filter(k -> !k.byAddress() && k.hostname().equalsIgnoreCase(hostname)).findFirst()
                .map(IsakmpKey::key);
    }

    public IsakmpGlobals isakmpGlobals() {
        return isakmpGlobals;
    }

    public Optional<IkeKeyring> keyring(String name) {
        return Optional.ofNullable(keyrings.get(name));
    }

    public Collection<IkeKeyring> keyrings() {
        return List.copyOf(keyrings.values());
    }

    /** The pre-shared key for {@code peer} in an IKEv1 keyring (most specific entry). */
    public Optional<String> keyringPreSharedKey(String keyring, Ipv4 peer) {
        IkeKeyring k = keyrings.get(keyring);
        if (k == null) return Optional.empty();
        return k.keys().stream().filter(p -> p.matches(peer))
                .max(Comparator.comparingInt(p -> p.effectiveMask().prefixLength())).map(IkeKeyring.Psk::key);
    }

    public Optional<IsakmpProfile> isakmpProfile(String name) {
        return Optional.ofNullable(isakmpProfiles.get(name));
    }

    public Collection<IsakmpProfile> isakmpProfiles() {
        return List.copyOf(isakmpProfiles.values());
    }

    /** The first isakmp profile (configuration order) whose {@code match identity address} covers {@code peer}. */
    public Optional<IsakmpProfile> isakmpProfileFor(Ipv4 peer) {
        return isakmpProfiles.values().stream().filter(p -> p.matchesPeer(peer)).findFirst();
    }

    /** {@code crypto isakmp peer address} settings for {@code peer} (aggressive mode initiator). */
    public Optional<IsakmpPeer> isakmpPeer(Ipv4 peer) {
        return Optional.ofNullable(isakmpPeers.get(peer));
    }

    /** A transform set by name, including the smart default {@code default} unless removed. */
    public Optional<TransformSet> transformSet(String name) {
        return name.equals(DEFAULT) ? Optional.ofNullable(defaultTransformSet) : Optional.ofNullable(transformSets.get(name));
    }

    /** User transform sets in definition order (without the smart default). */
    public Collection<TransformSet> transformSets() {
        return List.copyOf(transformSets.values());
    }

    /** The smart-default set, or empty after {@code no crypto ipsec transform-set default}. */
    public Optional<TransformSet> defaultTransformSet() {
        return Optional.ofNullable(defaultTransformSet);
    }

    public IpsecGlobals ipsecGlobals() {
        return ipsecGlobals;
    }

    /** An IPsec profile by name, including the smart default {@code default} unless removed. */
    public Optional<IpsecProfile> ipsecProfile(String name) {
        return name.equals(DEFAULT) ? Optional.ofNullable(defaultIpsecProfile) : Optional.ofNullable(ipsecProfiles.get(name));
    }

    /** User IPsec profiles in definition order (without the smart default). */
    public Collection<IpsecProfile> ipsecProfiles() {
        return List.copyOf(ipsecProfiles.values());
    }

    /** Names of the static crypto maps, sorted. */
    public List<String> cryptoMapNames() {
        return List.copyOf(cryptoMaps.keySet());
    }

    /** The entries of crypto map {@code name} in ascending sequence (the order traffic is checked). */
    public List<CryptoMapEntry> cryptoMap(String name) {
        NavigableMap<Integer, CryptoMapEntry> map = cryptoMaps.get(name);
        return map == null ? List.of() : List.copyOf(map.values());
    }

    public Optional<CryptoMapEntry> cryptoMapEntry(String name, int seq) {
        NavigableMap<Integer, CryptoMapEntry> map = cryptoMaps.get(name);
        return map == null ? Optional.empty() : Optional.ofNullable(map.get(seq));
    }

    /** {@code crypto map NAME local-address IF}: the interface whose address IKE uses. */
    public Optional<String> cryptoMapLocalAddress(String name) {
        return Optional.ofNullable(mapLocalAddresses.get(name));
    }

    public List<String> dynamicMapNames() {
        return List.copyOf(dynamicMaps.keySet());
    }

    /** The entries of dynamic map {@code name} in ascending sequence. */
    public List<CryptoMapEntry> dynamicMap(String name) {
        NavigableMap<Integer, CryptoMapEntry> map = dynamicMaps.get(name);
        return map == null ? List.of() : List.copyOf(map.values());
    }

    public Optional<CryptoMapEntry> dynamicMapEntry(String name, int seq) {
        NavigableMap<Integer, CryptoMapEntry> map = dynamicMaps.get(name);
        return map == null ? Optional.empty() : Optional.ofNullable(map.get(seq));
    }

    /** An IKEv2 proposal by name, including the smart default unless removed. */
    public Optional<Ikev2Proposal> ikev2Proposal(String name) {
        return name.equals(DEFAULT) ? Optional.ofNullable(defaultIkev2Proposal) : Optional.ofNullable(ikev2Proposals.get(name));
    }

    public Collection<Ikev2Proposal> ikev2Proposals() {
        return List.copyOf(ikev2Proposals.values());
    }

    /**
     * IKEv2 policies in the order IKE consults them: the user policies in definition order, then
     * the smart-default policy (unless removed), which IOS uses only when no user policy matches.
     */
    public List<Ikev2Policy> ikev2PoliciesInOrder() {
        List<Ikev2Policy> out = new ArrayList<>(ikev2Policies.values());
        if (defaultIkev2Policy != null) out.add(defaultIkev2Policy);
        return out;
    }

    /** Policies as {@code show crypto ikev2 policy} lists them: the smart default first, then the user ones. */
    public List<Ikev2Policy> ikev2PoliciesInOrderForShow() {
        List<Ikev2Policy> out = new ArrayList<>();
        if (defaultIkev2Policy != null) out.add(defaultIkev2Policy);
        out.addAll(ikev2Policies.values());
        return out;
    }

    public Optional<Ikev2Keyring> ikev2Keyring(String name) {
        return Optional.ofNullable(ikev2Keyrings.get(name));
    }

    public Collection<Ikev2Keyring> ikev2Keyrings() {
        return List.copyOf(ikev2Keyrings.values());
    }

    public Optional<Ikev2Profile> ikev2Profile(String name) {
        return Optional.ofNullable(ikev2Profiles.get(name));
    }

    public Collection<Ikev2Profile> ikev2Profiles() {
        return List.copyOf(ikev2Profiles.values());
    }

    /** RSA key pairs in the order they were generated. */
    public Collection<RsaKeyPair> rsaKeyPairs() {
        return List.copyOf(rsaKeys.values());
    }

    public Optional<PkiTrustpoint> trustpoint(String name) {
        return Optional.ofNullable(trustpoints.get(name));
    }

    public Collection<PkiTrustpoint> trustpoints() {
        return List.copyOf(trustpoints.values());
    }

    public Optional<PkiServer> pkiServer(String name) {
        return Optional.ofNullable(pkiServers.get(name));
    }

    public Collection<PkiServer> pkiServers() {
        return List.copyOf(pkiServers.values());
    }

    /**
     * Everything the configuration holds, for equality (insertion order of the maps included).
     * RSA keys are router state kept outside running-config, so they do not count.
     */
    private List<Object> state() {
        return java.util.Arrays.asList(isakmpPolicies, isakmpKeys, isakmpGlobals, keyrings, isakmpProfiles, isakmpPeers, transformSets, defaultTransformSet, ipsecGlobals, ipsecProfiles, defaultIpsecProfile, cryptoMaps, mapLocalAddresses, dynamicMaps, ikev2Proposals, defaultIkev2Proposal, ikev2Policies, defaultIkev2Policy, ikev2Keyrings, ikev2Profiles, pkiServers, trustpoints);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CryptoConfig c && state().equals(c.state())
                && orders().equals(c.orders());
    }

    /** Map equality ignores order, but IOS lists several objects in the order they were created. */
    private List<Object> orders() {
        return List.of(List.copyOf(keyrings.keySet()), List.copyOf(isakmpProfiles.keySet()),
                List.copyOf(transformSets.keySet()), List.copyOf(ipsecProfiles.keySet()),
                List.copyOf(ikev2Proposals.keySet()), List.copyOf(ikev2Policies.keySet()),
                List.copyOf(ikev2Keyrings.keySet()), List.copyOf(ikev2Profiles.keySet()),
                List.copyOf(pkiServers.keySet()), List.copyOf(trustpoints.keySet()));
    }

    @Override
    public int hashCode() {
        return state().hashCode();
    }
}
