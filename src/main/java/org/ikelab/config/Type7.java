package org.ikelab.config;

/**
 * Cisco's type 7 password "encryption": a reversible XOR with a fixed string, starting at an
 * offset the first two digits give. It hides passwords from a glance at the screen, nothing more,
 * so it is a configuration format here and not part of the crypto layer.
 */
public final class Type7 {
    private Type7() {}

    private static final String XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";

    public static String encode(String clear, int offset) {
        int seed = Math.floorMod(offset, 16);
        StringBuilder sb = new StringBuilder(String.format("%02d", seed));
        for (int i = 0; i < clear.length(); i++) {
            int x = clear.charAt(i) ^ XLAT.charAt((seed + i) % XLAT.length());
            sb.append(String.format("%02X", x & 0xFF));
        }
        return sb.toString();
    }

    /** The clear text of a type 7 string, or null if it is malformed. */
    public static String decode(String enc) {
        if (enc.length() < 2 || enc.length() % 2 != 0) return null;
        try {
            int seed = Integer.parseInt(enc.substring(0, 2));
            StringBuilder sb = new StringBuilder();
            for (int i = 2; i < enc.length(); i += 2) {
                int b = Integer.parseInt(enc.substring(i, i + 2), 16);
                sb.append((char) (b ^ XLAT.charAt((seed + (i - 2) / 2) % XLAT.length())));
            }
            return sb.toString();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
