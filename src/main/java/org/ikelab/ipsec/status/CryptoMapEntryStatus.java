package org.ikelab.ipsec.status;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * One sequence entry of a crypto map as {@code show crypto map} prints it.
 *
 * @param seq                   {@code Crypto Map IPv4 "NAME" 10 ipsec-isakmp}: the sequence number
 * @param type                  the keyword after the sequence number
 * @param incomplete            no peer or no ACL: prints the {@code WARNING: This crypto map is in an
 *                              incomplete state!} pair of lines
 * @param dynamicTemplateTag    for {@code ipsec-isakmp dynamic DMAP}: {@code Dynamic map template tag: DMAP};
 *                              {@code null} otherwise. Such an entry prints no other body line.
 * @param profileName           tunnel-protection template entry: {@code Profile name: P}; {@code null} otherwise
 * @param profileInstance       tunnel-protection instance entry: {@code Map is a PROFILE INSTANCE.}
 * @param peers                 one {@code Peer = A} line each, in {@code set peer} order
 * @param aclName               {@code Extended IP access list TO-CRYPT}; {@code null} prints
 *                              {@code No matching address list set.} (an empty name is printed as is,
 *                              as IOS does for a VTI instance)
 * @param aclLines              the ACL's entries as IOS prints them in this block, e.g.
 *                              {@code access-list TO-CRYPT permit ip 172.16.1.0 0.0.0.255 172.17.1.0 0.0.0.255}
 * @param createdFromDynamicMap instance of a dynamic map: {@code DMAP/10} in
 *                              {@code dynamic (created from dynamic map DMAP/10)}; {@code null} otherwise
 * @param currentPeer           {@code Current peer: A} once an SA was negotiated; {@code null} before
 * @param lifetimeKilobytes     {@code Security association lifetime: 4608000 kilobytes/3600 seconds}
 * @param lifetimeSeconds       the seconds of that line
 * @param idleTimeSeconds       {@code Security association idletime: 900 seconds}; 0 = not set (line absent)
 * @param responderOnly         {@code Responder-Only (Y/N): N}
 * @param pfsGroup              {@code PFS (Y/N): Y} + {@code DH group:  group15}; 0 = {@code PFS (Y/N): N}
 * @param mixedMode             {@code Mixed-mode : Disabled} / {@code Enabled}
 * @param transformSets         the lines inside {@code Transform sets={ ... }}
 */
public record CryptoMapEntryStatus(
        int seq,
        Type type,
        boolean incomplete,
        String dynamicTemplateTag,
        String profileName,
        boolean profileInstance,
        List<InetAddress> peers,
        String aclName,
        List<String> aclLines,
        String createdFromDynamicMap,
        InetAddress currentPeer,
        long lifetimeKilobytes,
        long lifetimeSeconds,
        long idleTimeSeconds,
        boolean responderOnly,
        int pfsGroup,
        boolean mixedMode,
        List<TransformSetStatus> transformSets) {

    /** The entry type keyword of the title line. */
    public enum Type {
        IPSEC_ISAKMP("ipsec-isakmp"), IPSEC_MANUAL("ipsec-manual"), GDOI("gdoi");

        private final String keyword;

        Type(String keyword) { this.keyword = keyword; }

        /** The IOS keyword, as typed in {@code crypto map NAME SEQ <keyword>}. */
        public String keyword() { return keyword; }
    }

    public CryptoMapEntryStatus {
        Objects.requireNonNull(type, "type");
        peers = List.copyOf(peers);
        aclLines = List.copyOf(aclLines);
        transformSets = List.copyOf(transformSets);
    }
}
