package org.ikelab.ipsec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outbound security policy database: an ordered list, first match wins (like crypto map
 * entries in ascending sequence, IOS reference §7.1). Packets no policy covers are not IPsec's
 * business and go out in clear.
 */
public final class Spd {
    private final List<SecurityPolicy> policies = new ArrayList<>();

    /** Appends a policy (lowest priority so far). */
    public void add(SecurityPolicy p) {
        policies.add(p);
    }

    /** Inserts a policy at {@code index} (0 = highest priority). */
    public void add(int index, SecurityPolicy p) {
        policies.add(index, p);
    }

    public boolean remove(SecurityPolicy p) {
        return policies.remove(p);
    }

    public List<SecurityPolicy> policies() {
        return Collections.unmodifiableList(policies);
    }

    /** The first policy matching the IPv4 packet {@code b[off, off+len)}, or null. */
    public SecurityPolicy lookup(byte[] b, int off, int len) {
        if (!Ipv4.plausible(b, off, len)) return null;
        for (int i = 0; i < policies.size(); i++) {
            SecurityPolicy p = policies.get(i);
            if (p.selector().matches(b, off, len)) return p;
        }
        return null;
    }
}
