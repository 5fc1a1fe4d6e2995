/**
 * Links: {@link org.ikelab.router.L2Port} implementations carrying Ethernet frames
 * (decision 7) — {@link org.ikelab.link.InMemoryLink} (routers of one process),
 * {@link org.ikelab.link.UdpLink} (one frame per datagram, GNS3/QEMU compatible, netty epoll or
 * NIO), {@link org.ikelab.link.TunTapBridge} (Linux TUN/TAP through FFM, optionally in a named
 * network namespace) — and decorators wrapping any port: {@link org.ikelab.link.PcapCapture}
 * and {@link org.ikelab.link.ImpairedPort}.
 */
package org.ikelab.link;
