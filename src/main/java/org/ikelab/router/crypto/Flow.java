package org.ikelab.router.crypto;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.v1.ChildSaPair;
import org.ikelab.ipsec.IpsecSa;
import org.ikelab.ipsec.SaBundle;
import org.ikelab.ipsec.SecurityPolicy;
import org.ikelab.ipsec.Selector;

/**
 * One proxy pair of a crypto map entry (a permit line of its ACL, or a dynamic-map instance):
 * the policy whose bundle protects the traffic, the SA pairs negotiated for it (the newest last,
 * older ones kept until they expire: make before break), and the {@code #send errors} count.
 */
final class Flow {
    final String mapName;
    final int seq;
    final Selector selector;
    final SecurityPolicy policy;
    /** Set for a dynamic-map instance: {@code DYN/10}. */
    final String createdFrom;
    CryptoMapSpec.Entry entry;
    ChildConfig child;
    final List<Installed> installed = new ArrayList<>();
    long sendErrors;
    InetAddress currentPeer;
    int peerPort = 500;
    int pfsGroup;
    /**
     * A {@code set security-association level per-host} instance: one host pair of an ACL line,
     * kept in its entry's instances and dropped with its last SA.
     */
    boolean perHost;

    /** The SAs of one negotiation (or of a manual entry). {@code pair} is null for manual keys. */
    record Installed(IpsecSa inbound, IpsecSa outbound, IpsecSa inboundAh, IpsecSa outboundAh, ChildSaPair pair) {
        SaBundle bundle() {
            return new SaBundle(outbound, outboundAh);
        }

        boolean contains(IpsecSa sa) {
            return sa == inbound || sa == outbound || sa == inboundAh || sa == outboundAh;
        }
    }

    Flow(String mapName, int seq, Selector selector, CryptoMapSpec.Entry entry, ChildConfig child, String createdFrom) {
        this.mapName = mapName;
        this.seq = seq;
        this.selector = selector;
        this.policy = new SecurityPolicy(selector, SecurityPolicy.Action.PROTECT);
        this.entry = entry;
        this.child = child;
        this.createdFrom = createdFrom;
    }

    /** The peer IOS names for this flow: the one negotiated with, else (before any negotiation) the entry's first {@code set peer}. */
    InetAddress shownPeer() {
        return currentPeer != null || entry.peers().isEmpty() ? currentPeer : entry.peers().get(0);
    }

    String key() {
        return key(mapName, seq, selector);
    }

    static String key(String map, int seq, Selector s) {
        return map + "/" + seq + "/" + s;
    }

    void add(Installed i) {
        installed.add(i);
        policy.bundle(i.bundle());
        narrowed = anyNarrowed();
    }

    /** Forgets SAs that are gone; the newest remaining pair protects, or none. */
    void removeIf(java.util.function.Predicate<Installed> gone) {
        installed.removeIf(gone);
        policy.bundle(installed.isEmpty() ? null : installed.get(installed.size() - 1).bundle());
        narrowed = anyNarrowed();
    }

    /**
     * True when a pair was negotiated for narrower proxies than this flow's (a peer that
     * initiated for one host pair inside the ACL line): it protects only the traffic inside them.
     */
    private boolean narrowed;

    /**
     * The SAs that protect a datagram of this flow ({@code n} header bytes in {@code h}), or null
     * when none covers it: the newest pair, unless it was negotiated for narrower proxies, then the
     * newest that covers the datagram. Outside every pair's proxies, IOS negotiates anew for the ACL line.
     */
    SaBundle bundleFor(byte[] h, int n) {
        SaBundle b = policy.bundle();
        if (b == null || !narrowed) return b;
        for (int k = installed.size() - 1; k >= 0; k--) {
            Installed i = installed.get(k);
            Selector s = proxies(i);
            if (s == null || s.matches(h, 0, n)) return i.bundle();
        }
        return null;
    }

    /** The narrower proxies {@code i} was negotiated for, or null when it covers the whole flow. */
    private Selector proxies(Installed i) {
        IpsecSa out = i.outbound() != null ? i.outbound() : i.outboundAh();
        if (out == null) return null;
        Selector s = out.config().selector();
        return s.equals(Selector.ANY) || s.equals(selector) ? null : s;
    }

    private boolean anyNarrowed() {
        for (Installed i : installed) if (proxies(i) != null) return true;
        return false;
    }
}
