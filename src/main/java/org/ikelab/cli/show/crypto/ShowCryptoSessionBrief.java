package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.IosText.addr;
import static org.ikelab.cli.show.crypto.IosText.pad;

import java.util.List;
import org.ikelab.ike.status.SessionBriefRow;
import org.ikelab.ike.status.SessionState;
import org.ikelab.router.InterfaceKind;

/**
 * {@code show crypto session brief}, IOS 15 form: a status legend, the {@code ivrf} line, then
 * one row per session under {@code Peer  I/F  Username  Group/Phase1_id  Uptime  Status}.
 *
 * <p>The keyword is documented in Cisco's command reference for {@code show crypto session}
 * (Cisco IOS Security Command Reference, IOS 12.4T/15); the exact layout is taken from public IOS
 * 15 captures of the command (a DMVPN lab write-up with the output of three routers, and the test
 * fixtures of two network-automation libraries): left-justified columns of 16, 13, 16, 25 and 9
 * characters, the legend's first line ending in one space, rows ending at the status letters. A
 * session without IKE SA (a configured crypto-map peer, {@code DOWN}) keeps its row with blank
 * Group/Phase1_id and Uptime columns, as {@code show crypto session} keeps its entry.
 */
public final class ShowCryptoSessionBrief {
    private ShowCryptoSessionBrief() {}

    private static final String HEADER = """
            Status: A- Active, U - Up, D - Down, I - Idle, S - Standby, N - Negotiating\s
                    K - No IKE
            ivrf = (none)
            Peer            I/F          Username        Group/Phase1_id          Uptime   Status
            """;

    public static String format(List<SessionBriefRow> rows) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (SessionBriefRow r : rows) {
            // Each column is printed %-Ns followed by one space, as in the captures: a value as
            // wide as its column still gets its separating blank.
            sb.append(pad(addr(r.peer()), 15)).append(' ')
                    .append(pad(shortInterface(r.interfaceName()), 12)).append(' ')
                    .append(pad(orBlank(r.username()), 15)).append(' ')
                    .append(pad(orBlank(r.phase1Id()), 24)).append(' ')
                    .append(pad(r.uptimeSeconds() < 0 ? "" : IosText.hms(r.uptimeSeconds()), 8)).append(' ')
                    .append(status(r.state())).append('\n');
        }
        return sb.toString();
    }

    /**
     * The status letters, built from the legend: U or D, then A (active), I (idle), N
     * (negotiating) or K (no IKE). {@code UA} is the value seen in every capture; the others
     * follow the legend's letters.
     */
    static String status(SessionState s) {
        return switch (s) {
            case UP_ACTIVE -> "UA";
            case UP_IDLE -> "UI";
            case UP_NO_IKE -> "UK";
            case DOWN_NEGOTIATING -> "DN";
            case DOWN -> "D";
        };
    }

    /** {@code Tunnel0} is {@code Tu0}, {@code GigabitEthernet0/1} is {@code Gi0/1}, as in the captures' I/F column. */
    static String shortInterface(String name) {
        InterfaceKind k = InterfaceKind.ofName(name);
        return k == null ? name : k.shortPrefix() + name.substring(k.prefix().length());
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }
}
