package org.ikelab.router.crypto;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ikelab.ike.LocalIdentity;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.ipsec.DfBitPolicy;

/**
 * The router-wide IKE and IPsec settings compiled from the config.
 *
 * @param proposals          phase-1 policies in the order IOS offers them (user policies by
 *                           priority, or the IOS 15 defaults when there are none)
 * @param preSharedKey       the key for a peer address (global keys, keyrings), empty when none
 * @param aggressivePeers    peers to start aggressive mode with, and the password for each
 *                           ({@code crypto isakmp peer address A / set aggressive-mode password})
 * @param natTraversal       announce NAT-T ({@code no crypto ipsec nat-transparency udp-encapsulation} turns it off)
 * @param keepaliveSeconds   {@code crypto isakmp keepalive S R}: DPD interval, 0 = off
 * @param keepaliveRetry     DPD retry interval in seconds
 * @param natKeepaliveSeconds {@code crypto isakmp nat keepalive S}, 0 = off
 * @param replayWindow       anti-replay window (0 = {@code replay disable})
 * @param dfBit              {@code crypto ipsec df-bit}
 * @param aggressiveModeDisabled {@code crypto isakmp aggressive-mode disable}: as responder,
 *                           ignore aggressive mode (ios-crypto-reference §5.4)
 * @param identity           {@code crypto isakmp identity}: what we send in phase 1 by default
 * @param isakmpProfiles     {@code crypto isakmp profile}s by name, in config order
 * @param invalidSpiRecovery {@code crypto isakmp invalid-spi-recovery}: IPsec traffic on an
 *                           unknown SPI from a peer we have no ISAKMP SA with starts phase 1,
 *                           so the INVALID-SPI notify can reach it
 */
public record CryptoSettings(List<Phase1Proposal> proposals, Function<InetAddress, Optional<byte[]>> preSharedKey,
        Map<InetAddress, byte[]> aggressivePeers, boolean natTraversal, int keepaliveSeconds, int keepaliveRetry,
        int natKeepaliveSeconds, int replayWindow, DfBitPolicy dfBit, boolean aggressiveModeDisabled,
        LocalIdentity identity, Map<String, IsakmpProfileSpec> isakmpProfiles, boolean invalidSpiRecovery) {
    public CryptoSettings {
        proposals = List.copyOf(proposals);
        aggressivePeers = Map.copyOf(aggressivePeers);
        if (identity == null) identity = LocalIdentity.ADDRESS;
        isakmpProfiles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(isakmpProfiles));
    }

    /** Settings without invalid-SPI recovery (the IOS default). */
    public CryptoSettings(List<Phase1Proposal> proposals, Function<InetAddress, Optional<byte[]>> preSharedKey,
            Map<InetAddress, byte[]> aggressivePeers, boolean natTraversal, int keepaliveSeconds, int keepaliveRetry,
            int natKeepaliveSeconds, int replayWindow, DfBitPolicy dfBit, boolean aggressiveModeDisabled,
            LocalIdentity identity, Map<String, IsakmpProfileSpec> isakmpProfiles) {
        this(proposals, preSharedKey, aggressivePeers, natTraversal, keepaliveSeconds, keepaliveRetry, natKeepaliveSeconds,
                replayWindow, dfBit, aggressiveModeDisabled, identity, isakmpProfiles, false);
    }

    /** Settings without isakmp profiles, identified by address. */
    public CryptoSettings(List<Phase1Proposal> proposals, Function<InetAddress, Optional<byte[]>> preSharedKey,
            Map<InetAddress, byte[]> aggressivePeers, boolean natTraversal, int keepaliveSeconds, int keepaliveRetry,
            int natKeepaliveSeconds, int replayWindow, DfBitPolicy dfBit, boolean aggressiveModeDisabled) {
        this(proposals, preSharedKey, aggressivePeers, natTraversal, keepaliveSeconds, keepaliveRetry, natKeepaliveSeconds,
                replayWindow, dfBit, aggressiveModeDisabled, LocalIdentity.ADDRESS, Map.of());
    }

    /** The profile that selects {@code peer} by {@code match identity address}, if any (first in config order). */
    public Optional<IsakmpProfileSpec> profileFor(InetAddress peer) {
        return isakmpProfiles.values().stream().filter(p -> p.matches().test(peer)).findFirst();
    }

    /** Settings that accept aggressive mode (the IOS default). */
    public CryptoSettings(List<Phase1Proposal> proposals, Function<InetAddress, Optional<byte[]>> preSharedKey,
            Map<InetAddress, byte[]> aggressivePeers, boolean natTraversal, int keepaliveSeconds, int keepaliveRetry,
            int natKeepaliveSeconds, int replayWindow, DfBitPolicy dfBit) {
        this(proposals, preSharedKey, aggressivePeers, natTraversal, keepaliveSeconds, keepaliveRetry, natKeepaliveSeconds,
                replayWindow, dfBit, false);
    }
}
