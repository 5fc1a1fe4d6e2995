package org.ikelab.router;

/** Receives datagrams for a bound router UDP port (IKE on 500/4500); called on the router's thread. */
@FunctionalInterface
public interface UdpHandler {
    void received(UdpDatagram datagram);
}
