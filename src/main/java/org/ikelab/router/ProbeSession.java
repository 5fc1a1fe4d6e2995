package org.ikelab.router;

/** A ping or traceroute waiting for answers; called on the router's thread. */
interface ProbeSession {
    /**
     * An answer to probe {@code probeKey} (echo sequence for ping, UDP destination port for
     * traceroute) from {@code from}: ICMP {@code type}/{@code code}, next-hop MTU for frag-needed.
     */
    void reply(int from, int type, int code, int probeKey, int mtu, long nowNanos);
}
