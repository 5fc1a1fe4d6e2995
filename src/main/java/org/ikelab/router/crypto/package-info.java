/**
 * The router's crypto engine: crypto maps on interfaces, IKEv1 over the router's own UDP
 * sockets 500/4500, and the IPsec data plane, glued together.
 *
 * <p>{@link org.ikelab.router.crypto.CryptoEngine} is one router's engine. The config compiler
 * ({@code org.ikelab.config.crypto.apply}) hands it immutable specs ({@link
 * org.ikelab.router.crypto.CryptoSettings}, {@link org.ikelab.router.crypto.CryptoMapSpec}) and
 * the two ports this layer cannot implement itself because they need the crypto catalogue: {@link
 * org.ikelab.router.crypto.SaTranslator} (negotiated SA to data-plane SA) and {@link
 * org.ikelab.router.crypto.IkeDaemonFactory} (the IKEv1 daemon with its phase-1 ciphers).
 *
 * <p>Packets: an {@link org.ikelab.router.EgressHook} per crypto-map interface checks the map's
 * entries in sequence order (ios-crypto-reference §7.1): a permit line with SAs encrypts, a permit
 * line without SAs drops the packet, counts a send error and triggers IKE, a deny line or no match
 * lets the packet go in clear. Raw ESP and AH arrive through protocol handlers 50/51, ESP in UDP
 * 4500 through the interface's {@link org.ikelab.router.IngressHook}, IKE through the UDP sockets.
 * Everything runs on the router's thread, but for one thing: with a crypto helper set
 * ({@link org.ikelab.router.Router#setCryptoHelper}), outbound ESP packets of 512 bytes and more
 * are encrypted and given their ICV there, in batches, and come back to be sent in order
 * ({@link org.ikelab.router.crypto.SealOffload}); the helper touches only those buffers and the
 * SA's second set of keyed transforms.
 *
 * <p>Entry options: {@code set isakmp-profile} (the profile's keyring and self-identity when we
 * initiate; an entry bound to a profile serves only SAs of that profile), {@code reverse-route}
 * (a static route to the remote proxy while SAs exist) and {@code reverse-route static} (while the
 * entry is bound), {@code set security-association idle-time} (idle pairs are deleted) and
 * {@code level per-host} (one flow and SA pair per host pair). {@code clear crypto sa counters}
 * zeroes only what {@code show} prints ({@link org.ikelab.router.crypto.CounterBaseline}).
 */
package org.ikelab.router.crypto;
