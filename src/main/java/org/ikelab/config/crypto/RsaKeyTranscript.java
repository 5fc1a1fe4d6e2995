package org.ikelab.config.crypto;

import java.util.List;
import java.util.Optional;

/** The text IOS prints around {@code crypto key generate|zeroize rsa} (reference §2.9). */
public final class RsaKeyTranscript {
    private RsaKeyTranscript() {}

    public static final String MODULUS_QUESTION = "How many bits in the modulus [512]: ";
    public static final String ZEROIZE_QUESTION = "Do you really want to remove these keys? [yes/no]: ";
    /** {@code crypto key zeroize rsa} with nothing to remove (recalled wording). */
    public static final String NO_KEYS = "% No Signature RSA Keys found in configuration.";
    public static final String REPLACE_QUESTION = "% Do you really want to replace them? [yes/no]: ";

    /** Without a label the key needs a hostname other than Router and a domain name. */
    public static Optional<String> nameError(String hostname, String domainName, String label) {
        if (label != null) return Optional.empty();
        if (hostname == null || hostname.equals("Router")) return Optional.of("% Please define a hostname other than Router.");
        if (domainName == null) return Optional.of("% Please define a domain-name first.");
        return Optional.empty();
    }

    /** The label, or {@code hostname.domain}. */
    public static String keyName(String hostname, String domainName, String label) {
        return label != null ? label : hostname + "." + domainName;
    }

    public static String nameLine(String name) {
        return "The name for the keys will be: " + name;
    }

    /** Printed before a modulus given on the command line. */
    public static List<String> modulusGiven(int bits) {
        return List.of("", "% The key modulus size is " + bits + " bits");
    }

    /** Printed before the modulus question ({@code purpose}: "General Purpose", "Signature", "Encryption"). */
    public static List<String> chooseModulus(String purpose) {
        return List.of("Choose the size of the key modulus in the range of 360 to 4096 for your",
                "  " + purpose + " Keys. Choosing a key modulus greater than 512 may take",
                "  a few minutes.", "");
    }

    public static List<String> generated(int bits, boolean exportable, long elapsedSeconds) {
        return List.of("% Generating " + bits + " bit RSA keys, keys will be "
                        + (exportable ? "exportable..." : "non-exportable..."),
                "[OK] (elapsed time was " + elapsedSeconds + " seconds)");
    }

    /** IOS's answer to a modulus outside 360-4096 (recalled wording); the question is asked again. */
    public static String badModulus() {
        return "% You must choose a number between 360 and 4096.";
    }

    public static List<String> alreadyDefined(String name) {
        return List.of("% You already have RSA keys defined named " + name + ".");
    }

    /** The warning before {@link #ZEROIZE_QUESTION}: all keys, or the ones named {@code label}. */
    public static List<String> zeroizeWarning(String label) {
        return List.of(label == null ? "% All keys will be removed." : "% Keys to be removed are named '" + label + "'.",
                "% All router certs issued using these keys will also be removed.");
    }
}
