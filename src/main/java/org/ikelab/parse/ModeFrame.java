package org.ikelab.parse;

/**
 * One level of the mode stack: the mode and the object its commands act on (the interface name,
 * the ACL name, the line block, ...), or null in EXEC and global configuration.
 */
public record ModeFrame(Mode mode, Object target) {}
