package org.ikelab.config;

import java.util.List;

/**
 * {@code logging buffered [SIZE] [LEVEL]} / {@code no logging buffered} and {@code logging trap
 * LEVEL}. IOS 15 buffers every message (level debugging) in 8192 bytes by default and sends
 * syslog hosts the informational ones and worse; the running-config shows only what differs.
 */
public record LoggingConfig(boolean buffered, int bufferSize, int bufferLevel, int trapLevel) {
    /** Level names by severity number, as IOS spells them. */
    public static final List<String> LEVELS = List.of("emergencies", "alerts", "critical", "errors", "warnings",
            "notifications", "informational", "debugging");
    public static final int DEFAULT_BUFFER_SIZE = 8192;
    public static final int MIN_BUFFER_SIZE = 4096;
    public static final int DEBUGGING = 7;
    public static final int INFORMATIONAL = 6;
    public static final LoggingConfig DEFAULT = new LoggingConfig(true, DEFAULT_BUFFER_SIZE, DEBUGGING, INFORMATIONAL);

    public static String levelName(int severity) {
        return LEVELS.get(severity);
    }

    /** A level keyword ({@code warnings}) to its severity, or -1. */
    public static int level(String keyword) {
        return LEVELS.indexOf(keyword.toLowerCase(java.util.Locale.ROOT));
    }

    public LoggingConfig withBuffered(boolean on, int size, int level) {
        return new LoggingConfig(on, size, level, trapLevel);
    }

    public LoggingConfig withTrap(int level) {
        return new LoggingConfig(buffered, bufferSize, bufferLevel, level);
    }

    /** The global line after {@code boot-end-marker}, or null when the buffer is as IOS ships it. */
    public String bufferedLine() {
        if (!buffered) return "no logging buffered";
        if (bufferSize == DEFAULT_BUFFER_SIZE && bufferLevel == DEBUGGING) return null;
        String size = bufferSize == DEFAULT_BUFFER_SIZE ? "" : " " + bufferSize;
        String level = bufferLevel == DEBUGGING ? "" : " " + levelName(bufferLevel);
        return "logging buffered" + size + level;
    }

    /** The line before the {@code logging host} lines, or null at the default (informational). */
    public String trapLine() {
        return trapLevel == INFORMATIONAL ? null : "logging trap " + levelName(trapLevel);
    }
}
