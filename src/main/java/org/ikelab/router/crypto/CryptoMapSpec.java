package org.ikelab.router.crypto;

import java.util.List;
import org.ikelab.ike.ChildTransform;
import org.ikelab.ipsec.SaConfig;
import org.ikelab.ipsec.Selector;
import org.ikelab.ipsec.status.TransformSetStatus;

/**
 * One crypto map as the engine runs it, compiled from the config.
 *
 * @param name         the map name
 * @param entries      the entries in ascending sequence order
 * @param localAddressInterface {@code crypto map NAME local-address IF}, or null
 */
public record CryptoMapSpec(String name, List<Entry> entries, String localAddressInterface) {
    public CryptoMapSpec {
        entries = List.copyOf(entries);
    }

    /** The kind of an entry. */
    public enum Kind { ISAKMP, MANUAL, DYNAMIC }

    /**
     * One sequence entry. For a dynamic-map binding ({@code ipsec-isakmp dynamic DYN}) the fields
     * describe the dynamic map's entries flattened: {@code dynamicEntries} holds them.
     *
     * @param peers          {@code set peer} addresses in order (backups after the first)
     * @param aclName        {@code match address}; null when absent
     * @param lines          the ACL's permit and deny lines, in order, our traffic as source
     * @param transforms     the transform sets, one {@link ChildTransform} each, in {@code set transform-set} order
     * @param transformSets  the same sets for {@code show crypto map}
     * @param pfsGroup       {@code set pfs}, 0 = off
     * @param lifetimeSeconds effective IPsec SA lifetime
     * @param lifetimeKilobytes effective IPsec SA volume lifetime
     * @param reverseRoute   {@code reverse-route}
     * @param manualInbound  {@code ipsec-manual}: the inbound SAs from {@code set session-key} (ESP, AH)
     * @param manualOutbound {@code ipsec-manual}: the outbound SAs
     * @param dynamicMap     the dynamic map name of a dynamic binding, else null
     * @param dynamicEntries the dynamic map's entries (kind ISAKMP, no peers), for a dynamic binding
     * @param isakmpProfile  {@code set isakmp-profile}: the profile used toward the peers, else null
     * @param reverseRouteStatic {@code reverse-route static}: the route stays while the entry exists
     * @param idleTimeSeconds {@code set security-association idle-time}: SAs without traffic go, 0 = off
     * @param perHost        {@code set security-association level per-host}: one SA pair per host pair
     */
    public record Entry(int seq, Kind kind, List<java.net.InetAddress> peers, String aclName, List<AclLine> lines,
            List<ChildTransform> transforms, List<TransformSetStatus> transformSets, int pfsGroup,
            long lifetimeSeconds, long lifetimeKilobytes, boolean reverseRoute, List<SaConfig> manualInbound,
            List<SaConfig> manualOutbound, String dynamicMap, List<Entry> dynamicEntries, String isakmpProfile,
            boolean reverseRouteStatic, long idleTimeSeconds, boolean perHost) {
        /** An entry without profile, idle time or per-host level. */
        public Entry(int seq, Kind kind, List<java.net.InetAddress> peers, String aclName, List<AclLine> lines,
                List<ChildTransform> transforms, List<TransformSetStatus> transformSets, int pfsGroup,
                long lifetimeSeconds, long lifetimeKilobytes, boolean reverseRoute, List<SaConfig> manualInbound,
                List<SaConfig> manualOutbound, String dynamicMap, List<Entry> dynamicEntries) {
            this(seq, kind, peers, aclName, lines, transforms, transformSets, pfsGroup, lifetimeSeconds, lifetimeKilobytes,
                    reverseRoute, manualInbound, manualOutbound, dynamicMap, dynamicEntries, null, false, 0, false);
        }

        public Entry {
            peers = List.copyOf(peers);
            lines = List.copyOf(lines);
            transforms = List.copyOf(transforms);
            transformSets = List.copyOf(transformSets);
            manualInbound = List.copyOf(manualInbound);
            manualOutbound = List.copyOf(manualOutbound);
            dynamicEntries = List.copyOf(dynamicEntries);
        }

        /** Complete enough to act: IOS keeps an entry without peer or ACL inactive. */
        public boolean complete() {
            return switch (kind) {
                case ISAKMP -> !peers.isEmpty() && aclName != null && !lines.isEmpty() && !transforms.isEmpty();
                case MANUAL -> !peers.isEmpty() && aclName != null && !lines.isEmpty() && !manualOutbound.isEmpty();
                case DYNAMIC -> !dynamicEntries.isEmpty();
            };
        }
    }

    /**
     * One crypto ACL line: {@code selector} has our side as source.
     *
     * @param text the line as {@code show crypto map} prints it ({@code access-list 100 permit ip ...})
     */
    public record AclLine(boolean permit, Selector selector, String text) {
    }
}
