package org.ikelab.wire;

/** A network prefix: address bits below the length are always zero. */
public record Ipv4Prefix(int network, int length) implements Comparable<Ipv4Prefix> {
    public Ipv4Prefix {
        if (length < 0 || length > 32) throw new IllegalArgumentException("prefix length " + length);
        network &= Ipv4Address.mask(length);
    }

    public static Ipv4Prefix of(Ipv4Address a, int length) {
        return new Ipv4Prefix(a.bits(), length);
    }

    /** Parses {@code a.b.c.d/len}. */
    public static Ipv4Prefix parse(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) throw new IllegalArgumentException("not a prefix: " + s);
        return new Ipv4Prefix(Ipv4Address.parse(s.substring(0, slash)).bits(), Integer.parseInt(s.substring(slash + 1)));
    }

    public int mask() {
        return Ipv4Address.mask(length);
    }

    public boolean contains(int address) {
        return (address & mask()) == network;
    }

    public Ipv4Address address() {
        return new Ipv4Address(network);
    }

    @Override
    public int compareTo(Ipv4Prefix o) {
        int c = Integer.compareUnsigned(network, o.network);
        return c != 0 ? c : Integer.compare(length, o.length);
    }

    @Override
    public String toString() {
        return Ipv4Address.format(network) + "/" + length;
    }
}
