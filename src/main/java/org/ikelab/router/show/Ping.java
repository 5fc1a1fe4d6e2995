package org.ikelab.router.show;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.router.PingRequest;
import org.ikelab.router.PingResult;
import org.ikelab.wire.Ipv4Address;

/** The text of {@code ping} (reference §4.17), in the pieces a console prints as the ping runs. */
public final class Ping {
    /** Result characters per line before IOS wraps. */
    public static final int WRAP = 70;

    private Ping() {
    }

    /** Lines printed before the first result character. {@code source} is the explicit source, or null. */
    public static List<String> header(PingRequest req, Ipv4Address source) {
        List<String> out = new ArrayList<>();
        out.add("Type escape sequence to abort.");
        out.add("Sending " + req.repeat() + ", " + req.size() + "-byte ICMP Echos to " + req.target() + ", timeout is "
                + req.timeoutSeconds() + " seconds:");
        if (source != null) out.add("Packet sent with a source address of " + source + " ");
        if (req.dfBit()) out.add("Packet sent with the DF bit set");
        return out;
    }

    /** The success line. */
    public static String summary(PingResult r) {
        String s = "Success rate is " + r.successPercent() + " percent (" + r.successes() + "/" + r.sent() + ")";
        if (r.successes() > 0) s += ", round-trip min/avg/max = " + r.minMs() + "/" + r.avgMs() + "/" + r.maxMs() + " ms";
        return s;
    }

    /** The whole output after the command line, as it looks when the ping has finished. */
    public static String format(PingResult r) {
        List<String> out = new ArrayList<>(header(r.request(), r.source()));
        String chars = r.results();
        for (int i = 0; i < chars.length(); i += WRAP) out.add(chars.substring(i, Math.min(chars.length(), i + WRAP)));
        out.add(summary(r));
        return Text.lines(out);
    }
}
