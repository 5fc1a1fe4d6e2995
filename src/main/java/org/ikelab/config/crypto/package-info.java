/**
 * The crypto configuration of a router, as IOS holds it: records per object (ISAKMP policies
 * and keys, IKEv1 keyrings, isakmp profiles and peers, transform sets, IPsec profiles, crypto
 * and dynamic map entries, IKEv2 proposals, policies, keyrings and profiles, RSA key requests,
 * PKI trustpoints and servers) inside one mutable {@link org.ikelab.config.crypto.CryptoConfig}.
 *
 * <p>Commands change it through one method per command, which answers what IOS prints as a
 * {@link org.ikelab.config.crypto.ConfigReply}. The IKE/IPsec runtime reads it through the query
 * methods of {@code CryptoConfig}: {@code isakmpPoliciesInOrder()} (user policies ascending, or
 * the IOS 15 default suites), {@code isakmpPreSharedKey(peer)} / {@code keyringPreSharedKey}
 * (most specific match), {@code isakmpProfileFor(peer)}, {@code cryptoMap(name)} (entries in
 * ascending sequence) and {@code dynamicMap(name)}, {@code transformSet(name)} and
 * {@code ipsecProfile(name)} (smart defaults included), {@code ikev2PoliciesInOrder()},
 * {@code ikev2Proposal/Keyring/Profile(name)}, {@code ipsecGlobals()}.
 *
 * <p>The running-config text comes from {@code render*}: exact IOS order, indentation, trailing
 * spaces and "!" separators (reference §3).
 */
package org.ikelab.config.crypto;
