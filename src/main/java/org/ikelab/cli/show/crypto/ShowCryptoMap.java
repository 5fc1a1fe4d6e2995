package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.IosText.addr;

import java.net.InetAddress;
import java.util.List;
import org.ikelab.ipsec.status.CryptoMapEntryStatus;
import org.ikelab.ipsec.status.CryptoMapStatus;
import org.ikelab.ipsec.status.TransformSetStatus;

/**
 * {@code show crypto map} (reference §4.5).
 *
 * <p>Decisions (§8): body lines are indented with real TAB characters as the raw S7 capture
 * shows (web copies show 8 spaces); the title is the IOS 15.2+ {@code Crypto Map IPv4 "NAME"}
 * form. The {@code Interfaces using crypto map} block follows the last entry of each map.
 */
public final class ShowCryptoMap {
    private ShowCryptoMap() {}

    /**
     * All maps in the given order (a map with no entries prints only its interfaces line).
     * Blank lines follow real captures (S21 and two more lab captures of IOS 15 with the
     * {@code NiStTeSt1} map listed before or after the user's map): a blank line precedes every
     * entry title that is not at the top of the output, and a non-empty interface list is
     * followed by a blank line; never two blank lines in a row.
     */
    public static String format(List<CryptoMapStatus> maps) {
        StringBuilder sb = new StringBuilder();
        for (CryptoMapStatus m : maps) {
            for (CryptoMapEntryStatus e : m.entries()) {
                if (!sb.isEmpty() && !endsWithBlankLine(sb)) sb.append('\n');
                entry(sb, m.name(), e);
            }
            sb.append("\tInterfaces using crypto map ").append(m.name()).append(":\n");
            for (String itf : m.interfaces()) sb.append("\t\t").append(itf).append('\n');
            if (!m.interfaces().isEmpty()) sb.append('\n');
        }
        return sb.toString();
    }

    private static boolean endsWithBlankLine(StringBuilder sb) {
        int n = sb.length();
        return n >= 2 && sb.charAt(n - 1) == '\n' && sb.charAt(n - 2) == '\n';
    }

    private static void entry(StringBuilder sb, String name, CryptoMapEntryStatus e) {
        sb.append("Crypto Map IPv4 \"").append(name).append("\" ").append(e.seq()).append(' ')
                .append(e.type().keyword()).append('\n');
        if (e.dynamicTemplateTag() != null) {
            // A static entry that points at a dynamic map has no body of its own.
            sb.append("\tDynamic map template tag: ").append(e.dynamicTemplateTag()).append('\n');
            return;
        }
        if (e.incomplete()) {
            sb.append("\tWARNING: This crypto map is in an incomplete state!\n");
            sb.append("\t\t(missing peer or access-list definitions)\n");
        }
        // Tunnel-protection template/instance lines: hand-copied captures only (S52, S67).
        if (e.profileName() != null) sb.append("\tProfile name: ").append(e.profileName()).append('\n');
        if (e.profileInstance()) sb.append("\tMap is a PROFILE INSTANCE.\n");
        for (InetAddress p : e.peers()) sb.append("\tPeer = ").append(addr(p)).append('\n');
        if (e.aclName() == null) {
            // A profile template has no ACL of its own and prints no ACL line at all.
            if (e.profileName() == null) sb.append("\tNo matching address list set.\n");
        } else {
            sb.append("\tExtended IP access list ").append(e.aclName()).append('\n');
            for (String line : e.aclLines()) sb.append("\t    ").append(line).append('\n');
        }
        if (e.createdFromDynamicMap() != null) {
            sb.append("\tdynamic (created from dynamic map ").append(e.createdFromDynamicMap()).append(")\n");
        }
        if (e.currentPeer() != null) sb.append("\tCurrent peer: ").append(addr(e.currentPeer())).append('\n');
        sb.append("\tSecurity association lifetime: ").append(e.lifetimeKilobytes()).append(" kilobytes/")
                .append(e.lifetimeSeconds()).append(" seconds\n");
        if (e.idleTimeSeconds() > 0) {
            sb.append("\tSecurity association idletime: ").append(e.idleTimeSeconds()).append(" seconds\n");
        }
        sb.append("\tResponder-Only (Y/N): ").append(e.responderOnly() ? 'Y' : 'N').append('\n');
        sb.append("\tPFS (Y/N): ").append(e.pfsGroup() != 0 ? 'Y' : 'N').append('\n');
        if (e.pfsGroup() != 0) sb.append("\tDH group:  group").append(e.pfsGroup()).append('\n');
        sb.append("\tMixed-mode : ").append(e.mixedMode() ? "Enabled" : "Disabled").append('\n');
        sb.append("\tTransform sets={\n");
        for (TransformSetStatus t : e.transformSets()) {
            sb.append("\t\t").append(t.name()).append(":  { ").append(String.join(" ", t.transforms()))
                    .append("  } ,\n");
        }
        sb.append("\t}\n");
    }
}
