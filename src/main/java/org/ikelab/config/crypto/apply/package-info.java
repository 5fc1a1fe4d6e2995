/**
 * Compiles the crypto part of a {@link org.ikelab.config.RouterConfig} (isakmp policies and keys,
 * transform sets, crypto maps, their ACLs and interface bindings) into the runtime objects of
 * {@link org.ikelab.router.crypto.CryptoEngine}: {@link org.ikelab.config.crypto.apply.CryptoCompiler}
 * is the entry point; the other classes each translate one kind of object.
 */
package org.ikelab.config.crypto.apply;
