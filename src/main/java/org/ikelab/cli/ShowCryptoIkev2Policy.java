package org.ikelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.Ikev2Policy;
import org.ikelab.config.crypto.Ipv4;

/**
 * {@code show crypto ikev2 policy [NAME]} in the captured IOS 15 layout: the smart default
 * ({@code Match fvrf : any}) and user policies ({@code Match fvrf  : global} unless matched),
 * separated by a blank line.
 */
public final class ShowCryptoIkev2Policy {
    private ShowCryptoIkev2Policy() {}

    public static List<String> lines(CryptoConfig config) {
        List<String> out = new ArrayList<>();
        for (Ikev2Policy p : config.ikev2PoliciesInOrderForShow()) {
            if (!out.isEmpty()) out.add("");
            block(out, p);
        }
        return out;
    }

    public static List<String> lines(CryptoConfig config, String name) {
        List<String> out = new ArrayList<>();
        config.ikev2PoliciesInOrderForShow().stream().filter(p -> p.name().equals(name)).forEach(p -> block(out, p));
        return out;
    }

    private static void block(List<String> out, Ikev2Policy p) {
        out.add(" IKEv2 policy : " + p.name());
        if (p.name().equals("default")) {
            out.add("      Match fvrf : any");
        } else {
            out.add("      Match fvrf  : " + (p.matchFvrf().isEmpty() ? "global" : String.join(" ", p.matchFvrf())));
        }
        out.add("      Match address local : " + (p.matchAddressLocal().isEmpty() ? "any"
                : String.join(" ", p.matchAddressLocal().stream().map(Ipv4::toString).toList())));
        for (String prop : p.proposals()) out.add("      Proposal    : " + prop);
    }
}
