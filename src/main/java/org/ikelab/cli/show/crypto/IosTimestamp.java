package org.ikelab.cli.show.crypto;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
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

    /** The prefix for the clock's current wall time, including the trailing {@code ": "}. */
    public static String prefix(Clock clock, boolean ntpSynced) {
        ZonedDateTime t = Instant.ofEpochMilli(clock.wallMillis()).atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%s%s %2d %02d:%02d:%02d.%03d: ",
                ntpSynced ? "" : "*",
                t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1_000_000);
    }

    /**
     * One debug message as console text: the timestamp goes on the first non-empty line only
     * (continuation lines of a block and blank lines have none, as in the captured traces), and
     * every line ends with {@code \n}.
     */
    public static String stamp(Clock clock, boolean ntpSynced, List<String> lines) {
        StringBuilder sb = new StringBuilder();
        boolean stamped = false;
        for (String line : lines) {
            if (!stamped && !line.isEmpty()) {
                sb.append(prefix(clock, ntpSynced));
                stamped = true;
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
