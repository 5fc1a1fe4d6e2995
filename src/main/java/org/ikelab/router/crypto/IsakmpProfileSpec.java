package org.ikelab.router.crypto;

import java.net.InetAddress;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ikelab.ike.LocalIdentity;

/**
 * One {@code crypto isakmp profile} as the engine uses it: which peers it selects as responder
 * ({@code match identity address}), the pre-shared key its keyrings hold for a peer, and the
 * identity it sends ({@code self-identity}; null means the global {@code crypto isakmp identity}).
 * A crypto map entry with {@code set isakmp-profile NAME} uses it when initiating.
 */
public record IsakmpProfileSpec(String name, Predicate<InetAddress> matches,
        Function<InetAddress, Optional<byte[]>> preSharedKey, LocalIdentity selfIdentity) {
}
