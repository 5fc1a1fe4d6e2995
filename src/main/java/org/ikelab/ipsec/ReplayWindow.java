package org.ikelab.ipsec;

/**
 * Anti-replay window (RFC 4303 §3.4.3) as an RFC 6479 ring of 64-bit words: sliding forward
 * clears whole words instead of shifting the bitmap, so a window of 1024 costs the same per
 * packet as one of 64. One extra word beyond the window keeps the last {@code size} numbers
 * exactly, whatever their alignment.
 *
 * <p>Callers {@link #check} before verifying the ICV and {@link #update} only after it verified
 * (§3.4.3: otherwise forged packets would advance the window). Sequence numbers are 64-bit so
 * the same code serves extended sequence numbers (RFC 4303 Appendix A); {@link #inferEsn}
 * reconstructs the high half.
 */
public final class ReplayWindow {
    /** The window sizes IOS offers ({@code replay window-size 64|128|256|512|1024}). */
    public static final int MIN_SIZE = 64;
    public static final int MAX_SIZE = 1024;

    private final int size;
    private final long[] ring;
    private final int mask;
    /** Highest sequence number accepted so far; 0 before the first packet. */
    private long top;

    /** {@code size} is a power of two from 64 to 1024. */
    public ReplayWindow(int size) {
        if (size < MIN_SIZE || size > MAX_SIZE || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("replay window must be a power of two in 64..1024, got " + size);
        }
        this.size = size;
        // size/64 words of window plus one, rounded up to a power of two for cheap indexing.
        this.ring = new long[Integer.highestOneBit(size / 64) * 2];
        this.mask = ring.length - 1;
    }

    public int size() {
        return size;
    }

    /** Highest sequence number accepted so far. */
    public long top() {
        return top;
    }

    /** Verdict of {@link #check}. */
    public enum Check { OK, DUPLICATE, TOO_OLD, ZERO }

    /** Would {@code seq} be accepted? Does not change the window. */
    public Check check(long seq) {
        if (seq == 0) return Check.ZERO;
        if (seq > top) return Check.OK;
        if (top - seq >= size) return Check.TOO_OLD;
        long word = ring[(int) ((seq >>> 6) & mask)];
        return (word & (1L << (seq & 63))) != 0 ? Check.DUPLICATE : Check.OK;
    }

    /** Records {@code seq} as received (after its ICV verified); slides the window if it is new. */
    public void update(long seq) {
        if (seq > top) {
            long topWord = top >>> 6;
            long newWord = seq >>> 6;
            long clear = Math.min(newWord - topWord, ring.length);
            for (long i = 1; i <= clear; i++) ring[(int) ((topWord + i) & mask)] = 0;
            top = seq;
        }
        ring[(int) ((seq >>> 6) & mask)] |= 1L << (seq & 63);
    }

    /**
     * The full 64-bit sequence number for the low 32 bits received, given the window (RFC 4303
     * Appendix A2.2): numbers just below the window's bottom belong to the same or next 2^32
     * cycle depending on where the window sits.
     */
    public long inferEsn(long seqLow) {
        long tl = top & 0xFFFFFFFFL;
        long th = top >>> 32;
        long bottom = (tl - size + 1) & 0xFFFFFFFFL;
        long seqh;
        if (tl >= size - 1) {
            // Case A: the window lies within one 2^32 cycle.
            seqh = seqLow >= bottom ? th : th + 1;
        } else {
            // Case B: the window spans the wrap of the low half.
            seqh = seqLow >= bottom ? th - 1 : th;
            if (th == 0 && seqLow >= bottom) seqh = 0; // no previous cycle before the first one
        }
        return (seqh << 32) | seqLow;
    }
}
