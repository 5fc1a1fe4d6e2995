/**
 * The virtual router's data plane (ARCHITECTURE decisions 1, 3, 4, 7).
 *
 * <p>{@link org.ikelab.router.Router} is the one entry point; all its methods run on the
 * router's {@link org.ikelab.common.Scheduler}. The config compiler calls
 * {@code addInterface}, {@code setAddress}, {@code setAdminUp}, {@code setMtu},
 * {@code addStaticRoute}, {@code setAccessGroup} (with an {@link org.ikelab.router.AclRuntime}),
 * {@code setProxyArp}; the lab runtime calls {@code connect(ifName, L2Port)}; the CLI calls
 * {@code ping}, {@code traceroute}, {@code routes}, {@code interfaces}, {@code arpTable},
 * {@code drops} and formats with {@code org.ikelab.router.show}.
 *
 * <p>IKE and IPsec plug in through: {@code udpBind} (ports 500/4500, sends through the router's
 * own stack), {@code registerProtocol} (ESP 50, AH 51, GRE 47 addressed to the router),
 * {@link org.ikelab.router.EgressHook} / {@link org.ikelab.router.IngressHook} per interface
 * (crypto maps), {@link org.ikelab.router.TunnelOutput} and {@code setTunnelLineProtocol}
 * (VTI and GRE tunnel interfaces), {@code sendIp} / {@code injectIp} / {@code allocateIp} to
 * emit encapsulated packets and re-inject decapsulated ones.
 *
 * <p>Buffers: every method taking a {@link io.netty.buffer.ByteBuf} takes ownership of it; the
 * final owner releases it once. Every dropped packet increments one
 * {@link org.ikelab.router.DropReason} counter.
 */
package org.ikelab.router;
