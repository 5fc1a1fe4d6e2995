package org.ikelab.ipsec;

/**
 * One SPD entry (RFC 4301 §4.4.1): packets matching {@code selector} are protected with
 * {@code bundle}, passed in clear (BYPASS) or dropped (DISCARD). A PROTECT policy without a bundle
 * yet is what triggers IKE (IOS: the first ping of a crypto map is dropped and counted as a send
 * error). The bundle is replaced on rekey, so it is mutable.
 */
public final class SecurityPolicy {
    public enum Action { PROTECT, BYPASS, DISCARD }

    private final Selector selector;
    private final Action action;
    private SaBundle bundle;

    public SecurityPolicy(Selector selector, Action action) {
        this.selector = selector;
        this.action = action;
    }

    public Selector selector() { return selector; }

    public Action action() { return action; }

    /** The SAs currently protecting this policy's traffic, or null before IKE installed them. */
    public SaBundle bundle() { return bundle; }

    public void bundle(SaBundle b) { this.bundle = b; }
}
