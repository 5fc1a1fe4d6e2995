package org.ikelab.router;

import java.nio.ByteBuffer;

/**
 * A datagram received on a router UDP socket. {@code payload} is a view into the packet buffer
 * (position 0, limit = length) valid only during the handler call: copy what you keep.
 */
public record UdpDatagram(int src, int srcPort, int dst, int dstPort, ByteBuffer payload, RouterInterface ingress) {
}
