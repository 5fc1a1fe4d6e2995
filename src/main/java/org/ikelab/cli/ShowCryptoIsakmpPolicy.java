package org.ikelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.IsakmpPolicy;

/**
 * {@code show crypto isakmp policy}: the configured suites under "Global IKE policy", or the eight
 * IOS 15 default suites under "Default IKE policy" when none is configured. Labels start at
 * column 8 and values at column 32 (IOS output as captured, written with spaces).
 */
public final class ShowCryptoIsakmpPolicy {
    private ShowCryptoIsakmpPolicy() {}

    public static List<String> lines(CryptoConfig config) {
        List<String> out = new ArrayList<>();
        out.add("");
        boolean user = !config.configuredIsakmpPolicies().isEmpty();
        if (user) {
            out.add("Global IKE policy");
            for (IsakmpPolicy p : config.configuredIsakmpPolicies()) suite(out, "Protection suite of priority ", p);
        } else if (config.isakmpGlobals().defaultPolicies()) {
            return defaultLines();
        } else {
            out.add("Global IKE policy");
        }
        return out;
    }

    /**
     * {@code show crypto isakmp default policy}: the IOS 15 default suites, shown even when user
     * policies hide them from {@code show crypto isakmp policy} (§4.19).
     */
    public static List<String> defaultLines() {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("Default IKE policy");
        for (IsakmpPolicy p : IsakmpPolicy.IOS_DEFAULT_POLICIES) suite(out, "Default protection suite of priority ", p);
        return out;
    }

    private static void suite(List<String> out, String title, IsakmpPolicy p) {
        out.add(title + p.priority());
        out.add(row("encryption algorithm:", p.encryption().showText()));
        out.add(row("hash algorithm:", p.hash().showText()));
        out.add(row("authentication method:", p.authentication().showText()));
        out.add(row("Diffie-Hellman group:", p.group().showText()));
        out.add(row("lifetime:", p.lifetimeSeconds() + " seconds, no volume limit"));
    }

    private static String row(String label, String value) {
        return String.format("        %-24s%s", label, value);
    }
}
