package org.ikelab.ike;

import java.util.List;

/**
 * Everything IKE needs to talk to one peer, as immutable data compiled from the IOS config
 * (crypto isakmp policies, the pre-shared key for the peer, NAT-T on or off).
 *
 * @param proposals     policies in ascending priority number (the order IOS offers them)
 * @param natTraversal  announce RFC 3947 and send NAT-D (IOS default: on)
 */
public record PeerConfig(IkeEndpoint local, IkeEndpoint remote, byte[] preSharedKey, List<Phase1Proposal> proposals,
        boolean natTraversal) {
    public PeerConfig {
        proposals = List.copyOf(proposals);
        preSharedKey = preSharedKey.clone();
        if (proposals.isEmpty()) throw new IllegalArgumentException("no isakmp policies");
    }
}
