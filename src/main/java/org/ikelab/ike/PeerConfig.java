package org.ikelab.ike;

import java.util.List;

/**
 * Everything IKE needs to talk to one peer, as immutable data compiled from the IOS config
 * (crypto isakmp policies, the pre-shared key for the peer, NAT-T on or off, and the crypto
 * map entries toward that peer, which a responder matches quick mode requests against).
 *
 * @param proposals     policies in ascending priority number (the order IOS offers them)
 * @param natTraversal  announce RFC 3947 and send NAT-D (IOS default: on)
 * @param children      quick mode configurations for this peer, in crypto map sequence order
 * @param aggressiveMode initiate with aggressive mode ({@code crypto isakmp peer ... set aggressive-mode})
 * @param identity      the identity we send in phase 1
 */
public record PeerConfig(IkeEndpoint local, IkeEndpoint remote, byte[] preSharedKey, List<Phase1Proposal> proposals,
        boolean natTraversal, List<ChildConfig> children, boolean aggressiveMode, LocalIdentity identity) {
    public PeerConfig {
        proposals = List.copyOf(proposals);
        children = List.copyOf(children);
        preSharedKey = preSharedKey.clone();
        if (proposals.isEmpty()) throw new IllegalArgumentException("no isakmp policies");
        if (identity == null) identity = LocalIdentity.ADDRESS;
    }

    /** A peer we identify ourselves to by address. */
    public PeerConfig(IkeEndpoint local, IkeEndpoint remote, byte[] preSharedKey, List<Phase1Proposal> proposals,
            boolean natTraversal, List<ChildConfig> children, boolean aggressiveMode) {
        this(local, remote, preSharedKey, proposals, natTraversal, children, aggressiveMode, LocalIdentity.ADDRESS);
    }

    /** A main mode peer. */
    public PeerConfig(IkeEndpoint local, IkeEndpoint remote, byte[] preSharedKey, List<Phase1Proposal> proposals,
            boolean natTraversal, List<ChildConfig> children) {
        this(local, remote, preSharedKey, proposals, natTraversal, children, false);
    }

    /** A main mode peer without quick mode configurations (phase 1 only). */
    public PeerConfig(IkeEndpoint local, IkeEndpoint remote, byte[] preSharedKey, List<Phase1Proposal> proposals,
            boolean natTraversal) {
        this(local, remote, preSharedKey, proposals, natTraversal, List.of(), false);
    }
}
