package org.ikelab.router;

import java.util.List;

/** The probes sent with one TTL. */
public record TracerouteHop(int ttl, List<TracerouteProbe> probes) {
}
