package org.ikelab.router.show;

import java.util.ArrayList;
import java.util.List;

/**
 * The tunnel block of {@code show interfaces TunnelN} (reference §4.15), printed after
 * {@code Keepalive not set}: GRE/IP (captured IOSv layout), IPsec VTI ({@code tunnel mode ipsec
 * ipv4}: no key/checksum lines, no fast tunneling) and GRE with {@code tunnel protection}.
 */
public final class TunnelLines {
    /** Outer IPv4 (20) + GRE (4) bytes: the GRE transport MTU on a 1500-byte path is 1476. */
    static final int GRE_OVERHEAD = 24;
    /**
     * ESP overhead IOS subtracts for the common lab transform (AES-CBC + HMAC-SHA-1): 1427 on a VTI
     * (tunnel mode, outer header included) and 58 more on GRE (transport mode) as captured. Other
     * transforms differ by a few bytes; the emulator does not vary it.
     */
    static final int VTI_ESP_OVERHEAD = 73;
    static final int GRE_ESP_OVERHEAD = 58;

    private TunnelLines() {
    }

    /**
     * What a tunnel interface is configured as. {@code sourceInterface} null when the source was
     * given as an address; {@code source}/{@code destination} null when not set.
     */
    public record Tunnel(String source, String sourceInterface, String destination, boolean ipsecVti, Long key,
                         String protectionProfile, boolean lineUp, int pathMtu) {
    }

    public static List<String> lines(Tunnel t) {
        List<String> out = new ArrayList<>();
        if (!t.ipsecVti() && t.lineUp()) out.add("  Tunnel linestate evaluation up");
        String src = t.source() == null ? "UNKNOWN" : t.source();
        if (t.sourceInterface() != null) src += " (" + t.sourceInterface() + ")";
        out.add("  Tunnel source " + src + ", destination " + (t.destination() == null ? "UNKNOWN" : t.destination()));
        int mtu;
        if (t.ipsecVti()) {
            out.add("  Tunnel protocol/transport IPSEC/IP");
            out.add("  Tunnel TTL 255");
            mtu = t.pathMtu() - VTI_ESP_OVERHEAD;
        } else {
            out.add("  Tunnel protocol/transport GRE/IP");
            out.add(t.key() == null ? "    Key disabled, sequencing disabled" : "    Key " + hexKey(t.key()) + ", sequencing disabled");
            out.add("    Checksumming of packets disabled");
            out.add("  Tunnel TTL 255, Fast tunneling enabled");
            mtu = t.pathMtu() - GRE_OVERHEAD - (t.protectionProfile() == null ? 0 : GRE_ESP_OVERHEAD);
        }
        out.add("  Tunnel transport MTU " + mtu + " bytes");
        out.add("  Tunnel transmit bandwidth 8000 (kbps)");
        out.add("  Tunnel receive bandwidth 8000 (kbps)");
        if (t.protectionProfile() != null) out.add("  Tunnel protection via IPSec (profile \"" + t.protectionProfile() + "\")");
        return out;
    }

    /** IOS prints a GRE key as {@code 0x...} (hex, as configured in decimal). */
    private static String hexKey(long key) {
        return "0x" + Long.toHexString(key).toUpperCase(java.util.Locale.ROOT);
    }
}
