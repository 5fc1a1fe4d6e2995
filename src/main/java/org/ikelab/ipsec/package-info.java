/**
 * The IPsec data plane of one router, shaped like strongSwan's libipsec.
 *
 * <h2>Control plane: installing SAs</h2>
 * IKE negotiates, derives keys, and hands each SA to {@link org.ikelab.ipsec.IpsecDataPlane#install}
 * (or an inbound/outbound pair to {@code installPair}) as an immutable
 * {@link org.ikelab.ipsec.SaConfig}:
 * <pre>{@code
 * SaConfig in = SaConfig.esp(spiIn, Direction.INBOUND, local, peer)
 *         .encryption(EncryptionAlgorithm.AES_CBC_128, keyIn).integrity(IntegrityAlgorithm.HMAC_SHA1_96, authIn)
 *         .mode(Mode.TUNNEL).replayWindow(64).lifetime(Lifetime.ios(3600, 4_608_000))
 *         .selector(new Selector(remoteTs, localTs)).build();
 * SaConfig out = SaConfig.esp(spiOut, Direction.OUTBOUND, local, peer)...selector(new Selector(localTs, remoteTs)).build();
 * List<IpsecSa> sas = dataPlane.installPair(in, out);
 * policy.bundle(SaBundle.of(sas.get(1)));        // the SPD entry / crypto map entry now protects
 * }</pre>
 * NAT-T adds {@code .udpEncap(4500, peerPort)}, AH uses {@code SaConfig.ah(...)}, an AH+ESP
 * transform set becomes {@code new SaBundle(espOut, ahOut)}. Rekey: install the new pair, switch
 * the policy's bundle, {@link org.ikelab.ipsec.IpsecDataPlane#remove} the old SAs later.
 * {@link org.ikelab.ipsec.IpsecEventListener} reports unknown SPIs and soft/hard expiry.
 *
 * <h2>Router: moving packets</h2>
 * The router wraps the heap array of its packet buffer in a reused
 * {@link org.ikelab.ipsec.PacketBuffer} whose window is the IPv4 packet, with headroom and
 * tailroom around it ({@code IpsecDataPlane.HEADROOM} bytes before and {@code TAILROOM} after are
 * enough for every transform, mode and bundle):
 * <pre>{@code
 * Verdict v = dataPlane.outbound(policy.bundle(), pkt);   // PROTECTED: pkt now holds the packet for the peer
 * Verdict v = dataPlane.inbound(pkt, result);              // DELIVER: pkt now holds the inner packet
 * }</pre>
 * Inbound takes any IPv4 packet addressed to the router: ESP, AH and UDP/4500 are processed,
 * {@code IKE} (non-ESP marker on 4500) and {@code NOT_IPSEC} are left untouched for the caller.
 * Every other verdict is a counted drop; nothing throws on packet content.
 *
 * <p>Everything here belongs to the router's thread, except one half of outbound ESP: with
 * {@link org.ikelab.ipsec.IpsecDataPlane#outboundDeferred} the router does all the bookkeeping
 * and leaves encryption and ICV to a {@link org.ikelab.ipsec.PendingSeal}, which another thread
 * may run (with the SA's second set of keyed transforms) before the router sends the packet.
 */
package org.ikelab.ipsec;
