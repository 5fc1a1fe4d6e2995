package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a crypto map ({@code crypto map NAME SEQ ...}) or of a dynamic map template
 * ({@code crypto dynamic-map NAME SEQ}).
 *
 * @param dynamicMap for {@link Kind#ISAKMP_DYNAMIC}: the dynamic map it binds
 * @param peers {@code set peer} addresses or host names, in the order tried, as the line shows
 *              them after {@code set peer}: {@code 10.0.0.2}, {@code R2}, {@code R2 dynamic}
 * @param pfs null when {@code set pfs} is not configured
 * @param matchAcl {@code match address} ACL number or name, or null
 */
public record CryptoMapEntry(String mapName, int seq, Kind kind, String dynamicMap, String description,
        List<String> peers, List<String> transformSets, DhGroup pfs, SaOverrides sa, String isakmpProfile,
        String ikev2Profile, String matchAcl, boolean reverseRoute, boolean reverseRouteStatic,
        List<SessionKey> sessionKeys) {
    public CryptoMapEntry {
        peers = List.copyOf(peers);
        transformSets = List.copyOf(transformSets);
        sessionKeys = List.copyOf(sessionKeys);
    }

    /** What kind of entry this is. */
    public enum Kind {
        ISAKMP("ipsec-isakmp"), MANUAL("ipsec-manual"), ISAKMP_DYNAMIC("ipsec-isakmp"), DYNAMIC_TEMPLATE("");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /** The address or host name of a {@link #peers} item ({@code R2} of {@code R2 dynamic}). */
    public static String peerName(String peer) {
        int sp = peer.indexOf(' ');
        return sp < 0 ? peer : peer.substring(0, sp);
    }

    /** Whether a {@link #peers} item is {@code set peer NAME dynamic} (resolved at each IKE initiation). */
    public static boolean peerDynamic(String peer) {
        return peer.endsWith(" dynamic");
    }

    public static final int MIN_SEQ = 1;
    public static final int MAX_SEQ = 65535;

    public static CryptoMapEntry create(String mapName, int seq, Kind kind, String dynamicMap) {
        return new CryptoMapEntry(mapName, seq, kind, dynamicMap, null, List.of(), List.of(), null, SaOverrides.NONE,
                null, null, null, false, false, List.of());
    }

    public CryptoMapEntry withDescription(String v) {
        return new CryptoMapEntry(mapName, seq, kind, dynamicMap, v, peers, transformSets, pfs, sa, isakmpProfile,
                ikev2Profile, matchAcl, reverseRoute, reverseRouteStatic, sessionKeys);
    }

    public CryptoMapEntry withPeers(List<String> v) {
        return new CryptoMapEntry(mapName, seq, kind, dynamicMap, description, v, transformSets, pfs, sa, isakmpProfile,
                ikev2Profile, matchAcl, reverseRoute, reverseRouteStatic, sessionKeys);
    }

    public CryptoMapEntry withTransformSets(List<String> v) {
        return new CryptoMapEntry(mapName, seq, kind, dynamicMap, description, peers, v, pfs, sa, isakmpProfile,
                ikev2Profile, matchAcl, reverseRoute, reverseRouteStatic, sessionKeys);
    }

    public CryptoMapEntry withPfs(DhGroup v) {
        return new CryptoMapEntry(mapName, seq, kind, dynamicMap, description, peers, transformSets, v, sa,
                isakmpProfile, ikev2Profile, matchAcl, reverseRoute, reverseRouteStatic, sessionKeys);
    }

    public CryptoMapEntry withSa(SaOverrides v) {
        return new CryptoMapEntry(mapName, seq, kind, dynamicMap, description, peers, transformSets, pfs, v,
                isakmpProfile, ikev2Profile, matchAcl, reverseRoute, reverseRouteStatic, sessionKeys);
    }

    public CryptoMapEntry withIsakmpProfile(String v) {
        return new CryptoMapEntry(mapName, seq, kind, dynamicMap, description, peers, transformSets, pfs, sa, v,
                ikev2Profile, matchAcl, reverseRoute, reverseRouteStatic, sessionKeys);
    }

    public CryptoMapEntry withIkev2Profile(String v) {
        return new CryptoMapEntry(mapName, seq, kind, dynamicMap, description, peers, transformSets, pfs, sa,
                isakmpProfile, v, matchAcl, reverseRoute, reverseRouteStatic, sessionKeys);
    }

    public CryptoMapEntry withMatchAcl(String v) {
        return new CryptoMapEntry(mapName, seq, kind, dynamicMap, description, peers, transformSets, pfs, sa,
                isakmpProfile, ikev2Profile, v, reverseRoute, reverseRouteStatic, sessionKeys);
    }

    public CryptoMapEntry withReverseRoute(boolean on, boolean isStatic) {
        return new CryptoMapEntry(mapName, seq, kind, dynamicMap, description, peers, transformSets, pfs, sa,
                isakmpProfile, ikev2Profile, matchAcl, on, on && isStatic, sessionKeys);
    }

    /** Adds a session key, replacing the one of the same direction and protocol. */
    public CryptoMapEntry withSessionKey(SessionKey k) {
        List<SessionKey> next = new ArrayList<>(sessionKeys.stream().filter(s -> !s.sameSlot(k)).toList());
        next.add(k);
        return new CryptoMapEntry(mapName, seq, kind, dynamicMap, description, peers, transformSets, pfs, sa,
                isakmpProfile, ikev2Profile, matchAcl, reverseRoute, reverseRouteStatic, next);
    }

    public CryptoMapEntry withoutSessionKeys(boolean inbound, Boolean esp) {
        return new CryptoMapEntry(mapName, seq, kind, dynamicMap, description, peers, transformSets, pfs, sa,
                isakmpProfile, ikev2Profile, matchAcl, reverseRoute, reverseRouteStatic,
                sessionKeys.stream().filter(s -> s.inbound() != inbound || (esp != null && s.esp() != esp)).toList());
    }

    /** An IKE-negotiated entry is usable only with a peer and an ACL (IOS: "incomplete state"). */
    public boolean complete() {
        return switch (kind) {
            case ISAKMP, MANUAL -> !peers.isEmpty() && matchAcl != null && !transformSets.isEmpty();
            case ISAKMP_DYNAMIC -> true;
            case DYNAMIC_TEMPLATE -> !transformSets.isEmpty();
        };
    }

    /** Running-config block in IOS order (trailing spaces after the header and the set list). */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case DYNAMIC_TEMPLATE -> out.add("crypto dynamic-map " + mapName + " " + seq);
            case ISAKMP_DYNAMIC -> out.add("crypto map " + mapName + " " + seq + " ipsec-isakmp dynamic " + dynamicMap + " ");
            default -> out.add("crypto map " + mapName + " " + seq + " " + kind.keyword() + " ");
        }
        if (description != null) out.add(" description " + description);
        for (String p : peers) out.add(" set peer " + p);
        for (SessionKey k : sessionKeys) out.add(k.render());
        out.addAll(sa.render());
        if (!transformSets.isEmpty()) out.add(" set transform-set " + String.join(" ", transformSets) + " ");
        if (pfs != null) out.add(" set pfs " + pfs.pfsKeyword());
        if (isakmpProfile != null) out.add(" set isakmp-profile " + isakmpProfile);
        if (ikev2Profile != null) out.add(" set ikev2-profile " + ikev2Profile);
        if (matchAcl != null) out.add(" match address " + matchAcl);
        if (reverseRoute) out.add(reverseRouteStatic ? " reverse-route static" : " reverse-route");
        return out;
    }
}
