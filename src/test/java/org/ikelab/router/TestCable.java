package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/** A cable for router tests (the real links live in org.ikelab.link, above the router). */
final class TestCable {
    final End a = new End();
    final End b = new End();
    /** Copies of every frame sent a -> b, for assertions on the wire. */
    final List<byte[]> seenAtoB = new ArrayList<>();

    TestCable() {
        a.peer = b;
        b.peer = a;
    }

    final class End implements L2Port {
        L2Handler handler;
        End peer;

        @Override
        public void transmit(ByteBuf frame) {
            if (this == a) {
                byte[] copy = new byte[frame.readableBytes()];
                frame.getBytes(frame.readerIndex(), copy);
                seenAtoB.add(copy);
            }
            if (peer.handler == null) {
                frame.release();
                return;
            }
            peer.handler.frameReceived(frame);
        }

        @Override
        public void attach(L2Handler h) {
            handler = h;
            if (peer.handler != null) peer.handler.carrierChanged(true);
        }

        @Override
        public void detach() {
            handler = null;
            if (peer.handler != null) peer.handler.carrierChanged(false);
        }

        @Override
        public boolean carrier() {
            return handler != null && peer.handler != null;
        }
    }
}
