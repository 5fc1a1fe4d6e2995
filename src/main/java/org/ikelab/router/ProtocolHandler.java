package org.ikelab.router;

import io.netty.buffer.ByteBuf;

/**
 * Receives IPv4 datagrams addressed to one of the router's own addresses for an IP protocol
 * that the router does not handle itself (ESP 50, AH 51, GRE 47), registered with
 * {@link Router#registerProtocol}. Called on the router's thread with a reassembled datagram
 * (readable bytes = the whole IPv4 datagram); the handler owns and releases it.
 */
@FunctionalInterface
public interface ProtocolHandler {
    void received(RouterInterface ingress, ByteBuf packet);
}
