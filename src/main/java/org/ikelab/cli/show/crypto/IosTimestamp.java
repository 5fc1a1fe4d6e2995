package org.ikelab.cli.show.crypto;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.ikelab.common.Clock;

/**
 * The {@code service timestamps debug|log datetime msec} prefix, {@code *Mar  1 00:42:09.431: }
 * (reference §5.1, §5.5): the asterisk marks a clock not synchronised by NTP, the day is padded
 * to two characters with a space, the time is the router clock (UTC here) with milliseconds.
 */
public final class IosTimestamp {
    private IosTimestamp() {}

    private static final String[] MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /** The prefix for the clock's current wall time, including the trailing {@code ": "}. */
    public static String prefix(Clock clock, boolean ntpSynced) {
        ZonedDateTime t = Instant.ofEpochMilli(clock.wallMillis()).atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%s%s %2d %02d:%02d:%02d.%03d: ",
                ntpSynced ? "" : "*",
                MONTHS[t.getMonthValue() - 1],
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1_000_000);
    }

    /**
     * Debug or log lines as console text. Every line that starts in column 0 is a message of its
     * own and gets the timestamp (IOS stamps each attribute line of a transform separately);
     * continuation lines of a block (indented with spaces or a TAB) and blank lines get none,
     * as in the captured traces. Every line ends with {@code \n}; the clock is read once per
     * stamped line.
     */
    public static String stamp(Clock clock, boolean ntpSynced, List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            boolean continuation = line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t';
            if (!continuation) sb.append(prefix(clock, ntpSynced));
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
