package org.ikelab.config.crypto;

/**
 * A global {@code crypto isakmp key} pre-shared key, bound either to an address (with an optional
 * mask; a null mask means a single host) or to a host name.
 *
 * @param encrypted true for type 6 (the key string is the stored cipher text)
 */
public record IsakmpKey(boolean encrypted, String key, Ipv4 address, Ipv4 mask, String hostname, boolean noXauth) {
    public static IsakmpKey forAddress(String key, Ipv4 address, Ipv4 mask) {
        Ipv4 m = normalizeMask(mask);
        // "address 0.0.0.0" alone is the wildcard peer, the same entry as "0.0.0.0 0.0.0.0".
        if (m == null && address.equals(Ipv4.ANY)) m = Ipv4.ANY;
        return new IsakmpKey(false, key, address, m, null, false);
    }

    public static IsakmpKey forHostname(String key, String hostname) {
        return new IsakmpKey(false, key, null, null, hostname, false);
    }

    /** IOS stores a /32 mask as a host entry. */
    static Ipv4 normalizeMask(Ipv4 mask) {
        return mask == null || mask.equals(Ipv4.HOST_MASK) ? null : mask;
    }

    /** True when this key is looked up by address (not by host name). */
    public boolean byAddress() {
        return address != null;
    }

    /** Mask used for matching: a host entry is /32. */
    public Ipv4 effectiveMask() {
        return mask == null ? Ipv4.HOST_MASK : mask;
    }

    /** Same peer selector (what {@code no crypto isakmp key ...} identifies). */
    boolean samePeer(IsakmpKey o) {
        return byAddress() ? o.byAddress() && address.equals(o.address) && effectiveMask().equals(o.effectiveMask())
                : !o.byAddress() && hostname.equalsIgnoreCase(o.hostname);
    }

    /** True when this key applies to {@code peer}. */
    public boolean matches(Ipv4 peer) {
        return byAddress() && address.covers(effectiveMask(), peer);
    }

    /**
     * Running-config line. The address is left-justified in a 15-character field (trailing
     * spaces kept); the all-zero wildcard mask is not printed.
     */
    public String render() {
        StringBuilder b = new StringBuilder("crypto isakmp key ");
        if (encrypted) b.append("6 ");
        b.append(key);
        if (!byAddress()) {
            b.append(" hostname ").append(hostname);
        } else if (mask == null || (mask.equals(Ipv4.ANY) && address.equals(Ipv4.ANY))) {
            b.append(" address ").append(String.format("%-15s", address));
        } else {
            b.append(" address ").append(address).append(' ').append(mask);
        }
        if (noXauth) b.append(" no-xauth");
        return b.toString();
    }

    /** {@code Hostname/Address} column of {@code show crypto isakmp key}. */
    public String showPeer() {
        if (!byAddress()) return hostname;
        return mask == null ? address.toString() : address + "/" + mask;
    }
}
