package org.ikelab.ipsec;

import org.ikelab.wire.Checksum;
import org.ikelab.wire.ipv4.IpProtocol;
import org.ikelab.wire.ipv4.Ipv4Packet;

/**
 * The little IPv4 header handling ESP and AH need (RFC 791), as static accessors on a byte
 * array: reading the addresses and protocol, rewriting length/protocol/checksum in transport
 * mode, building the outer header in tunnel mode, and the immutable-field copy AH authenticates.
 * The field offsets and flags are those of the wire layer's view ({@link Ipv4Packet}, with the
 * RFC diagram); this class keeps byte-array access because ESP and AH work in place on the
 * packet's array and must not allocate a buffer view per packet.
 */
public final class Ipv4 {
    public static final int TOS = Ipv4Packet.TOS;
    public static final int TOTAL_LENGTH = Ipv4Packet.TOTAL_LENGTH;
    public static final int TTL = Ipv4Packet.TTL;
    public static final int SOURCE = Ipv4Packet.SRC;
    public static final int MIN_HEADER = Ipv4Packet.MIN_HEADER_LEN;
    /** IHL is four bits of 32-bit words. */
    public static final int MAX_HEADER = 60;
    public static final int DF = Ipv4Packet.FLAG_DF;
    public static final int PROTO_ICMP = IpProtocol.ICMP;
    public static final int PROTO_IPIP = 4;
    public static final int PROTO_TCP = IpProtocol.TCP;
    public static final int PROTO_UDP = IpProtocol.UDP;
    /** TTL of the outer header IOS writes in tunnel mode. */
    public static final int OUTER_TTL = 255;

    private Ipv4() {
    }

    public static int version(byte[] b, int off) { return (b[off] & 0xFF) >>> 4; }

    public static int headerLength(byte[] b, int off) { return (b[off] & 0x0F) * 4; }

    public static int tos(byte[] b, int off) { return b[off + TOS] & 0xFF; }

    public static int totalLength(byte[] b, int off) { return u16(b, off + TOTAL_LENGTH); }

    public static int flagsFragment(byte[] b, int off) { return u16(b, off + Ipv4Packet.FLAGS_FRAG); }

    public static boolean isFragment(byte[] b, int off) {
        return (flagsFragment(b, off) & (Ipv4Packet.FLAG_MF | Ipv4Packet.FRAG_OFFSET_MASK)) != 0;
    }

    public static int protocol(byte[] b, int off) { return b[off + Ipv4Packet.PROTOCOL] & 0xFF; }

    public static int source(byte[] b, int off) { return s32(b, off + SOURCE); }

    public static int destination(byte[] b, int off) { return s32(b, off + Ipv4Packet.DST); }

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
        putU16(b, off + Ipv4Packet.IDENT, id);
        putU16(b, off + Ipv4Packet.FLAGS_FRAG, flagsFragment);
        b[off + TTL] = (byte) ttl;
        b[off + Ipv4Packet.PROTOCOL] = (byte) protocol;
        putS32(b, off + SOURCE, source);
        putS32(b, off + Ipv4Packet.DST, destination);
        updateChecksum(b, off);
    }

    /** Rewrites protocol and total length (transport mode) and the checksum. */
    public static void rewrite(byte[] b, int off, int protocol, int totalLength) {
        b[off + Ipv4Packet.PROTOCOL] = (byte) protocol;
        putU16(b, off + TOTAL_LENGTH, totalLength);
        updateChecksum(b, off);
    }

    public static void updateChecksum(byte[] b, int off) {
        b[off + Ipv4Packet.CHECKSUM] = 0;
        b[off + Ipv4Packet.CHECKSUM + 1] = 0;
        putU16(b, off + Ipv4Packet.CHECKSUM, ~sum(b, off, headerLength(b, off), 0) & 0xFFFF);
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
        out[Ipv4Packet.FLAGS_FRAG] = 0;
        out[Ipv4Packet.FLAGS_FRAG + 1] = 0;
        out[TTL] = 0;
        out[Ipv4Packet.CHECKSUM] = 0;
        out[Ipv4Packet.CHECKSUM + 1] = 0;
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
        return Checksum.fold(s);
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
