package org.ikelab.router;

import io.netty.buffer.ByteBuf;

/**
 * Where a crypto map plugs into an interface's output (set with
 * {@link Router#setEgressHook}). Called on the router's thread for every IPv4 datagram routed
 * out of the interface (forwarded or locally originated), after the outbound access list and
 * before fragmentation and ARP.
 *
 * <p>{@code packet}'s readable bytes are exactly the IPv4 datagram. Return {@code false} to let
 * it continue in clear text, untouched. Return {@code true} when the hook took ownership: it
 * then releases the buffer (dropping it, e.g. while IKE negotiates) or sends the encapsulated
 * result with {@link Router#sendIp} (which calls the hook again for the new outer packet, so
 * the hook must pass its own ESP/IKE traffic).
 */
@FunctionalInterface
public interface EgressHook {
    boolean onEgress(RouterInterface iface, ByteBuf packet);
}
