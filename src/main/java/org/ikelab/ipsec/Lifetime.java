package org.ikelab.ipsec;

/**
 * SA lifetimes (RFC 4301 §4.4.2.1): after the SOFT limit the control plane is told to rekey,
 * at the HARD limit the SA stops working. Seconds and bytes count independently; 0 means no limit
 * of that kind. IOS negotiates {@code seconds}/{@code kilobytes} and rekeys around 90 % of them,
 * hence {@link #ios}.
 */
public record Lifetime(long softSeconds, long hardSeconds, long softBytes, long hardBytes) {
    public static final Lifetime NONE = new Lifetime(0, 0, 0, 0);

    public Lifetime {
        if (softSeconds < 0 || hardSeconds < 0 || softBytes < 0 || hardBytes < 0) throw new IllegalArgumentException("negative lifetime");
        if (hardSeconds > 0 && softSeconds > hardSeconds) throw new IllegalArgumentException("soft seconds after hard");
        if (hardBytes > 0 && softBytes > hardBytes) throw new IllegalArgumentException("soft bytes after hard");
    }

    /** IOS-style: hard at the negotiated values, soft at 90 % of them (kilobytes 0 = disabled). */
    public static Lifetime ios(long seconds, long kilobytes) {
        long bytes = kilobytes * 1024;
        return new Lifetime(seconds * 9 / 10, seconds, bytes * 9 / 10, bytes);
    }
}
