package org.ikelab.link;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import org.ikelab.router.L2Handler;
import org.ikelab.router.L2Port;
import org.ikelab.wire.pcap.PcapWriter;

/**
 * Capture decorator: every frame through the wrapped port, both directions, goes to a pcap
 * file before it moves on. Write errors are counted, never thrown into the data path.
 */
public final class PcapCapture implements L2Port {
    private final L2Port inner;
    private final PcapWriter writer;
    private final AtomicLong errors = new AtomicLong();

    public PcapCapture(L2Port inner, PcapWriter writer) {
        this.inner = inner;
        this.writer = writer;
    }

    public long writeErrors() {
        return errors.get();
    }

    private void record(ByteBuf frame) {
        try {
            ByteBuffer b = frame.nioBuffer(frame.readerIndex(), frame.readableBytes());
            writer.write(b, 0, b.remaining());
        } catch (IOException e) {
            errors.incrementAndGet();
        }
    }

    @Override
    public void transmit(ByteBuf frame) {
        record(frame);
        inner.transmit(frame);
    }

    @Override
    public void attach(L2Handler handler) {
        inner.attach(new L2Handler() {
            @Override
            public void frameReceived(ByteBuf frame) {
                record(frame);
                handler.frameReceived(frame);
            }

            @Override
            public void carrierChanged(boolean up) {
                handler.carrierChanged(up);
            }
        });
    }

    @Override
    public void detach() {
        inner.detach();
    }

    @Override
    public boolean carrier() {
        return inner.carrier();
    }
}
