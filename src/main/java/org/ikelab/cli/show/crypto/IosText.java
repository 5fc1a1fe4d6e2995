package org.ikelab.cli.show.crypto;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Set;
import org.ikelab.ike.status.IkeCapability;

/** Small pieces of IOS spelling shared by the crypto show formatters. */
final class IosText {
    private IosText() {}

    /** An address as IOS prints it: dotted quad, or RFC 5952-compressed IPv6 in upper case. */
    static String addr(InetAddress a) {
        if (a instanceof Inet4Address) return a.getHostAddress();
        byte[] b = a.getAddress();
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = ((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF);
        // The longest run of two or more zero groups becomes "::" (first one on a tie).
        int bestStart = -1, bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) { i++; continue; }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(g[i]).toUpperCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** {@code 0x48BAC7D3(1220200403)}: upper-case hex without leading zeros, then the decimal. */
    static String spi(long spi) {
        long v = spi & 0xFFFFFFFFL;
        return "0x" + Long.toHexString(v).toUpperCase(Locale.ROOT) + "(" + v + ")";
    }

    /** Remaining lifetime as {@code hh:mm:ss} (hours not wrapped at 24). */
    static String hms(long seconds) {
        long s = Math.max(0, seconds);
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /**
     * IOS uptime spelling used by {@code show crypto session detail}: {@code 05:50:03} under a
     * day, {@code 3d18h} under a week, {@code 2w1d} beyond.
     */
    static String uptime(long seconds) {
        long s = Math.max(0, seconds);
        long days = s / 86400;
        if (days == 0) return hms(s);
        if (days < 7) return days + "d" + String.format(Locale.ROOT, "%02d", (s % 86400) / 3600) + "h";
        return (days / 7) + "w" + (days % 7) + "d";
    }

    /** Capability letters in legend order ({@code D}, {@code DN}); empty string for none. */
    static String capabilities(Set<IkeCapability> caps) {
        StringBuilder sb = new StringBuilder();
        for (IkeCapability c : IkeCapability.values()) {
            if (caps.contains(c)) sb.append(c.letter());
        }
        return sb.toString();
    }

    /** Left-justifies {@code s} in {@code width} columns (never truncates, as IOS's %-Ns). */
    static String pad(String s, int width) {
        if (s.length() >= width) return s;
        return s + " ".repeat(width - s.length());
    }

    /** Right-justifies {@code s} in {@code width} columns (as IOS's %Nd). */
    static String padLeft(String s, int width) {
        if (s.length() >= width) return s;
        return " ".repeat(width - s.length()) + s;
    }
}
