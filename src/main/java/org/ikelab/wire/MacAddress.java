package org.ikelab.wire;

import java.nio.ByteBuffer;

/** A 48-bit MAC address held in the low bits of a long. */
public record MacAddress(long bits) {
    public static final MacAddress BROADCAST = new MacAddress(0xffff_ffff_ffffL);
    public static final MacAddress ZERO = new MacAddress(0);

    public MacAddress {
        bits &= 0xffff_ffff_ffffL;
    }

    public static long read(ByteBuffer b, int off) {
        return ((b.getShort(off) & 0xffffL) << 32) | (b.getInt(off + 2) & 0xffff_ffffL);
    }

    public static void write(ByteBuffer b, int off, long mac) {
        b.putShort(off, (short) (mac >>> 32));
        b.putInt(off + 2, (int) mac);
    }

    public static MacAddress parse(String s) {
        String hex = s.replaceAll("[.:-]", "");
        if (hex.length() != 12) throw new IllegalArgumentException("not a MAC address: " + s);
        return new MacAddress(Long.parseLong(hex, 16));
    }

    public boolean isBroadcast() {
        return bits == 0xffff_ffff_ffffL;
    }

    public boolean isMulticast() {
        return (bits & 0x0100_0000_0000L) != 0;
    }

    /** Cisco's dotted form, {@code aabb.ccdd.eeff}. */
    public String toCisco() {
        String h = String.format("%012x", bits);
        return h.substring(0, 4) + "." + h.substring(4, 8) + "." + h.substring(8);
    }

    @Override
    public String toString() {
        String h = String.format("%012x", bits);
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) sb.append(':');
            sb.append(h, i, i + 2);
        }
        return sb.toString();
    }
}
