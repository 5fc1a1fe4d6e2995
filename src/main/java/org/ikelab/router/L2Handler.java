package org.ikelab.router;

import io.netty.buffer.ByteBuf;

/** What a port delivers to; a router interface's handler hops onto the router's own thread. */
public interface L2Handler {
    /** One received frame; the handler owns it. May be called on any thread. */
    void frameReceived(ByteBuf frame);

    /** Carrier came or went. May be called on any thread. */
    void carrierChanged(boolean up);
}
