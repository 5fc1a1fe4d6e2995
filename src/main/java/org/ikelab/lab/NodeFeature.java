package org.ikelab.lab;

import org.ikelab.config.RouterConfig;

/**
 * A per-router feature that follows the configuration and offers runtime state to the CLI (the
 * extension point for crypto maps, IKE and IPsec). Register one with
 * {@link RouterNode#addFeature}; the CLI finds it again with {@link RouterNode#feature(Class)}.
 *
 * <p>Every call runs on the node's scheduler thread, like every router call: the feature may use
 * {@link RouterNode#router()} freely from inside these methods and from tasks it schedules on
 * {@link RouterNode#scheduler()}.
 */
public interface NodeFeature {
    /**
     * The configuration changed: called after every accepted configuration command (on the
     * running-config, after the non-crypto part has been applied to the router), once after the
     * whole startup-config, and after {@code reload}. Compare with what you applied last and change
     * only the difference: this is called often.
     */
    void configChanged(RouterConfig config);

    /** The node stops (lab shut down): release sockets, timers and buffers. */
    default void close() {
    }
}
