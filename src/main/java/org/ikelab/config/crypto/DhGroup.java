package org.ikelab.config.crypto;

import java.util.Optional;

/** Diffie-Hellman groups IOS 15 accepts in isakmp policies, IKEv2 proposals and {@code set pfs}. */
public enum DhGroup {
    GROUP1(1, "768 bit"),
    GROUP2(2, "1024 bit"),
    GROUP5(5, "1536 bit"),
    GROUP14(14, "2048 bit"),
    GROUP15(15, "3072 bit"),
    GROUP16(16, "4096 bit"),
    GROUP19(19, "256 bit ecp"),
    GROUP20(20, "384 bit ecp"),
    GROUP21(21, "521 bit ecp"),
    GROUP24(24, "2048 bit, 256 bit subgroup");

    private final int number;
    private final String size;

    DhGroup(int number, String size) {
        this.number = number;
        this.size = size;
    }

    /** IANA/IOS group number (also the IKE transform id). */
    public int number() {
        return number;
    }

    /** {@code show crypto isakmp policy} text, e.g. {@code #2 (1024 bit)}. */
    public String showText() {
        return "#" + number + " (" + size + ")";
    }

    /** Help text of the {@code group ?} list, e.g. {@code Diffie-Hellman group 2 (1024 bit)}. */
    public String helpText() {
        return "Diffie-Hellman group " + number + " (" + size + ")";
    }

    /** Keyword used by {@code set pfs}, e.g. {@code group14}. */
    public String pfsKeyword() {
        return "group" + number;
    }

    public static Optional<DhGroup> ofNumber(int n) {
        for (DhGroup g : values()) if (g.number == n) return Optional.of(g);
        return Optional.empty();
    }
}
