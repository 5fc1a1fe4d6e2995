package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code crypto ikev2 keyring NAME} with its {@code peer} blocks, in the order created. */
public record Ikev2Keyring(String name, Map<String, Peer> peers) {
    public Ikev2Keyring {
        peers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(peers));
    }

    /**
     * One {@code peer NAME} block. {@code identityType} is {@code address}, {@code fqdn},
     * {@code email} or {@code key-id}; keys are null when unset ({@code psk} is the symmetric
     * {@code pre-shared-key K}).
     */
    public record Peer(String name, String description, Ipv4 address, Ipv4 mask, String hostname,
            String identityType, String identityValue, String psk, String pskLocal, String pskRemote) {
        public static Peer named(String name) {
            return new Peer(name, null, null, null, null, null, null, null, null, null);
        }

        public Peer withDescription(String v) {
            return new Peer(name, v, address, mask, hostname, identityType, identityValue, psk, pskLocal, pskRemote);
        }

        public Peer withAddress(Ipv4 a, Ipv4 m) {
            return new Peer(name, description, a, m, hostname, identityType, identityValue, psk, pskLocal, pskRemote);
        }

        public Peer withHostname(String v) {
            return new Peer(name, description, address, mask, v, identityType, identityValue, psk, pskLocal, pskRemote);
        }

        public Peer withIdentity(String type, String value) {
            return new Peer(name, description, address, mask, hostname, type, value, psk, pskLocal, pskRemote);
        }

        public Peer withPsk(String both, String local, String remote) {
            return new Peer(name, description, address, mask, hostname, identityType, identityValue, both, local, remote);
        }

        /** Key this router signs with (local), falling back to the symmetric key. */
        public String localKey() {
            return pskLocal != null ? pskLocal : psk;
        }

        /** Key the peer is expected to sign with (remote), falling back to the symmetric key. */
        public String remoteKey() {
            return pskRemote != null ? pskRemote : psk;
        }

        public boolean matchesAddress(Ipv4 peerAddress) {
            return address != null && address.covers(mask == null ? Ipv4.HOST_MASK : mask, peerAddress);
        }

        List<String> render() {
            List<String> out = new ArrayList<>();
            out.add(" peer " + name);
            if (description != null) out.add("  description " + description);
            if (address != null) out.add("  address " + address + (mask == null ? "" : " " + mask));
            if (hostname != null) out.add("  hostname " + hostname);
            if (identityType != null) out.add("  identity " + identityType + " " + identityValue);
            if (psk != null) out.add("  pre-shared-key " + psk);
            if (pskLocal != null) out.add("  pre-shared-key local " + pskLocal);
            if (pskRemote != null) out.add("  pre-shared-key remote " + pskRemote);
            out.add(" !");
            return out;
        }
    }

    public static Ikev2Keyring named(String name) {
        return new Ikev2Keyring(name, Map.of());
    }

    public Ikev2Keyring withPeer(Peer p) {
        Map<String, Peer> next = new LinkedHashMap<>(peers);
        next.put(p.name(), p);
        return new Ikev2Keyring(name, next);
    }

    public Ikev2Keyring withoutPeer(String peerName) {
        Map<String, Peer> next = new LinkedHashMap<>(peers);
        next.remove(peerName);
        return new Ikev2Keyring(name, next);
    }

    /** The most specific peer block whose {@code address} covers {@code peerAddress}. */
    public Optional<Peer> peerFor(Ipv4 peerAddress) {
        return peers.values().stream().filter(p -> p.matchesAddress(peerAddress))
                .max((a, b) -> Integer.compare(prefix(a), prefix(b)));
    }

    /** The peer block whose {@code identity} equals the given type and value. */
    public Optional<Peer> peerForIdentity(String type, String value) {
        return peers.values().stream()
                .filter(p -> type.equals(p.identityType()) && value.equalsIgnoreCase(p.identityValue())).findFirst();
    }

    private static int prefix(Peer p) {
        return p.mask() == null ? 32 : p.mask().prefixLength();
    }

    /** Running-config block: each peer closed by " !", the keyring by "!". */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto ikev2 keyring " + name);
        for (Peer p : peers.values()) out.addAll(p.render());
        out.add("!");
        return out;
    }
}
