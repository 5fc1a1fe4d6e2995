package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/** The text IOS prints for {@code crypto key generate rsa} (captured IOS 15 transcripts). */
public final class RsaKeyTranscript {
    private RsaKeyTranscript() {}

    /**
     * Lines printed for a generation request. Without {@code modulus} IOS asks for the size; the
     * question is printed with its default ({@value RsaKeyPair#DEFAULT_MODULUS}) as if the user
     * pressed Enter, since the size question is answered by the console, not the config model.
     */
    public static List<String> generate(String name, Integer modulus, boolean exportable, boolean usageKeys) {
        List<String> out = new ArrayList<>();
        out.add("The name for the keys will be: " + name);
        int bits;
        if (modulus != null) {
            bits = modulus;
            out.add("");
            out.add("% The key modulus size is " + bits + " bits");
        } else {
            bits = RsaKeyPair.DEFAULT_MODULUS;
            out.add("Choose the size of the key modulus in the range of 360 to 4096 for your");
            out.add("  " + (usageKeys ? "Signature Keys" : "General Purpose Keys")
                    + ". Choosing a key modulus greater than 512 may take");
            out.add("  a few minutes.");
            out.add("");
            out.add("How many bits in the modulus [512]: ");
        }
        String generating = "% Generating " + bits + " bit RSA keys, keys will be "
                + (exportable ? "exportable..." : "non-exportable...");
        int pairs = usageKeys ? 2 : 1;
        for (int i = 0; i < pairs; i++) {
            out.add(generating);
            out.add("[OK] (elapsed time was 1 seconds)");
        }
        if (modulus != null) out.add("");
        return out;
    }
}
