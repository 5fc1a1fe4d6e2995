/**
 * The lab runtime: {@link org.ikelab.lab.Lab} starts the routers of a topology and cables them
 * (in memory, or UDP between lab hosts), with captures and impairments, on real time or on the
 * virtual-time simulator; {@link org.ikelab.lab.RouterNode} is one router (scheduler, data plane,
 * running-config, NVRAM, config applier); {@link org.ikelab.lab.InterfaceNames} reads interface
 * names in topology files with the CLI's abbreviation rules. Consoles, telnet and the lab shell
 * are in {@code org.ikelab.cli}; the {@code run}, {@code lab} and {@code check} commands in
 * {@code org.ikelab.app}.
 *
 * <h2>Extension point: per-router features</h2>
 * A feature that follows the configuration and offers runtime state to the CLI (crypto maps, IKE,
 * IPsec) implements {@link org.ikelab.lab.NodeFeature} and is registered on each node:
 * <pre>{@code
 * node.addFeature(new CryptoEngine(node));            // on the node's thread; configChanged runs at once
 * // CryptoEngine implements NodeFeature:
 * //   configChanged(RouterConfig cfg) - after every accepted config command, after the startup-config
 * //                                     and after reload; diff against what was applied last
 * //   close()                         - lab stops
 * }</pre>
 * The CLI reaches it from a command handler through the session's node:
 * {@code session.node().feature(CryptoEngine.class).ifPresent(e -> ...)} (the session may have no
 * node: the stand-alone {@code ikelab router} console). A feature uses
 * {@link org.ikelab.lab.RouterNode#router()} (udpBind, registerProtocol, egress/ingress hooks,
 * tunnel outputs), {@link org.ikelab.lab.RouterNode#scheduler()} for timers,
 * {@link org.ikelab.lab.RouterNode#random()} for randomness and
 * {@link org.ikelab.lab.RouterNode#logMessage(String)} for stamped console log lines. Features are
 * added where a node is created: register a factory with
 * {@link org.ikelab.lab.RouterNode#addFeatureFactory} once per JVM (e.g. from the app layer), and
 * every node built afterwards gets the feature before it boots.
 *
 * <p>Threading: all of it runs on the node's scheduler thread (decision 1).
 */
package org.ikelab.lab;
