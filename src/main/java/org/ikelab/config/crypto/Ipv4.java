package org.ikelab.config.crypto;

import java.util.Optional;

/** An IPv4 address or mask as typed in a crypto command, kept as its 32-bit value. */
public record Ipv4(int bits) implements Comparable<Ipv4> {
    public static final Ipv4 ANY = new Ipv4(0);
    public static final Ipv4 HOST_MASK = new Ipv4(-1);

    /** Parses strict dotted-quad text ("10.1.1.2"); anything else is empty (never a DNS name). */
    public static Optional<Ipv4> parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) return Optional.empty();
        int v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) return Optional.empty();
            int octet = Integer.parseInt(p);
            if (octet > 255) return Optional.empty();
            v = (v << 8) | octet;
        }
        return Optional.of(new Ipv4(v));
    }

    /** Parses text the grammar already checked to be an address. */
    public static Ipv4 of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an IPv4 address: " + text));
    }

    /** True when this value is a contiguous netmask (ones then zeros). */
    public boolean isContiguousMask() {
        int inverted = ~bits;
        return (inverted & (inverted + 1)) == 0;
    }

    /** Number of leading one bits, meaningful for contiguous masks. */
    public int prefixLength() {
        return Integer.bitCount(bits);
    }

    /** True when {@code address} falls in the network this address forms with {@code mask}. */
    public boolean covers(Ipv4 mask, Ipv4 address) {
        return (bits & mask.bits) == (address.bits & mask.bits);
    }

    @Override
    public int compareTo(Ipv4 o) {
        return Integer.compareUnsigned(bits, o.bits);
    }

    @Override
    public String toString() {
        return ((bits >>> 24) & 0xff) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
    }
}
