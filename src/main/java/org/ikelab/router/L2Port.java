package org.ikelab.router;

import io.netty.buffer.ByteBuf;

/**
 * The plug a link connects to a router interface (decision 7): it carries raw Ethernet frames
 * (no preamble, no FCS). Implementations live in {@code org.ikelab.link} (in-memory, UDP,
 * TUN/TAP) and decorators (capture, impairment) wrap one port in another.
 *
 * <p>Ownership: {@link #transmit} takes the frame; the port releases it (or hands it on, and
 * the next owner releases it). Frames delivered to the {@link L2Handler} belong to the handler.
 */
public interface L2Port {
    /** Sends one frame; called on the router's thread. The port owns {@code frame} from here on. */
    void transmit(ByteBuf frame);

    /** Connects the receiving side; frames and carrier changes may then arrive on any thread. */
    void attach(L2Handler handler);

    /** Disconnects the receiving side; later frames are released by the port. */
    void detach();

    /** True while the link has carrier (a cable is in and the far end is there). */
    boolean carrier();
}
