package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/** {@code crypto ikev2 policy NAME}: proposals to offer, selected by local address / fVRF. */
public record Ikev2Policy(String name, List<String> proposals, List<String> matchFvrf, List<Ipv4> matchAddressLocal) {
    public Ikev2Policy {
        proposals = List.copyOf(proposals);
        matchFvrf = List.copyOf(matchFvrf);
        matchAddressLocal = List.copyOf(matchAddressLocal);
    }

    /** The smart-default policy: the {@code default} proposal, any local address. */
    public static final Ikev2Policy BUILTIN_DEFAULT =
            new Ikev2Policy("default", List.of("default"), List.of("any"), List.of());

    public static final List<String> INCOMPLETE_WARNING =
            List.of("IKEv2 policy MUST have atleast one complete proposal attached");

    public static Ikev2Policy named(String name) {
        return new Ikev2Policy(name, List.of(), List.of(), List.of());
    }

    public Ikev2Policy withProposals(List<String> v) {
        return new Ikev2Policy(name, v, matchFvrf, matchAddressLocal);
    }

    public Ikev2Policy withMatchFvrf(List<String> v) {
        return new Ikev2Policy(name, proposals, v, matchAddressLocal);
    }

    public Ikev2Policy withMatchAddressLocal(List<Ipv4> v) {
        return new Ikev2Policy(name, proposals, matchFvrf, v);
    }

    /** True when the policy applies to IKE traffic on {@code local} (no address match = any). */
    public boolean matchesLocal(Ipv4 local) {
        return matchAddressLocal.isEmpty() || matchAddressLocal.contains(local);
    }

    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto ikev2 policy " + name + " ");
        for (String p : proposals) out.add(" proposal " + p);
        for (String v : matchFvrf) if (!v.equals("any")) out.add(" match fvrf " + v);
        for (Ipv4 a : matchAddressLocal) out.add(" match address local " + a);
        return out;
    }
}
