package org.ikelab.router;

import java.util.EnumMap;
import java.util.Map;

/** One counter per {@link DropReason}; touched only on the router's thread. */
public final class DropCounters {
    private final long[] counts = new long[DropReason.values().length];

    void increment(DropReason r) {
        counts[r.ordinal()]++;
    }

    public long get(DropReason r) {
        return counts[r.ordinal()];
    }

    public long total() {
        long t = 0;
        for (long c : counts) t += c;
        return t;
    }

    /** The non-zero counters, in declaration order. */
    public Map<DropReason, Long> snapshot() {
        Map<DropReason, Long> m = new EnumMap<>(DropReason.class);
        for (DropReason r : DropReason.values()) {
            if (counts[r.ordinal()] != 0) m.put(r, counts[r.ordinal()]);
        }
        return m;
    }

    void clear() {
        java.util.Arrays.fill(counts, 0);
    }
}
