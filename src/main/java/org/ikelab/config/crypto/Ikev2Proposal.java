package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code crypto ikev2 proposal NAME}: lists of algorithms, each in the order typed. */
public record Ikev2Proposal(String name, List<Ikev2Encryption> encryption, List<Ikev2Hash> integrity,
        List<DhGroup> groups, List<Ikev2Hash> prf) {
    public Ikev2Proposal {
        encryption = List.copyOf(encryption);
        integrity = List.copyOf(integrity);
        groups = List.copyOf(groups);
        prf = List.copyOf(prf);
    }

    /** The smart-default proposal of IOS 15.2-15.6 (the emulated IOSv 15.6). */
    public static final Ikev2Proposal BUILTIN_DEFAULT = new Ikev2Proposal("default",
            List.of(Ikev2Encryption.AES_CBC_256, Ikev2Encryption.AES_CBC_192, Ikev2Encryption.AES_CBC_128),
            List.of(Ikev2Hash.SHA512, Ikev2Hash.SHA384, Ikev2Hash.SHA256, Ikev2Hash.SHA1, Ikev2Hash.MD5),
            List.of(DhGroup.GROUP5, DhGroup.GROUP2), List.of());

    /** Text printed when entering the sub-mode of an incomplete proposal (IOS 15.5+ wording). */
    public static final List<String> INCOMPLETE_WARNING = List.of(
            "IKEv2 proposal MUST either have a set of an encryption algorithm other than aes-gcm, an integrity algorithm and a DH group configured or",
            " encryption algorithm aes-gcm, a prf algorithm and a DH group configured");

    public static Ikev2Proposal named(String name) {
        return new Ikev2Proposal(name, List.of(), List.of(), List.of(), List.of());
    }

    public Ikev2Proposal withEncryption(List<Ikev2Encryption> v) {
        return new Ikev2Proposal(name, v, integrity, groups, prf);
    }

    public Ikev2Proposal withIntegrity(List<Ikev2Hash> v) {
        return new Ikev2Proposal(name, encryption, v, groups, prf);
    }

    public Ikev2Proposal withGroups(List<DhGroup> v) {
        return new Ikev2Proposal(name, encryption, integrity, v, prf);
    }

    public Ikev2Proposal withPrf(List<Ikev2Hash> v) {
        return new Ikev2Proposal(name, encryption, integrity, groups, v);
    }

    /**
     * Usable for negotiation: a DH group and either a non-GCM cipher with integrity, or AES-GCM
     * with a PRF.
     */
    public boolean complete() {
        if (groups.isEmpty() || encryption.isEmpty()) return false;
        boolean hasCbc = encryption.stream().anyMatch(e -> !e.aead());
        boolean hasGcm = encryption.stream().anyMatch(Ikev2Encryption::aead);
        return (!hasCbc || !integrity.isEmpty()) && (!hasGcm || !prf.isEmpty() || !integrity.isEmpty());
    }

    /** Running-config block (header keeps one trailing space). */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto ikev2 proposal " + name + " ");
        if (!encryption.isEmpty()) out.add(" encryption " + join(encryption.stream().map(Ikev2Encryption::keyword).toList()));
        if (!integrity.isEmpty()) out.add(" integrity " + join(integrity.stream().map(Ikev2Hash::keyword).toList()));
        if (!prf.isEmpty()) out.add(" prf " + join(prf.stream().map(Ikev2Hash::keyword).toList()));
        if (!groups.isEmpty()) out.add(" group " + groups.stream().map(g -> String.valueOf(g.number())).collect(Collectors.joining(" ")));
        return out;
    }

    private static String join(List<String> words) {
        return String.join(" ", words);
    }
}
