package org.ikelab.router;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.ikelab.common.Clock;

/** Console log lines with IOS stamps: {@code *Mon dd hh:mm:ss.mmm: %FAC-SEV-MNEMONIC: text}. */
public final class RouterLog {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private RouterLog() {
    }

    /** The stamp prefix, with the leading {@code *} IOS shows while the clock is not NTP-synchronised. */
    public static String stamp(Clock clock) {
        ZonedDateTime t = Instant.ofEpochMilli(clock.wallMillis()).atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT, "*%s %2d %02d:%02d:%02d.%03d: ", MONTHS[t.getMonthValue() - 1], t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1_000_000);
    }
}
