package org.ikelab.router;

import io.netty.buffer.ByteBuf;

/**
 * The driver behind a Tunnel interface (GRE, IPsec VTI), set with
 * {@link Router#setTunnelOutput}. The router routes a datagram into the tunnel and calls
 * {@code output} on its thread; the driver owns {@code packet} (the inner IPv4 datagram),
 * encapsulates it and sends the outer packet with {@link Router#sendIp}, or releases it.
 * Received inner packets come back in with {@link Router#injectIp}.
 */
@FunctionalInterface
public interface TunnelOutput {
    void output(RouterInterface tunnel, ByteBuf packet);
}
