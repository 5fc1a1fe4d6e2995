package org.ikelab.lab.topology;

import java.nio.file.Path;

/**
 * A node of a topology. {@code config} is the startup-config file (absolute, resolved against the
 * topology file's folder) or null; {@code console} the telnet port or 0 for "next free from the
 * base"; {@code host} the lab host that runs it (multi-host labs) or null.
 */
public record NodeSpec(String name, String kind, Path config, int console, String host, int line) {
}
