package org.ikelab.link;

import io.netty.buffer.ByteBuf;
import org.ikelab.router.L2Handler;
import org.ikelab.router.L2Port;
import org.ikelab.router.Router;

/**
 * A cable between two interfaces of routers in one process: a frame transmitted on one end is
 * handed, without a copy, to the other end's handler (which queues it onto that router's
 * scheduler). Carrier is up while the cable is "plugged" ({@link #setUp}) and both ends are
 * attached.
 */
public final class InMemoryLink {
    private final End a = new End();
    private final End b = new End();
    private volatile boolean up = true;

    public InMemoryLink() {
        a.peer = b;
        b.peer = a;
    }

    /**
     * Cables {@code ifA} of {@code ra} to {@code ifB} of {@code rb}. Call before traffic flows, or
     * with both routers on one scheduler (a virtual-time topology) from its thread.
     */
    public static InMemoryLink cable(Router ra, String ifA, Router rb, String ifB) {
        InMemoryLink l = new InMemoryLink();
        ra.connect(ifA, l.a());
        rb.connect(ifB, l.b());
        return l;
    }

    public L2Port a() { return a; }
    public L2Port b() { return b; }

    /** Pulls (false) or plugs (true) the cable; both ends see the carrier change. */
    public void setUp(boolean plugged) {
        if (up == plugged) return;
        up = plugged;
        a.notifyCarrier();
        b.notifyCarrier();
    }

    private final class End implements L2Port {
        private volatile L2Handler handler;
        private End peer;

        @Override
        public void transmit(ByteBuf frame) {
            L2Handler h = peer.handler;
            if (!up || h == null) {
                frame.release();
                return;
            }
            h.frameReceived(frame);
        }

        @Override
        public void attach(L2Handler h) {
            handler = h;
            peer.notifyCarrier();
        }

        @Override
        public void detach() {
            handler = null;
            peer.notifyCarrier();
        }

        @Override
        public boolean carrier() {
            return up && handler != null && peer.handler != null;
        }

        void notifyCarrier() {
            L2Handler h = handler;
            if (h != null) h.carrierChanged(carrier());
        }
    }
}
