package org.ikelab.router;

import java.nio.ByteBuffer;
import java.util.List;
import org.ikelab.wire.ipv4.IpProtocol;
import org.ikelab.wire.ipv4.Ipv4Packet;

/**
 * An access list compiled for the data plane, with per-line match counters (for {@code show
 * access-lists}). First match wins; no match is the implicit deny. Touched only on the
 * router's thread. The config layer builds a new one when the list changes.
 */
public final class AclRuntime {
    private final String name;
    private final boolean extended;
    private final AclEntry[] entries;
    private final long[] matches;

    public AclRuntime(String name, boolean extended, List<AclEntry> entries) {
        this.name = name;
        this.extended = extended;
        this.entries = entries.toArray(new AclEntry[0]);
        this.matches = new long[this.entries.length];
    }

    public String name() { return name; }
    public boolean extended() { return extended; }
    public List<AclEntry> entries() { return List.of(entries); }
    /** Matches counted by line {@code index} (position in {@link #entries()}). */
    public long matches(int index) { return matches[index]; }

    public void clearCounters() {
        java.util.Arrays.fill(matches, 0);
    }

    /** Evaluates an IPv4 datagram (header already checked) and counts the matching line. */
    public boolean permits(ByteBuffer b, Ipv4Packet ip) {
        int proto = ip.protocol();
        int sport = 0;
        int dport = 0;
        // Ports exist only in the first fragment; IOS lets later fragments match on L3 only.
        boolean portsKnown = (proto == IpProtocol.TCP || proto == IpProtocol.UDP) && ip.fragmentOffset() == 0
                && ip.payloadLength() >= 4;
        if (portsKnown) {
            int p = ip.payloadOffset();
            sport = b.getShort(p) & 0xffff;
            dport = b.getShort(p + 2) & 0xffff;
        } else if (proto == IpProtocol.ICMP && ip.fragmentOffset() == 0 && ip.payloadLength() >= 2) {
            // ICMP type and code ride in the port slots.
            portsKnown = true;
            sport = b.get(ip.payloadOffset()) & 0xff;
            dport = b.get(ip.payloadOffset() + 1) & 0xff;
        }
        return permits(proto, ip.src(), ip.dst(), sport, dport, portsKnown);
    }

    public boolean permits(int proto, int src, int dst, int sport, int dport, boolean portsKnown) {
        for (int i = 0; i < entries.length; i++) {
            if (entries[i].matches(proto, src, dst, sport, dport, portsKnown)) {
                matches[i]++;
                return entries[i].permit();
            }
        }
        return false;
    }
}
