package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Running-config text of the crypto sections, reproducing IOSv 15.6/15.9 nvgen: object order,
 * indentation, trailing spaces and the runs of "!" lines IOS prints where (empty) subsystems sit.
 *
 * <p>The "!" layout between {@code redundancy} and the first interface was fitted to captured
 * IOSv running-configs (networklessons labs, 15.6 and 15.9): a fixed skeleton of separators, with
 * IKEv2 profiles, IPsec profiles, dynamic-map entries and crypto map entries each followed by
 * their own "!", and IKEv2 keyrings closing themselves with "!".
 */
final class CryptoRenderer {
    private CryptoRenderer() {}

    /**
     * PKI objects as IOSv 15.9 prints them after {@code multilink bundle-name authenticated}
     * (captured flexvpn PKI lab): one extra "!" ahead of the first object, then each server and
     * trustpoint followed by "!". Nothing at all without PKI objects.
     */
    static List<String> pki(CryptoConfig c) {
        List<String> out = new ArrayList<>();
        if (c.pkiServers.isEmpty() && c.trustpoints.isEmpty()) return out;
        out.add("!");
        for (PkiServer s : c.pkiServers.values()) {
            out.addAll(s.render());
            out.add("!");
        }
        for (PkiTrustpoint t : c.trustpoints.values()) {
            out.addAll(t.render());
            out.add("!");
        }
        return out;
    }

    static List<String> ikev2(CryptoConfig c) {
        List<String> out = new ArrayList<>();
        out.add("!");
        out.add("!");
        out.add("! ");
        for (IkeKeyring k : c.keyrings.values()) out.addAll(k.render());
        out.add("!");
        joined(c.ikev2Proposals.values().stream().map(Ikev2Proposal::render).toList(), out);
        defaultSlot(c.defaultIkev2Proposal, Ikev2Proposal.BUILTIN_DEFAULT, "crypto ikev2 proposal default",
                c.defaultIkev2Proposal == null ? null : c.defaultIkev2Proposal.render(), out);
        out.add("!");
        joined(c.ikev2Policies.values().stream().map(Ikev2Policy::render).toList(), out);
        defaultSlot(c.defaultIkev2Policy, Ikev2Policy.BUILTIN_DEFAULT, "crypto ikev2 policy default",
                c.defaultIkev2Policy == null ? null : c.defaultIkev2Policy.render(), out);
        out.add("!");
        for (Ikev2Keyring k : c.ikev2Keyrings.values()) out.addAll(k.render());
        out.add("!");
        for (Ikev2Profile p : c.ikev2Profiles.values()) {
            out.addAll(p.render());
            out.add("!");
        }
        return out;
    }

    static List<String> ikev1(CryptoConfig c) {
        List<String> out = new ArrayList<>();
        // Consecutive policies are separated by "!"; the last one runs straight into the keys.
        joined(c.isakmpPolicies.values().stream().map(IsakmpPolicy::render).toList(), out);
        for (IsakmpKey k : c.isakmpKeys) out.add(k.render());
        out.addAll(c.isakmpGlobals.render());
        for (IsakmpPeer p : c.isakmpPeers.values()) out.addAll(p.render());
        for (IsakmpProfile p : c.isakmpProfiles.values()) out.addAll(p.render());
        out.add("!");
        out.add("!");
        return out;
    }

    static List<String> ipsec(CryptoConfig c) {
        List<String> out = new ArrayList<>();
        out.addAll(c.ipsecGlobals.render());
        for (TransformSet t : c.transformSets.values()) out.addAll(t.render());
        defaultSlot(c.defaultTransformSet, TransformSet.BUILTIN_DEFAULT, "crypto ipsec transform-set default",
                c.defaultTransformSet == null ? null : c.defaultTransformSet.render(), out);
        out.add("!");
        for (IpsecProfile p : c.ipsecProfiles.values()) {
            out.addAll(p.render());
            out.add("!");
        }
        defaultSlot(c.defaultIpsecProfile, IpsecProfile.BUILTIN_DEFAULT, "crypto ipsec profile default",
                c.defaultIpsecProfile == null ? null : c.defaultIpsecProfile.render(), out);
        for (NavigableMap<Integer, CryptoMapEntry> map : c.dynamicMaps.values()) {
            for (CryptoMapEntry e : map.values()) {
                out.addAll(e.render());
                out.add("!");
            }
        }
        out.add("!");
        out.add("!");
        for (Map.Entry<String, NavigableMap<Integer, CryptoMapEntry>> map : c.cryptoMaps.entrySet()) {
            String local = c.mapLocalAddresses.get(map.getKey());
            if (local != null) out.add("crypto map " + map.getKey() + " local-address " + local);
            for (CryptoMapEntry e : map.getValue().values()) {
                out.addAll(e.render());
                out.add("!");
            }
        }
        for (int i = 0; i < 4; i++) out.add("!");
        return out;
    }

    /** Blocks separated by a "!" line (none after the last). */
    private static void joined(List<List<String>> blocks, List<String> out) {
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) out.add("!");
            out.addAll(blocks.get(i));
        }
    }

    /**
     * A smart-default object: nothing while it is the built-in, {@code no ...} once removed, its
     * block when the user changed it.
     */
    private static <T> void defaultSlot(T current, T builtin, String header, List<String> rendered, List<String> out) {
        if (current == null) {
            out.add("no " + header);
        } else if (!current.equals(builtin)) {
            out.addAll(rendered);
        }
    }
}
