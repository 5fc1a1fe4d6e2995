package org.ikelab.lab.topology;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed and validated topology file (containerlab-like YAML): nodes in file order, links,
 * optional lab hosts, the console listen address and port base. Only {@link TopologyParser} makes one, so every instance is valid.
 */
public record Topology(Path file, String name, Map<String, NodeSpec> nodes, List<LinkSpec> links,
                       Map<String, HostSpec> hosts, int consoleBase, int udpBase, String bind) {
    public static final int DEFAULT_CONSOLE_BASE = 5000;
    /** Consoles listen on loopback unless the file (key {@code bind:}) or the command line says otherwise. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_UDP_BASE = 30000;

    /** The folder relative paths in the file are resolved against. */
    public Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
