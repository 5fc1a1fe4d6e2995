package org.ikelab.config;

/** Dotted-quad helpers for configuration values (not packets: those are in the wire layer). */
public final class Ipv4 {
    private Ipv4() {}

    /** The 32-bit value of a dotted quad, or -1 if it is not one. */
    public static long parse(String s) {
        String[] p = s.split("\\.", -1);
        if (p.length != 4) return -1;
        long v = 0;
        for (String part : p) {
            if (part.isEmpty() || part.length() > 3) return -1;
            for (int i = 0; i < part.length(); i++) if (!Character.isDigit(part.charAt(i))) return -1;
            int b = Integer.parseInt(part);
            if (b > 255) return -1;
            v = (v << 8) | b;
        }
        return v;
    }

    public static String format(long v) {
        return ((v >>> 24) & 255) + "." + ((v >>> 16) & 255) + "." + ((v >>> 8) & 255) + "." + (v & 255);
    }

    /** True for a netmask: ones then zeros. */
    public static boolean isMask(long m) {
        long inv = ~m & 0xFFFFFFFFL;
        return (inv & (inv + 1)) == 0;
    }

    public static int prefixLength(long m) {
        return Long.bitCount(m & 0xFFFFFFFFL);
    }

    /** The address with the wildcard's bits cleared, as IOS stores ACL and route entries. */
    public static String clearBits(String address, String wildcard) {
        return format(parse(address) & ~parse(wildcard) & 0xFFFFFFFFL);
    }
}
