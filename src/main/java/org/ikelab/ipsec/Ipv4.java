package org.ikelab.ipsec;

/**
 * The little IPv4 header handling ESP and AH need (RFC 791), as static accessors on a byte
 * array: reading the addresses and protocol, rewriting length/protocol/checksum in transport
 * mode, building the outer header in tunnel mode, and the immutable-field copy AH authenticates.
 * The router owns the full IPv4 view in {@code org.ikelab.wire}; this stays minimal on purpose.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version|  IHL  |Type of Service|          Total Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Identification        |Flags|      Fragment Offset    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Time to Live |    Protocol   |         Header Checksum       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       Source Address                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Destination Address                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class Ipv4 {
    public static final int VERSION_IHL = 0;
    public static final int TOS = 1;
    public static final int TOTAL_LENGTH = 2;
    public static final int IDENTIFICATION = 4;
    public static final int FLAGS_FRAGMENT = 6;
    public static final int TTL = 8;
    public static final int PROTOCOL = 9;
    public static final int CHECKSUM = 10;
    public static final int SOURCE = 12;
    public static final int DESTINATION = 16;
    public static final int MIN_HEADER = 20;
    public static final int MAX_HEADER = 60;
    public static final int DF = 0x4000;
    public static final int MF = 0x2000;
    public static final int PROTO_ICMP = 1;
    public static final int PROTO_IPIP = 4;
    public static final int PROTO_TCP = 6;
    public static final int PROTO_UDP = 17;
    /** TTL of the outer header IOS writes in tunnel mode. */
    public static final int OUTER_TTL = 255;

    private Ipv4() {
    }

    public static int version(byte[] b, int off) { return (b[off] & 0xFF) >>> 4; }

    public static int headerLength(byte[] b, int off) { return (b[off] & 0x0F) * 4; }

    public static int tos(byte[] b, int off) { return b[off + TOS] & 0xFF; }

    public static int totalLength(byte[] b, int off) { return u16(b, off + TOTAL_LENGTH); }

    public static int flagsFragment(byte[] b, int off) { return u16(b, off + FLAGS_FRAGMENT); }

    public static boolean isFragment(byte[] b, int off) {
        return (flagsFragment(b, off) & (MF | 0x1FFF)) != 0;
    }

    public static int protocol(byte[] b, int off) { return b[off + PROTOCOL] & 0xFF; }

    public static int source(byte[] b, int off) { return s32(b, off + SOURCE); }

    public static int destination(byte[] b, int off) { return s32(b, off + DESTINATION); }

    /**
     * True if {@code b[off, off+len)} starts with a plausible IPv4 header whose total length
     * fits: version 4, IHL 5..15, IHL <= total length <= len.
     */
    public static boolean plausible(byte[] b, int off, int len) {
        if (len < MIN_HEADER) return false;
        if (version(b, off) != 4) return false;
        int ihl = headerLength(b, off);
        if (ihl < MIN_HEADER || ihl > len) return false;
        int total = totalLength(b, off);
        return total >= ihl && total <= len;
    }

    /** Writes an option-less header and its checksum. */
    public static void write(byte[] b, int off, int tos, int totalLength, int id, int flagsFragment, int ttl, int protocol,
                             int source, int destination) {
        b[off] = 0x45;
        b[off + TOS] = (byte) tos;
        putU16(b, off + TOTAL_LENGTH, totalLength);
        putU16(b, off + IDENTIFICATION, id);
        putU16(b, off + FLAGS_FRAGMENT, flagsFragment);
        b[off + TTL] = (byte) ttl;
        b[off + PROTOCOL] = (byte) protocol;
        putS32(b, off + SOURCE, source);
        putS32(b, off + DESTINATION, destination);
        updateChecksum(b, off);
    }

    /** Rewrites protocol and total length (transport mode) and the checksum. */
    public static void rewrite(byte[] b, int off, int protocol, int totalLength) {
        b[off + PROTOCOL] = (byte) protocol;
        putU16(b, off + TOTAL_LENGTH, totalLength);
        updateChecksum(b, off);
    }

    public static void updateChecksum(byte[] b, int off) {
        b[off + CHECKSUM] = 0;
        b[off + CHECKSUM + 1] = 0;
        putU16(b, off + CHECKSUM, ~sum(b, off, headerLength(b, off), 0) & 0xFFFF);
    }

    public static boolean checksumValid(byte[] b, int off) {
        return (~sum(b, off, headerLength(b, off), 0) & 0xFFFF) == 0;
    }

    /**
     * Copies the header to {@code out} as AH authenticates it (RFC 4302 §3.3.3.1.1): TOS, flags
     * and fragment offset, TTL and checksum zeroed, and every option zeroed except the ones the
     * RFC lists as immutable (end of list, no-op, security, extended security, commercial
     * security, router alert, sender directed multi-destination delivery). Source-route options
     * are zeroed whole rather than predicted, the same on both ends of an ikelab tunnel.
     */
    public static int copyImmutable(byte[] b, int off, byte[] out) {
        int ihl = headerLength(b, off);
        System.arraycopy(b, off, out, 0, ihl);
        out[TOS] = 0;
        out[FLAGS_FRAGMENT] = 0;
        out[FLAGS_FRAGMENT + 1] = 0;
        out[TTL] = 0;
        out[CHECKSUM] = 0;
        out[CHECKSUM + 1] = 0;
        int i = MIN_HEADER;
        int guard = 0;
        while (i < ihl && guard++ < MAX_HEADER) {
            int type = out[i] & 0xFF;
            if (type == 0) break;              // end of option list: the rest is padding, already as sent
            if (type == 1) { i++; continue; }  // no-op
            if (i + 1 >= ihl) { java.util.Arrays.fill(out, i, ihl, (byte) 0); break; }
            int optLen = out[i + 1] & 0xFF;
            if (optLen < 2 || i + optLen > ihl) { java.util.Arrays.fill(out, i, ihl, (byte) 0); break; }
            boolean immutable = type == 130 || type == 133 || type == 134 || type == 148 || type == 149;
            if (!immutable) java.util.Arrays.fill(out, i, i + optLen, (byte) 0);
            i += optLen;
        }
        return ihl;
    }

    /** One's-complement sum of {@code len} bytes (odd length padded with zero), folded to 16 bits. */
    public static int sum(byte[] b, int off, int len, int initial) {
        long s = initial;
        int i = 0;
        for (; i + 1 < len; i += 2) s += ((b[off + i] & 0xFF) << 8) | (b[off + i + 1] & 0xFF);
        if (i < len) s += (b[off + i] & 0xFF) << 8;
        while ((s >>> 16) != 0) s = (s & 0xFFFF) + (s >>> 16);
        return (int) s;
    }

    public static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    public static void putU16(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 8);
        b[i + 1] = (byte) v;
    }

    public static int s32(byte[] b, int i) {
        return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    public static void putS32(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }

    /** Dotted-quad text of an address held in an int. */
    public static String format(int a) {
        return ((a >>> 24) & 0xFF) + "." + ((a >>> 16) & 0xFF) + "." + ((a >>> 8) & 0xFF) + "." + (a & 0xFF);
    }

    /** Parses a dotted quad; throws on bad syntax (for configuration and tests, not for packets). */
    public static int parse(String dotted) {
        String[] p = dotted.trim().split("\\.");
        if (p.length != 4) throw new IllegalArgumentException("not an IPv4 address: " + dotted);
        int a = 0;
        for (String s : p) {
            int v = Integer.parseInt(s);
            if (v < 0 || v > 255) throw new IllegalArgumentException("not an IPv4 address: " + dotted);
            a = (a << 8) | v;
        }
        return a;
    }
}
