package org.ikelab.cli.show.crypto;

import java.util.Set;

/**
 * Replies of {@code debug crypto isakmp|ipsec|ikev2}, their {@code no}/{@code undebug} forms,
 * {@code undebug all} and the crypto part of {@code show debug} (reference §5.1).
 */
public final class CryptoDebugMessages {
    private CryptoDebugMessages() {}

    /** The crypto debug switches. */
    public enum Flag {
        ISAKMP("Crypto ISAKMP debugging"),
        IPSEC("Crypto IPSEC debugging"),
        /** [recalled] wording. */
        IKEV2("IKEv2 default debugging");

        private final String text;

        Flag(String text) { this.text = text; }
    }

    /** {@code Crypto ISAKMP debugging is on} / {@code ... is off}, ended by a newline. */
    public static String toggled(Flag flag, boolean on) {
        return flag.text + " is " + (on ? "on" : "off") + "\n";
    }

    /** {@code undebug all} / {@code no debug all}. */
    public static String allOff() {
        return "All possible debugging has been turned off\n";
    }

    /**
     * The {@code Cryptographic Subsystem:} block of {@code show debug}, flags in declaration
     * order; nothing when no crypto debug is on.
     */
    public static String showDebug(Set<Flag> on) {
        if (on.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("Cryptographic Subsystem:\n");
        for (Flag f : Flag.values()) {
            if (on.contains(f)) sb.append("  ").append(f.text).append(" is on\n");
        }
        return sb.toString();
    }
}
