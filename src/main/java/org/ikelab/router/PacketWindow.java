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
 * <p>A derived buffer (a link's slice of a receive batch, a leak detector's wrapper) gets the
 * window of the buffer it derives from, at its offset there: netty makes a new ByteBuffer per
 * call for an unpooled slice's own window.
 *
 * <p>The copies go through the window too: without {@code sun.misc.Unsafe} (JDK 24 and later
 * deny it unless told {@code --sun-misc-unsafe-memory-access=allow}, and netty then leaves it
 * alone) netty's {@code getBytes}/{@code setBytes} with an array make a duplicate ByteBuffer per
 * call on a direct buffer, while an absolute bulk transfer through the window makes none.
 */
public final class PacketWindow {
    /** Derived buffers nest only a few deep (a slice of a wrapper of a pooled buffer); the bound keeps a cycle from looping. */
    private static final int MAX_DERIVATION = 4;

    private PacketWindow() {
    }

    /** {@code len} bytes of {@code b} from {@code index}; the first of them is at the result's {@code position()}. */
    public static ByteBuffer of(ByteBuf b, int index, int len) {
        ByteBuffer w = reused(b, index, len);
        if (w != null) return w;
        if (b.nioBufferCount() != 1) return b.nioBuffer(index, len);
        return widened(b.internalNioBuffer(index, len));
    }

    /** The readable bytes of {@code b}; the first is at the result's {@code position()}. */
    public static ByteBuffer of(ByteBuf b) {
        return of(b, b.readerIndex(), b.readableBytes());
    }

    /** Copies {@code len} bytes of {@code src} from {@code index} into {@code dst[off]}. */
    public static void copyOut(ByteBuf src, int index, byte[] dst, int off, int len) {
        ByteBuffer w = src.hasArray() ? null : reused(src, index, len);
        if (w != null) {
            w.get(w.position(), dst, off, len);
        } else {
            src.getBytes(index, dst, off, len);
        }
    }

    /** Copies {@code len} bytes of {@code src} from {@code off} into {@code dst} at {@code index}. */
    public static void copyIn(ByteBuf dst, int index, byte[] src, int off, int len) {
        ByteBuffer w = dst.hasArray() ? null : reused(dst, index, len);
        if (w != null) {
            w.put(w.position(), src, off, len);
        } else {
            dst.setBytes(index, src, off, len);
        }
    }

    /**
     * The buffer's reused window over {@code [index, index+len)}, or null when it has none that
     * costs nothing: several components, or a derived buffer whose offset in its origin is not
     * known (no memory address or array to compare) or that is read-only.
     */
    private static ByteBuffer reused(ByteBuf b, int index, int len) {
        ByteBuf origin = b.unwrap();
        for (int depth = 0; origin != null; depth++) {
            long shift = shift(b, origin);
            if (shift < 0 || b.isReadOnly() || depth == MAX_DERIVATION) return null;
            index += (int) shift;
            b = origin;
            origin = b.unwrap();
        }
        if (b.nioBufferCount() != 1) return null;
        return widened(b.internalNioBuffer(index, len));
    }

    private static ByteBuffer widened(ByteBuffer w) {
        w.limit(w.capacity());
        // Views read network order; netty's windows are big-endian already (duplicates, wraps).
        if (w.order() != ByteOrder.BIG_ENDIAN) w.order(ByteOrder.BIG_ENDIAN);
        return w;
    }

    /** Where index 0 of derived buffer {@code b} lies in {@code origin}, or -1 when that cannot be told. */
    private static long shift(ByteBuf b, ByteBuf origin) {
        if (b.hasMemoryAddress() && origin.hasMemoryAddress()) return b.memoryAddress() - origin.memoryAddress();
        if (b.hasArray() && origin.hasArray() && b.array() == origin.array()) return b.arrayOffset() - origin.arrayOffset();
        return -1;
    }
}
