package org.ikelab.ipsec;

/**
 * A mutable window {@code [offset, offset+length)} on a heap array with room on both sides, the
 * unit ESP and AH work on in place (ARCHITECTURE decision 3). Outbound processing grows the
 * window into the headroom (new headers) and tailroom (padding, trailer, ICV); inbound processing
 * shrinks it to the inner packet. The router wraps the array of its pooled buffer in one of these
 * and reads offset/length back afterwards; one instance can be reused for every packet.
 */
public final class PacketBuffer {
    private byte[] array;
    private int offset;
    private int length;

    public PacketBuffer() {
        this.array = new byte[0];
    }

    public PacketBuffer(byte[] array, int offset, int length) {
        set(array, offset, length);
    }

    /** Points this window at {@code array[offset, offset+length)}. */
    public PacketBuffer set(byte[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > array.length) {
            throw new IllegalArgumentException("window " + offset + "+" + length + " outside array of " + array.length);
        }
        this.array = array;
        this.offset = offset;
        this.length = length;
        return this;
    }

    /** Moves the window within the same array. */
    void window(int offset, int length) {
        this.offset = offset;
        this.length = length;
    }

    public byte[] array() { return array; }

    public int offset() { return offset; }

    public int length() { return length; }

    public int end() { return offset + length; }

    /** Free bytes before the window. */
    public int headroom() { return offset; }

    /** Free bytes after the window. */
    public int tailroom() { return array.length - offset - length; }

    /** A copy of the window's bytes (tests and debug output). */
    public byte[] toArray() {
        return java.util.Arrays.copyOfRange(array, offset, offset + length);
    }
}
