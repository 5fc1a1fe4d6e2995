package org.ikelab.router;

import java.util.HashMap;
import java.util.Map;

/** Active pings by ICMP identifier and traceroutes by UDP source port. */
final class ProbeRegistry {
    private final Map<Integer, ProbeSession> pings = new HashMap<>();
    private final Map<Integer, ProbeSession> traces = new HashMap<>();
    private int nextIdent = 1;
    private int nextTracePort = 49152;

    int addPing(ProbeSession s) {
        for (int i = 0; i < 65536; i++) {
            int id = nextIdent;
            nextIdent = (nextIdent + 1) & 0xffff;
            if (id != 0 && !pings.containsKey(id)) {
                pings.put(id, s);
                return id;
            }
        }
        throw new IllegalStateException("all ping identifiers in use");
    }

    void removePing(int ident) {
        pings.remove(ident);
    }

    ProbeSession ping(int ident) {
        return pings.get(ident);
    }

    int addTrace(ProbeSession s) {
        for (int i = 0; i < 16384; i++) {
            int port = nextTracePort;
            nextTracePort = nextTracePort == 65535 ? 49152 : nextTracePort + 1;
            if (!traces.containsKey(port)) {
                traces.put(port, s);
                return port;
            }
        }
        throw new IllegalStateException("all traceroute ports in use");
    }

    void removeTrace(int port) {
        traces.remove(port);
    }

    ProbeSession trace(int port) {
        return traces.get(port);
    }
}
