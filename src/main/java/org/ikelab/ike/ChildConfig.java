package org.ikelab.ike;

import java.util.List;

/**
 * One quick-mode configuration compiled from a crypto map entry or IPsec profile: its transform
 * sets in {@code set transform-set} order (offered as proposals 1, 2, ...), the proxies (the
 * crypto ACL line, from our side), PFS and lifetimes.
 *
 * @param local    our side of the proxy (the ACL source)
 * @param remote   the peer's side (the ACL destination)
 * @param pfsGroup DH group for PFS, 0 without {@code set pfs}
 */
public record ChildConfig(List<ChildTransform> transforms, TrafficSelector local, TrafficSelector remote, int pfsGroup,
        long lifetimeSeconds, long lifetimeKilobytes) {
    public static final long DEFAULT_LIFETIME_SECONDS = 3600;
    public static final long DEFAULT_LIFETIME_KILOBYTES = 4608000;

    public ChildConfig {
        transforms = List.copyOf(transforms);
        if (transforms.isEmpty()) throw new IllegalArgumentException("no transform set");
    }

    /** A crypto map entry with one transform set. */
    public ChildConfig(ChildTransform transform, TrafficSelector local, TrafficSelector remote, int pfsGroup,
            long lifetimeSeconds, long lifetimeKilobytes) {
        this(List.of(transform), local, remote, pfsGroup, lifetimeSeconds, lifetimeKilobytes);
    }
}
