package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.IosText.addr;
import static org.ikelab.cli.show.crypto.IosText.pad;
import static org.ikelab.cli.show.crypto.IosText.padLeft;

import java.net.Inet4Address;
import java.util.List;
import org.ikelab.ike.status.IkeSaStatus;
import org.ikelab.ipsec.status.Cipher;
import org.ikelab.ipsec.status.Integrity;

/** {@code show crypto isakmp sa} and {@code show crypto isakmp sa detail} (reference §4.1, §4.2). */
public final class ShowCryptoIsakmpSa {
    private ShowCryptoIsakmpSa() {}

    private static final String CODES = """
            Codes: C - IKE configuration mode, D - Dead Peer Detection
                   K - Keepalives, N - NAT-traversal
                   T - cTCP encapsulation, X - IKE Extended Authentication
                   psk - Preshared key, rsig - RSA signature
                   renc - RSA encryption
            """;

    /**
     * The summary table. IPv4 SAs are rows under the column header; IPv6 SAs use the captured
     * three-line layout. Both sections are always printed, each followed by a blank line.
     */
    public static String format(List<IkeSaStatus> sas) {
        StringBuilder sb = new StringBuilder();
        sb.append("IPv4 Crypto ISAKMP SA\n");
        sb.append("dst             src             state          conn-id status\n");
        for (IkeSaStatus sa : sas) {
            if (!(sa.local() instanceof Inet4Address)) continue;
            // C layout "%-15s %-15s %-15s%7d %s": conn-id right-aligned in cols 47-53.
            sb.append(pad(addr(sa.dst()), 15)).append(' ')
                    .append(pad(addr(sa.src()), 15)).append(' ')
                    .append(pad(sa.state().name(), 15))
                    .append(padLeft(Integer.toString(sa.connId()), 7)).append(' ')
                    .append(status(sa)).append('\n');
        }
        sb.append('\n');
        sb.append("IPv6 Crypto ISAKMP SA\n");
        sb.append('\n');
        for (IkeSaStatus sa : sas) {
            if (sa.local() instanceof Inet4Address) continue;
            sb.append(" dst: ").append(addr(sa.dst())).append('\n');
            sb.append(" src: ").append(addr(sa.src())).append('\n');
            sb.append(" state: ").append(pad(sa.state().name(), 16))
                    .append("conn-id: ").append(padLeft(Integer.toString(sa.connId()), 6))
                    .append(" status: ").append(status(sa)).append('\n');
            // Decision: a blank line closes each IPv6 entry, as the section header has one.
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The {@code detail} table. Decision (§4.2, §8 "web copies unreliable for whitespace"): the
     * row always ends with the padded Cap. column, so a row without capabilities ends with five
     * spaces after the lifetime. IPv6 SAs are printed with the same row layout under the IPv6
     * header (no capture shows them).
     */
    public static String formatDetail(List<IkeSaStatus> sas) {
        StringBuilder sb = new StringBuilder(CODES);
        sb.append("IPv4 Crypto ISAKMP SA\n\n");
        sb.append("C-id  Local           Remote          I-VRF  Status Encr Hash   Auth DH Lifetime Cap.\n\n");
        for (IkeSaStatus sa : sas) {
            if (sa.local() instanceof Inet4Address) detailRow(sb, sa);
        }
        sb.append("IPv6 Crypto ISAKMP SA\n\n");
        for (IkeSaStatus sa : sas) {
            if (!(sa.local() instanceof Inet4Address)) detailRow(sb, sa);
        }
        return sb.toString();
    }

    private static void detailRow(StringBuilder sb, IkeSaStatus sa) {
        StringBuilder row = new StringBuilder();
        row.append(pad(Integer.toString(sa.connId()), 6))
                .append(pad(addr(sa.local()), 16))
                .append(pad(addr(sa.remote()), 16))
                .append(pad(sa.ivrf() == null ? "" : sa.ivrf(), 7))
                // No capture shows a deleted SA here; the 7-wide column keeps ACTIVE (decision).
                .append(pad("ACTIVE", 7))
                .append(pad(encr(sa.encryption()), 5))
                .append(pad(hash(sa.hash()), 7))
                .append(pad(sa.auth().label(), 5))
                .append(pad(Integer.toString(sa.dhGroup()), 3))
                .append(IosText.hms(sa.lifetimeRemaining()))
                // Cap. column: one space, then the letters padded to 4 ("23:47:17     " without
                // capabilities, "23:47:45 N   " with NAT-T), as raw captures show (S22 and a
                // NAT-T lab); the S8 block of §4.2 is a web copy that lost these trailing spaces.
                .append(' ').append(pad(IosText.capabilities(sa.capabilities()), 4));
        sb.append(row).append('\n');
        // 7 spaces, two spaces after '=' (captured S8).
        sb.append("       Engine-id:Conn-id =  ").append(sa.engineId()).append(':').append(sa.engineConnId()).append('\n');
        sb.append('\n');
    }

    private static String status(IkeSaStatus sa) {
        return sa.deleted() ? "ACTIVE (deleted)" : "ACTIVE";
    }

    /** {@code Encr} column: no key size (§8, captured S8). */
    static String encr(Cipher c) {
        return switch (c) {
            case DES -> "des";
            case TRIPLE_DES -> "3des";
            case AES_128, AES_192, AES_256 -> "aes";
            case AES_GCM_128, AES_GCM_192, AES_GCM_256 -> "gcm";
            case NULL -> "null";
        };
    }

    /** {@code Hash} column. */
    static String hash(Integrity h) {
        return switch (h) {
            case NONE -> "none";
            case MD5 -> "md5";
            case SHA1 -> "sha";
            case SHA256 -> "sha256";
            case SHA384 -> "sha384";
            case SHA512 -> "sha512";
        };
    }
}
