package org.ikelab.router;

import java.util.List;

/** Receives a traceroute's progress on the router's thread. */
public interface TracerouteListener {
    default void probe(int ttl, int index, TracerouteProbe probe) {
    }

    /** All hops probed; {@code reached} when the target (or an unreachable) ended the trace. */
    void done(List<TracerouteHop> hops, boolean reached);
}
