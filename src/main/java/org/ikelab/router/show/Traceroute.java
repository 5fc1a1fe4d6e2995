package org.ikelab.router.show;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.router.TracerouteHop;
import org.ikelab.router.TracerouteProbe;
import org.ikelab.wire.Ipv4Address;

/**
 * The text of {@code traceroute} (reference §4.18): hop number right-aligned in 3, then per
 * probe the answering address when it changes, {@code N msec} or {@code * } for a timeout.
 */
public final class Traceroute {
    private Traceroute() {
    }

    public static List<String> header(Ipv4Address target) {
        return List.of("Type escape sequence to abort.", "Tracing the route to " + target,
                "VRF info: (vrf in name/id, vrf out name/id)");
    }

    public static String hopLine(TracerouteHop hop) {
        StringBuilder sb = new StringBuilder(Text.left(Integer.toString(hop.ttl()), 3)).append(' ');
        Ipv4Address shown = null;
        for (TracerouteProbe p : hop.probes()) {
            if (p.timedOut()) {
                sb.append(" * ");
                continue;
            }
            if (!p.from().equals(shown)) {
                if (sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
                sb.append(p.from());
                shown = p.from();
            }
            sb.append(' ').append(p.mark().isEmpty() ? p.rttMs() + " msec" : p.mark());
        }
        return sb.toString();
    }

    public static String format(Ipv4Address target, List<TracerouteHop> hops) {
        List<String> out = new ArrayList<>(header(target));
        for (TracerouteHop h : hops) out.add(hopLine(h));
        return Text.lines(out);
    }
}
