package org.ikelab.router;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Reads, writes and copies through {@link PacketWindow} see the buffer's bytes, whatever kind of buffer it is. */
class PacketWindowTest {
    static final int LEN = 200;

    /** How a packet may arrive; {@code retains} when the derived buffer holds its own reference to release. */
    record Kind(String name, Function<ByteBuf, ByteBuf> make, boolean retains) { }

    static List<Kind> kinds() {
        return List.of(new Kind("itself", b -> b, false), new Kind("slice", b -> b.slice(13, 150), false),
                new Kind("retained slice", b -> b.retainedSlice(7, 180), true),
                new Kind("read-only slice", b -> b.asReadOnly().slice(5, 100), false),
                new Kind("two components", b -> Unpooled.wrappedBuffer(b.retainedSlice(0, 60), b.retainedSlice(60, 100)), true));
    }

    static List<ByteBuf> origins() {
        return List.of(PooledByteBufAllocator.DEFAULT.directBuffer(LEN), PooledByteBufAllocator.DEFAULT.heapBuffer(LEN),
                Unpooled.directBuffer(LEN), Unpooled.buffer(LEN));
    }

    @Test
    void windowsAndCopiesSeeTheBuffersBytes() {
        for (Kind kind : kinds()) {
            for (ByteBuf origin : origins()) {
                for (int i = 0; i < LEN; i++) origin.writeByte(i * 7);
                ByteBuf b = kind.make().apply(origin);
                try {
                    check(b);
                } finally {
                    if (kind.retains()) b.release();
                    origin.release();
                }
            }
        }
    }

    private static void check(ByteBuf b) {
        int n = b.readableBytes();
        ByteBuffer w = PacketWindow.of(b, 3, n - 3);
        int at = w.position();
        for (int i = 0; i < n - 3; i++) assertEquals(b.getByte(3 + i), w.get(at + i), "byte " + i + " of " + b);
        // Taking the window again for a few bytes leaves the first view readable to its end.
        PacketWindow.of(b, 1, 2);
        assertEquals(b.getByte(n - 1), w.get(at + n - 4));

        byte[] out = new byte[n - 5];
        PacketWindow.copyOut(b, 5, out, 0, n - 5);
        byte[] expected = new byte[n - 5];
        b.getBytes(5, expected);
        assertArrayEquals(expected, out);

        if (b.isReadOnly()) return;
        byte[] in = new byte[20];
        for (int i = 0; i < in.length; i++) in[i] = (byte) (100 + i);
        PacketWindow.copyIn(b, 9, in, 0, in.length);
        byte[] back = new byte[20];
        b.getBytes(9, back);
        assertArrayEquals(in, back);
        // A window writes through, except over several components: the router flattens those first.
        if (b.nioBufferCount() != 1) return;
        ByteBuffer v = PacketWindow.of(b);
        v.put(v.position(), (byte) 0x5a);
        assertEquals((byte) 0x5a, b.getByte(b.readerIndex()), "write through the window of " + b);
    }
}
