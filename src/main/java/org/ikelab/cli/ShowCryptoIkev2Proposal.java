package org.ikelab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.DhGroup;
import org.ikelab.config.crypto.Ikev2Hash;
import org.ikelab.config.crypto.Ikev2Proposal;

/**
 * {@code show crypto ikev2 proposal [NAME]}: the smart default first (unless removed), then the
 * user proposals; title with a leading and a trailing space, attributes indented five spaces.
 * Without a {@code prf} the PRF line lists the algorithms of the integrity list.
 */
public final class ShowCryptoIkev2Proposal {
    private ShowCryptoIkev2Proposal() {}

    public static List<String> lines(CryptoConfig config) {
        List<Ikev2Proposal> all = new ArrayList<>();
        config.ikev2Proposal("default").ifPresent(all::add);
        all.addAll(config.ikev2Proposals());
        List<String> out = new ArrayList<>();
        for (Ikev2Proposal p : all) block(out, p);
        return out;
    }

    public static List<String> lines(CryptoConfig config, String name) {
        List<String> out = new ArrayList<>();
        config.ikev2Proposal(name).ifPresent(p -> block(out, p));
        return out;
    }

    private static void block(List<String> out, Ikev2Proposal p) {
        out.add(" IKEv2 proposal: " + p.name() + " ");
        out.add("     Encryption : " + p.encryption().stream().map(e -> e.keyword().toUpperCase()).collect(Collectors.joining(" ")));
        out.add("     Integrity  : " + p.integrity().stream().map(ShowCryptoIkev2Proposal::integrity).collect(Collectors.joining(" ")));
        List<Ikev2Hash> prf = p.prf().isEmpty() ? p.integrity() : p.prf();
        out.add("     PRF        : " + prf.stream().map(h -> h.keyword().toUpperCase()).collect(Collectors.joining(" ")));
        out.add("     DH Group   : " + p.groups().stream().map(ShowCryptoIkev2Proposal::group).collect(Collectors.joining(" ")));
    }

    /** Integrity names as IOS prints them: the truncated HMACs keep their IKEv1-era names. */
    private static String integrity(Ikev2Hash h) {
        return switch (h) {
            case MD5 -> "MD596";
            case SHA1 -> "SHA96";
            default -> h.keyword().toUpperCase();
        };
    }

    static String group(DhGroup g) {
        String kind = switch (g) {
            case GROUP19 -> "256_ECP";
            case GROUP20 -> "384_ECP";
            case GROUP21 -> "521_ECP";
            case GROUP24 -> "2048_256_MODP";
            case GROUP1 -> "768_MODP";
            case GROUP2 -> "1024_MODP";
            case GROUP5 -> "1536_MODP";
            case GROUP14 -> "2048_MODP";
            case GROUP15 -> "3072_MODP";
            case GROUP16 -> "4096_MODP";
        };
        return "DH_GROUP_" + kind + "/Group " + g.number();
    }
}
