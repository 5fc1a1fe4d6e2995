package org.ikelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.IpsecProfile;

/**
 * {@code show crypto ipsec profile [NAME]}: TAB-indented blocks as captured on IOS 15, the smart
 * default profile first, each followed by a blank line.
 */
public final class ShowCryptoIpsecProfile {
    private ShowCryptoIpsecProfile() {}

    public static List<String> lines(CryptoConfig config) {
        List<IpsecProfile> profiles = new ArrayList<>();
        config.ipsecProfile("default").ifPresent(profiles::add);
        profiles.addAll(config.ipsecProfiles());
        List<String> out = new ArrayList<>();
        for (IpsecProfile p : profiles) block(out, config, p);
        return out;
    }

    /** One named profile; nothing when it does not exist. */
    public static List<String> lines(CryptoConfig config, String name) {
        List<String> out = new ArrayList<>();
        config.ipsecProfile(name).ifPresent(p -> block(out, config, p));
        return out;
    }

    private static void block(List<String> out, CryptoConfig config, IpsecProfile p) {
        out.add("IPSEC profile " + p.name());
        if (p.isakmpProfile() != null) out.add("\tISAKMP Profile: " + p.isakmpProfile());
        if (p.ikev2Profile() != null) out.add("\tIKEv2 Profile: " + p.ikev2Profile());
        out.add("\tSecurity association lifetime: " + p.sa().effectiveKilobytes(config.ipsecGlobals()) + " kilobytes/"
                + p.sa().effectiveSeconds(config.ipsecGlobals()) + " seconds");
        int idle = p.sa().idleTimeSeconds() > 0 ? p.sa().idleTimeSeconds() : config.ipsecGlobals().idleTimeSeconds();
        if (idle > 0) out.add("\tSecurity association idletime: " + idle + " seconds");
        out.add("\tResponder-Only (Y/N): " + (p.responderOnly() ? "Y" : "N"));
        out.add("\tPFS (Y/N): " + (p.pfs() != null ? "Y" : "N"));
        if (p.pfs() != null) out.add("\tDH group:  " + p.pfs().pfsKeyword());
        out.add("\tMixed-mode : Disabled");
        out.add("\tTransform sets={");
        for (String name : p.transformSets()) {
            config.transformSet(name).ifPresent(t -> out.add("\t\t" + name + ":  " + ShowCryptoTransforms.inline(t) + " ,"));
        }
        out.add("\t}");
        out.add("");
    }
}
