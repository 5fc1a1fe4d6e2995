package org.ikelab.ipsec.status;

/**
 * The error counters that {@code show crypto ipsec sa detail} prints in place of the
 * {@code #send errors} line, in screen order.
 *
 * @param noSaSend            {@code #pkts no sa (send)}
 * @param invalidSaRcv        {@code #pkts invalid sa (rcv)}
 * @param encapsFailedSend    {@code #pkts encaps failed (send)}
 * @param decapsFailedRcv     {@code #pkts decaps failed (rcv)}
 * @param invalidProtRecv     {@code #pkts invalid prot (recv)}
 * @param verifyFailed        {@code #pkts verify failed:}
 * @param invalidIdentityRecv {@code #pkts invalid identity (recv)}
 * @param invalidLenRcv       {@code #pkts invalid len (rcv)}
 * @param replayRolloverSend  {@code #pkts replay rollover (send):}
 * @param replayRolloverRcv   {@code #pkts replay rollover (rcv)}
 * @param replayFailedRcv     {@code ##pkts replay failed (rcv):}
 * @param taggedSend          {@code #pkts tagged (send):}
 * @param untaggedRcv         {@code #pkts untagged (rcv):}
 * @param notTaggedSend       {@code #pkts not tagged (send):}
 * @param notUntaggedRcv      {@code #pkts not untagged (rcv):}
 * @param internalErrSend     {@code #pkts internal err (send):}
 * @param internalErrRecv     {@code #pkts internal err (recv)}
 */
public record IpsecErrorCounters(
        long noSaSend, long invalidSaRcv,
        long encapsFailedSend, long decapsFailedRcv,
        long invalidProtRecv, long verifyFailed,
        long invalidIdentityRecv, long invalidLenRcv,
        long replayRolloverSend, long replayRolloverRcv,
        long replayFailedRcv,
        long taggedSend, long untaggedRcv,
        long notTaggedSend, long notUntaggedRcv,
        long internalErrSend, long internalErrRecv) {

    /** All zero. */
    public static final IpsecErrorCounters ZERO =
            new IpsecErrorCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
