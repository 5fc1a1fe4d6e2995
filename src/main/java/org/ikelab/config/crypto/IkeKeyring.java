package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/** An IKEv1 {@code crypto keyring NAME}: pre-shared keys scoped to the isakmp profiles using it. */
public record IkeKeyring(String name, String vrf, String description, String localAddress, List<Psk> keys) {
    public IkeKeyring {
        keys = List.copyOf(keys);
    }

    /** {@code pre-shared-key address A [M] key K} or {@code pre-shared-key hostname H key K}. */
    public record Psk(Ipv4 address, Ipv4 mask, String hostname, String key) {
        public boolean byAddress() {
            return address != null;
        }

        Ipv4 effectiveMask() {
            return mask == null ? Ipv4.HOST_MASK : mask;
        }

        boolean samePeer(Psk o) {
            return byAddress() ? o.byAddress() && address.equals(o.address) && effectiveMask().equals(o.effectiveMask())
                    : !o.byAddress() && hostname.equalsIgnoreCase(o.hostname);
        }

        public boolean matches(Ipv4 peer) {
            return byAddress() && address.covers(effectiveMask(), peer);
        }

        String render() {
            if (!byAddress()) return "  pre-shared-key hostname " + hostname + " key " + key;
            return "  pre-shared-key address " + address + (mask == null ? "" : " " + mask) + " key " + key;
        }
    }

    public static IkeKeyring named(String name) {
        return new IkeKeyring(name, null, null, null, List.of());
    }

    /** Adds or replaces the key for the same peer selector. */
    public IkeKeyring withKey(Psk psk) {
        List<Psk> next = new ArrayList<>();
        boolean replaced = false;
        for (Psk k : keys) {
            if (k.samePeer(psk)) {
                next.add(psk);
                replaced = true;
            } else {
                next.add(k);
            }
        }
        if (!replaced) next.add(psk);
        return new IkeKeyring(name, vrf, description, localAddress, next);
    }

    public IkeKeyring withoutKey(Psk selector) {
        return new IkeKeyring(name, vrf, description, localAddress,
                keys.stream().filter(k -> !k.samePeer(selector)).toList());
    }

    public IkeKeyring withDescription(String v) {
        return new IkeKeyring(name, vrf, v, localAddress, keys);
    }

    public IkeKeyring withLocalAddress(String v) {
        return new IkeKeyring(name, vrf, description, v, keys);
    }

    public IkeKeyring withVrf(String v) {
        return new IkeKeyring(name, v, description, localAddress, keys);
    }

    /** Running-config block: header with two trailing spaces, children indented two spaces. */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto keyring " + name + (vrf == null ? "" : " vrf " + vrf) + "  ");
        if (description != null) out.add("  description " + description);
        if (localAddress != null) out.add("  local-address " + localAddress);
        for (Psk k : keys) out.add(k.render());
        return out;
    }
}
