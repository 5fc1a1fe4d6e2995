package org.ikelab.ipsec;

/**
 * An outbound ESP packet that {@link IpsecDataPlane#outboundDeferred} prepared but did not yet
 * encrypt: what its {@link #run} must still do, on whichever thread the router picked, before
 * the buffer can be sent. The life of one seal:
 * <ol>
 * <li>router thread: {@code outboundDeferred} assigns the sequence number, writes headers,
 * padding and trailer, counts the packet, and fills this object;</li>
 * <li>any one thread: {@link #run} encrypts and writes the ICV, touching only the buffer and the
 * SA's off-thread sealer;</li>
 * <li>router thread again: {@link #finish}, after which the buffer holds the packet to send.</li>
 * </ol>
 * The hand-overs between threads must be safe publications (an executor's queue is one). One
 * instance is reused for many packets, one at a time.
 */
public final class PendingSeal {
    private IpsecSa sa;
    private EspSealer offThread;
    private byte[] buf;
    private int espOff;
    private int ivOff;
    private int payloadOff;
    private int encLen;
    private int trailerEnd;
    private long seq;

    void set(IpsecSa sa, EspSealer offThread, byte[] buf, int espOff, int ivOff, int payloadOff, int encLen, int trailerEnd, long seq) {
        this.sa = sa;
        this.offThread = offThread;
        this.buf = buf;
        this.espOff = espOff;
        this.ivOff = ivOff;
        this.payloadOff = payloadOff;
        this.encLen = encLen;
        this.trailerEnd = trailerEnd;
        this.seq = seq;
        sa.sealsInFlight++;
    }

    /**
     * Encrypts and writes the ICV with the SA's off-thread sealer: on the router's one helper
     * thread (one seal at a time per SA there).
     */
    public void run() {
        offThread.seal(buf, espOff, ivOff, payloadOff, encLen, trailerEnd, seq);
    }

    /**
     * The same with the SA's own transforms, on the router's thread, which may do so while the
     * helper seals other packets of the same SA.
     */
    public void runOnRouterThread() {
        sa.sealer.seal(buf, espOff, ivOff, payloadOff, encLen, trailerEnd, seq);
    }

    /** Back on the router's thread, sealed or not: the SA no longer waits for this packet. */
    public void finish() {
        if (sa != null) sa.sealsInFlight--;
        sa = null;
        offThread = null;
        buf = null;
    }

    /** The SA the packet goes out on (null once finished). */
    public IpsecSa sa() {
        return sa;
    }
}
