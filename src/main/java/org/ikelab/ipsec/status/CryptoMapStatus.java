package org.ikelab.ipsec.status;

import java.util.List;
import java.util.Objects;

/**
 * One crypto map (all its sequence entries) for {@code show crypto map}.
 *
 * @param name       map name; for tunnel protection {@code Tunnel0-head-0}
 * @param entries    entries in ascending sequence order; may be empty (IOSv prints the internal
 *                   {@code NiStTeSt1} map that way: only its {@code Interfaces using} line)
 * @param interfaces full names of the interfaces the map is bound to, listed under
 *                   {@code Interfaces using crypto map NAME:}
 */
public record CryptoMapStatus(String name, List<CryptoMapEntryStatus> entries, List<String> interfaces) {
    public CryptoMapStatus {
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
        interfaces = List.copyOf(interfaces);
    }
}
