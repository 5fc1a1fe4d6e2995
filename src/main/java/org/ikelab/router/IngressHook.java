package org.ikelab.router;

import io.netty.buffer.ByteBuf;

/**
 * Where a crypto map checks arriving traffic on an interface (set with
 * {@link Router#setIngressHook}). Called on the router's thread for every IPv4 datagram
 * received on the interface, after the header checks and the inbound access list, before
 * routing or local delivery. Same contract as {@link EgressHook}: {@code false} continues
 * normal processing, {@code true} means the hook owns (and will release) the buffer. ESP
 * addressed to the router is better taken with {@link Router#registerProtocol}.
 */
@FunctionalInterface
public interface IngressHook {
    boolean onIngress(RouterInterface iface, ByteBuf packet);
}
