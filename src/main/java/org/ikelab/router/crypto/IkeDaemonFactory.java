package org.ikelab.router.crypto;

import java.util.Optional;
import java.util.function.Function;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.ike.IkeTransport;
import org.ikelab.ike.PeerConfig;
import org.ikelab.ike.SaInstaller;
import org.ikelab.ike.v1.IkeV1Daemon;
import org.ikelab.ike.v1.Ikev1Listener;

/**
 * Builds the router's IKEv1 daemon around the engine's ports. The daemon needs a phase-1 cipher
 * provider from the crypto layer, which the router layer may not name; the config layer supplies
 * this factory.
 */
@FunctionalInterface
public interface IkeDaemonFactory {
    IkeV1Daemon create(IkeTransport transport, SaInstaller installer,
            Function<IkeEndpoint, Optional<PeerConfig>> responderConfig, Ikev1Listener listener);
}
