package org.ikelab.ike.v1;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.ike.IkeTransport;

/**
 * Datagrams between daemons in one JVM, delivered one at a time by the test (strongSwan's
 * exchange_test_helper "process the next message in the send queue").
 */
final class InMemoryNetwork implements IkeTransport {
    record Datagram(IkeEndpoint from, IkeEndpoint to, byte[] bytes) {
    }

    private final Deque<Datagram> queue = new ArrayDeque<>();
    private final Map<java.net.InetAddress, IkeV1Daemon> daemons = new HashMap<>();
    private final Map<IkeEndpoint, IkeEndpoint> outbound = new HashMap<>();
    private final Map<IkeEndpoint, IkeEndpoint> inbound = new HashMap<>();

    /** A NAT box: datagrams from {@code inside} leave as from {@code outside}, and back. */
    void nat(IkeEndpoint inside, IkeEndpoint outside) {
        outbound.put(inside, outside);
        inbound.put(outside, inside);
    }

    void attach(IkeEndpoint address, IkeV1Daemon daemon) {
        daemons.put(address.address(), daemon);
    }

    @Override
    public void send(IkeEndpoint from, IkeEndpoint to, byte[] datagram) {
        queue.add(new Datagram(outbound.getOrDefault(from, from), inbound.getOrDefault(to, to), datagram));
    }

    int pending() {
        return queue.size();
    }

    /** Removes the next datagram without delivering it (a loss). */
    Datagram drop() {
        return queue.remove();
    }

    Datagram peek() {
        return queue.peek();
    }

    /** Delivers the next datagram to the daemon that owns its destination address. */
    Datagram deliver() {
        Datagram d = queue.remove();
        daemons.get(d.to().address()).receive(d.to(), d.from(), ByteBuffer.wrap(d.bytes()));
        return d;
    }

    /** Delivers a copy of a datagram again (a duplicate on the wire). */
    void deliverAgain(Datagram d) {
        daemons.get(d.to().address()).receive(d.to(), d.from(), ByteBuffer.wrap(d.bytes().clone()));
    }
}
