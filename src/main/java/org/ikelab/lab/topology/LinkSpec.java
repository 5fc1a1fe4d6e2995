package org.ikelab.lab.topology;

import java.nio.file.Path;

/** A link between two endpoints, with an optional pcap capture file and impairments. */
public record LinkSpec(Endpoint a, Endpoint b, Path capture, ImpairSpec impair, int line) {
}
