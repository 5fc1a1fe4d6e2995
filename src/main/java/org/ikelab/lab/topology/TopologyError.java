package org.ikelab.lab.topology;

import java.nio.file.Path;

/** One problem found in a topology file, reported as {@code file:line: message} like a compiler. */
public record TopologyError(Path file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
