package org.ikelab.wire;

/**
 * An IPv4 address as a value. The data plane works on plain {@code int}s (network byte order
 * read as big-endian); this record is for APIs and display.
 */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {
    public static final Ipv4Address ANY = new Ipv4Address(0);
    public static final Ipv4Address BROADCAST = new Ipv4Address(-1);

    /** Parses dotted-quad text; returns null when it is not exactly four numbers 0..255. */
    public static Ipv4Address parseOrNull(String s) {
        if (s == null) return null;
        String[] p = s.split("\\.", -1);
        if (p.length != 4) return null;
        int v = 0;
        for (String part : p) {
            if (part.isEmpty() || part.length() > 3) return null;
            int n = 0;
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c < '0' || c > '9') return null;
                n = n * 10 + (c - '0');
            }
            if (n > 255) return null;
            v = (v << 8) | n;
        }
        return new Ipv4Address(v);
    }

    /** Parses dotted-quad text; throws {@link IllegalArgumentException} on anything else (for trusted input). */
    public static Ipv4Address parse(String s) {
        Ipv4Address a = parseOrNull(s);
        if (a == null) throw new IllegalArgumentException("not an IPv4 address: " + s);
        return a;
    }

    public static Ipv4Address of(int bits) {
        return new Ipv4Address(bits);
    }

    public static String format(int a) {
        return (a >>> 24) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff);
    }

    /** The netmask of a prefix length 0..32. */
    public static int mask(int prefixLength) {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    /** The prefix length of a contiguous netmask, or -1 when the mask has holes. */
    public static int prefixLength(int mask) {
        int len = Integer.bitCount(mask);
        return mask(len) == mask ? len : -1;
    }

    @Override
    public int compareTo(Ipv4Address o) {
        return Integer.compareUnsigned(bits, o.bits);
    }

    @Override
    public String toString() {
        return format(bits);
    }
}
