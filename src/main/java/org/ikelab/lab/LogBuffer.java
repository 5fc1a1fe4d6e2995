package org.ikelab.lab;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.config.LoggingConfig;

/**
 * What {@code show logging} reads: the counts per destination and the log buffer itself, a ring
 * that keeps the newest lines within {@code logging buffered SIZE} bytes at or above the
 * buffer's level. A message's severity is the digit of its {@code %FACILITY-N-MNEMONIC}; debug
 * output has none and counts as debugging (7), as on IOS.
 */
public final class LogBuffer {
    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private int bytes;
    private LoggingConfig config = LoggingConfig.DEFAULT;
    private long consoleLogged;
    private long monitorLogged;
    private long bufferLogged;
    private long trapLogged;
    private String lastMonitored;

    void configure(LoggingConfig c) {
        config = c;
        trim();
    }

    public LoggingConfig config() { return config; }
    public long consoleLogged() { return consoleLogged; }
    public long monitorLogged() { return monitorLogged; }
    public long bufferLogged() { return bufferLogged; }
    public long trapLogged() { return trapLogged; }

    /** Takes one stamped line; returns true when it goes to syslog hosts (at or above the trap level). */
    boolean add(String stampedLine) {
        int severity = severityOf(stampedLine);
        consoleLogged++;
        if (config.buffered() && severity <= config.bufferLevel()) {
            bufferLogged++;
            lines.addLast(stampedLine);
            bytes += stampedLine.length() + 1;
            trim();
        }
        if (severity <= config.trapLevel()) {
            trapLogged++;
            return true;
        }
        return false;
    }

    /** A console session with {@code terminal monitor} printed the line (several sessions count it once). */
    public void monitorDelivered(String stampedLine) {
        if (stampedLine == lastMonitored) return;
        lastMonitored = stampedLine;
        monitorLogged++;
    }

    /** {@code clear logging}. */
    public void clear() {
        lines.clear();
        bytes = 0;
    }

    public List<String> lines() {
        return new ArrayList<>(lines);
    }

    private void trim() {
        while (bytes > config.bufferSize() && !lines.isEmpty()) bytes -= lines.removeFirst().length() + 1;
        if (!config.buffered()) clear();
    }

    /** The N of the first {@code %FACILITY-N-MNEMONIC:} in the line, or 7 (debug output). */
    static int severityOf(String line) {
        int p = line.indexOf('%');
        while (p >= 0 && p < line.length() - 3) {
            int dash = line.indexOf('-', p);
            int colon = line.indexOf(':', p);
            if (dash > p + 1 && (colon < 0 || dash < colon) && dash + 2 < line.length()) {
                char d = line.charAt(dash + 1);
                if (d >= '0' && d <= '7' && line.charAt(dash + 2) == '-') return d - '0';
            }
            p = line.indexOf('%', p + 1);
        }
        return LoggingConfig.DEBUGGING;
    }
}
