package org.ikelab.cli.crypto;

import org.ikelab.config.RouterConfig;
import org.ikelab.config.crypto.apply.CryptoCompiler;
import org.ikelab.lab.NodeFeature;
import org.ikelab.lab.RouterNode;
import org.ikelab.router.crypto.CryptoEngine;

/**
 * Crypto on a lab node: the router's {@link CryptoEngine}, kept in line with the running
 * configuration (SAs survive changes, ios-crypto-reference §7.12), and the node's {@code debug
 * crypto} switches, whose lines go to the node's console log.
 */
public final class CryptoNodeFeature implements NodeFeature {
    private final RouterNode node;
    private final CryptoDebug debug;
    private CryptoEngine engine;

    private CryptoNodeFeature(RouterNode node) {
        this.node = node;
        this.debug = new CryptoDebug(node::logMessage);
    }

    private static final java.util.concurrent.atomic.AtomicBoolean FACTORY = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Gives every lab node created from now on its crypto feature (once per JVM; the app calls it
     * before starting a lab), so routers nobody opened a console on still run their crypto maps.
     */
    public static void install() {
        if (FACTORY.compareAndSet(false, true)) RouterNode.addFeatureFactory(CryptoNodeFeature::new);
    }

    /** The node's crypto feature, registered on first use (call on the node's thread). */
    public static CryptoNodeFeature of(RouterNode node) {
        return node.feature(CryptoNodeFeature.class).orElseGet(() -> {
            CryptoNodeFeature f = new CryptoNodeFeature(node);
            node.addFeature(f);
            return f;
        });
    }

    @Override
    public void configChanged(RouterConfig config) {
        if (engine == null) {
            engine = CryptoCompiler.install(node.router(), config, node.random());
            debug.attach(engine);
        } else {
            CryptoCompiler.apply(engine, config);
        }
    }

    /** The engine; null until the first configuration arrived. */
    public CryptoEngine engine() {
        return engine;
    }

    public CryptoDebug debug() {
        return debug;
    }
}
