package org.ikelab.ipsec;

/**
 * Per-SA packet counters, the numbers {@code show crypto ipsec sa [detail]} prints (IOS
 * reference §4.3). An outbound SA fills the {@code encaps/encrypt/digest} and send-side errors,
 * an inbound SA the {@code decaps/decrypt/verify} and receive-side errors; the show command adds
 * the SAs of one flow. {@code encrypt} counts only transforms that hide the payload (not NULL or
 * GMAC); {@code digest}/{@code verify} only SAs with an integrity check (HMAC or combined mode).
 * ikelab has no IP compression, so the compression counters IOS prints are always 0, and the
 * receive path has no internal errors, so {@code internal err (recv)} is 0 as well.
 *
 * <p>Plain fields: one thread per router writes them (decision 1); readers on the same thread.
 */
public final class SaCounters {
    long encaps;
    long encrypt;
    long digest;
    long decaps;
    long decrypt;
    long verify;
    long encapsFailed;
    long decapsFailed;
    long invalidLength;
    long invalidProtocol;
    long invalidIdentity;
    long verifyFailed;
    long replayFailed;
    long replayRolloverSend;
    long internalErrorSend;
    long expiredSend;
    long expiredRecv;
    long bytes;
    long packets;

    public long encaps() { return encaps; }
    public long encrypt() { return encrypt; }
    public long digest() { return digest; }
    public long decaps() { return decaps; }
    public long decrypt() { return decrypt; }
    public long verify() { return verify; }
    public long encapsFailed() { return encapsFailed; }
    public long decapsFailed() { return decapsFailed; }
    public long invalidLength() { return invalidLength; }
    public long invalidProtocol() { return invalidProtocol; }
    public long invalidIdentity() { return invalidIdentity; }
    public long verifyFailed() { return verifyFailed; }
    public long replayFailed() { return replayFailed; }
    public long replayRolloverSend() { return replayRolloverSend; }
    public long internalErrorSend() { return internalErrorSend; }

    /** Plaintext bytes protected or recovered, what byte lifetimes count. */
    public long bytes() { return bytes; }

    /** Packets successfully processed. */
    public long packets() { return packets; }

    /** {@code #send errors}: every outbound packet this SA failed to protect. */
    public long sendErrors() {
        return encapsFailed + replayRolloverSend + internalErrorSend + expiredSend;
    }

    /** {@code #recv errors}: every inbound packet that reached this SA and was dropped. */
    public long recvErrors() {
        return decapsFailed + invalidLength + invalidProtocol + invalidIdentity + verifyFailed + replayFailed
                + expiredRecv;
    }

    /** Counts an outbound drop by its verdict. */
    void countSendDrop(Verdict v) {
        switch (v) {
            case SEQUENCE_EXHAUSTED -> replayRolloverSend++;
            case SA_EXPIRED -> expiredSend++;
            case NO_ROOM -> internalErrorSend++;
            default -> encapsFailed++;
        }
    }

    /** Counts an inbound drop by its verdict. */
    void countRecvDrop(Verdict v) {
        switch (v) {
            case BAD_LENGTH -> invalidLength++;
            case REPLAY -> replayFailed++;
            case ICV_FAILED -> verifyFailed++;
            case BAD_INNER -> invalidProtocol++;
            case POLICY_MISMATCH -> invalidIdentity++;
            case SA_EXPIRED -> expiredRecv++;
            default -> decapsFailed++;
        }
    }
}
