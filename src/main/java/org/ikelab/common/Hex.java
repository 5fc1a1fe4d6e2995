package org.ikelab.common;

import java.util.HexFormat;

/** Hex conversions used in debug output, key logs and test vectors. */
public final class Hex {
    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {
    }

    public static String encode(byte[] b) {
        return LOWER.formatHex(b);
    }

    public static String encode(byte[] b, int off, int len) {
        return LOWER.formatHex(b, off, off + len);
    }

    /** Decodes hex, ignoring white space and an optional {@code 0x} prefix (convenient for RFC vectors). */
    public static byte[] decode(String s) {
        String t = s.replaceAll("\\s+", "");
        if (t.startsWith("0x") || t.startsWith("0X")) t = t.substring(2);
        return LOWER.parseHex(t);
    }
}
