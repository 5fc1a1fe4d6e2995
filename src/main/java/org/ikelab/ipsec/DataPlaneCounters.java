package org.ikelab.ipsec;

/**
 * Drops that happen before an SA is known, for the whole data plane of one router: unknown SPIs
 * ({@code #pkts invalid sa (rcv)}), packets too short to carry an SPI, fragments, keepalives.
 */
public final class DataPlaneCounters {
    long invalidSpi;
    long truncated;
    long fragments;
    long natKeepalives;
    long noSaSend;
    long dummies;

    public long invalidSpi() { return invalidSpi; }
    public long truncated() { return truncated; }
    public long fragments() { return fragments; }
    public long natKeepalives() { return natKeepalives; }

    /** Authenticated ESP dummy packets (next header 59), dropped by design. */
    public long dummies() { return dummies; }

    /** {@code #pkts no sa (send)}: counted by {@link IpsecDataPlane#countNoSa()} when a policy has no SA yet. */
    public long noSaSend() { return noSaSend; }
}
