package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Netty's own window onto a buffer's memory ({@code internalNioBuffer}), the way the packet path
 * reads and copies packet bytes without making an object per packet (ARCHITECTURE decision 3).
 *
 * <p>The window is made once per pooled buffer and reused; the bytes asked for start at its
 * {@code position()}, not at 0, so read and write at absolute offsets from there, and read the
 * position at once: netty moves it whenever the window is asked for again. The limit is left at
 * the capacity, so a view still reading the packet is not cut short when a hook or a copy takes
 * the window again for a few of its bytes (the packet's own length fields, checked on arrival,
 * bound what views read).
 *
 * <p>The copies go through the window too: without {@code sun.misc.Unsafe} (JDK 24 and later
 * deny it unless told {@code --sun-misc-unsafe-memory-access=allow}, and netty then leaves it
 * alone) netty's {@code getBytes}/{@code setBytes} with an array make a duplicate ByteBuffer per
 * call on a direct buffer, while an absolute bulk transfer through the window makes none.
 */
public final class PacketWindow {
    private PacketWindow() {
    }

    /** {@code len} bytes of {@code b} from {@code index}; the first of them is at the result's {@code position()}. */
    public static ByteBuffer of(ByteBuf b, int index, int len) {
        if (b.nioBufferCount() != 1) return b.nioBuffer(index, len);
        ByteBuffer w = b.internalNioBuffer(index, len);
        w.limit(w.capacity());
        // Views read network order; netty's windows are big-endian already (duplicates, wraps).
        if (w.order() != ByteOrder.BIG_ENDIAN) w.order(ByteOrder.BIG_ENDIAN);
        return w;
    }

    /** The readable bytes of {@code b}; the first is at the result's {@code position()}. */
    public static ByteBuffer of(ByteBuf b) {
        return of(b, b.readerIndex(), b.readableBytes());
    }

    /** Copies {@code len} bytes of {@code src} from {@code index} into {@code dst[off]}. */
    public static void copyOut(ByteBuf src, int index, byte[] dst, int off, int len) {
        if (src.hasArray()) {
            src.getBytes(index, dst, off, len);
            return;
        }
        ByteBuffer w = of(src, index, len);
        w.get(w.position(), dst, off, len);
    }

    /** Copies {@code len} bytes of {@code src} from {@code off} into {@code dst} at {@code index}. */
    public static void copyIn(ByteBuf dst, int index, byte[] src, int off, int len) {
        if (dst.hasArray()) {
            dst.setBytes(index, src, off, len);
            return;
        }
        ByteBuffer w = of(dst, index, len);
        w.put(w.position(), src, off, len);
    }
}
