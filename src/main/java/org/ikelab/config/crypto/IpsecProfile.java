package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code crypto ipsec profile NAME}, used by {@code tunnel protection}.
 *
 * @param pfs null when {@code set pfs} is not configured
 */
public record IpsecProfile(String name, String description, List<String> transformSets, DhGroup pfs,
        SaOverrides sa, String isakmpProfile, String ikev2Profile, boolean responderOnly) {
    public IpsecProfile {
        transformSets = List.copyOf(transformSets);
    }

    /** The IOS 15.2(4)M+ smart-default profile: transform set {@code default}, nothing else. */
    public static final IpsecProfile BUILTIN_DEFAULT =
            new IpsecProfile("default", null, List.of("default"), null, SaOverrides.NONE, null, null, false);

    public static IpsecProfile named(String name) {
        return new IpsecProfile(name, null, List.of(), null, SaOverrides.NONE, null, null, false);
    }

    public IpsecProfile withDescription(String v) {
        return new IpsecProfile(name, v, transformSets, pfs, sa, isakmpProfile, ikev2Profile, responderOnly);
    }

    public IpsecProfile withTransformSets(List<String> v) {
        return new IpsecProfile(name, description, v, pfs, sa, isakmpProfile, ikev2Profile, responderOnly);
    }

    public IpsecProfile withPfs(DhGroup v) {
        return new IpsecProfile(name, description, transformSets, v, sa, isakmpProfile, ikev2Profile, responderOnly);
    }

    public IpsecProfile withSa(SaOverrides v) {
        return new IpsecProfile(name, description, transformSets, pfs, v, isakmpProfile, ikev2Profile, responderOnly);
    }

    public IpsecProfile withIsakmpProfile(String v) {
        return new IpsecProfile(name, description, transformSets, pfs, sa, v, ikev2Profile, responderOnly);
    }

    public IpsecProfile withIkev2Profile(String v) {
        return new IpsecProfile(name, description, transformSets, pfs, sa, isakmpProfile, v, responderOnly);
    }

    public IpsecProfile withResponderOnly(boolean v) {
        return new IpsecProfile(name, description, transformSets, pfs, sa, isakmpProfile, ikev2Profile, v);
    }

    /**
     * Running-config block. For the built-in {@code default} profile the built-in transform set
     * line is hidden (IOS prints only what differs from the smart default).
     */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto ipsec profile " + name);
        if (description != null) out.add(" description " + description);
        out.addAll(sa.render());
        boolean hiddenDefaultSet = name.equals("default") && transformSets.equals(BUILTIN_DEFAULT.transformSets);
        if (!transformSets.isEmpty() && !hiddenDefaultSet) out.add(" set transform-set " + String.join(" ", transformSets) + " ");
        if (pfs != null) out.add(" set pfs " + pfs.pfsKeyword());
        if (isakmpProfile != null) out.add(" set isakmp-profile " + isakmpProfile);
        if (ikev2Profile != null) out.add(" set ikev2-profile " + ikev2Profile);
        if (responderOnly) out.add(" responder-only");
        return out;
    }
}
