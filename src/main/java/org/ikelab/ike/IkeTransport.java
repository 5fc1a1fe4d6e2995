package org.ikelab.ike;

/**
 * The port through which IKE sends datagrams; the router implements it with its own UDP
 * sockets on 500/4500 (ARCHITECTURE decision 8), tests with an in-memory network. IKE never
 * sees a router class. Inbound datagrams come the other way, by calling the IKE daemon's
 * {@code receive} on the router's event loop.
 */
@FunctionalInterface
public interface IkeTransport {
    /**
     * Sends one ISAKMP message (without the non-ESP marker: the transport adds it on port
     * 4500). The array is not modified afterwards, so the transport may keep it.
     */
    void send(IkeEndpoint from, IkeEndpoint to, byte[] datagram);
}
