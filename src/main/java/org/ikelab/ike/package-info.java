/**
 * The IKE control plane's public face: immutable configuration records
 * ({@link org.ikelab.ike.PeerConfig}, {@link org.ikelab.ike.Phase1Proposal},
 * {@link org.ikelab.ike.ChildConfig}, {@link org.ikelab.ike.TrafficSelector}) and the ports the
 * router implements ({@link org.ikelab.ike.IkeTransport} for datagrams,
 * {@link org.ikelab.ike.SaInstaller} for IPsec SAs described by {@link org.ikelab.ike.ChildSa}).
 */
package org.ikelab.ike;
