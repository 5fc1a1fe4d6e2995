/**
 * Reconciles a {@link org.ikelab.config.RouterConfig} into a running {@link org.ikelab.router.Router}
 * (the non-crypto part: hostname, interfaces, addresses, shutdown, MTU, description, static
 * routes, access lists and access-groups).
 *
 * <p>{@link org.ikelab.config.apply.ConfigApplier#apply} compares the configuration with what it
 * applied last time and changes only the difference, so it is cheap to call after every accepted
 * configuration command and once after a whole startup-config. Crypto is not applied here: crypto
 * features plug into the lab node (see {@code org.ikelab.lab.NodeFeature}).
 */
package org.ikelab.config.apply;
