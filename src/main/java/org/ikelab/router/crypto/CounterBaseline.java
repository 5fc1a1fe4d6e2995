package org.ikelab.router.crypto;

import java.util.IdentityHashMap;
import java.util.Map;
import org.ikelab.ipsec.IpsecSa;
import org.ikelab.ipsec.SaCounters;

/**
 * {@code clear crypto sa counters} (ios-crypto-reference §4.19): the {@code #pkts} counters
 * {@code show} prints start again from 0 while the SAs, their sequence numbers and the byte
 * counts lifetimes run on stay as they are. So the data plane's counters are left alone and the
 * values at the last clear are subtracted here.
 */
final class CounterBaseline {
    /** The counters of one SA as shown: the data plane's minus those at the last clear. */
    record Counts(long encaps, long encrypt, long digest, long decaps, long decrypt, long verify, long sendErrors,
            long recvErrors, long encapsFailed, long decapsFailed, long invalidProtocol, long verifyFailed,
            long invalidIdentity, long invalidLength, long replayFailed, long replayRolloverSend, long internalErrorSend) {
        static Counts of(SaCounters c) {
            return new Counts(c.encaps(), c.encrypt(), c.digest(), c.decaps(), c.decrypt(), c.verify(), c.sendErrors(),
                    c.recvErrors(), c.encapsFailed(), c.decapsFailed(), c.invalidProtocol(), c.verifyFailed(),
                    c.invalidIdentity(), c.invalidLength(), c.replayFailed(), c.replayRolloverSend(), c.internalErrorSend());
        }

        Counts minus(Counts b) {
            return new Counts(encaps - b.encaps, encrypt - b.encrypt, digest - b.digest, decaps - b.decaps,
                    decrypt - b.decrypt, verify - b.verify, sendErrors - b.sendErrors, recvErrors - b.recvErrors,
                    encapsFailed - b.encapsFailed, decapsFailed - b.decapsFailed, invalidProtocol - b.invalidProtocol,
                    verifyFailed - b.verifyFailed, invalidIdentity - b.invalidIdentity, invalidLength - b.invalidLength,
                    replayFailed - b.replayFailed, replayRolloverSend - b.replayRolloverSend,
                    internalErrorSend - b.internalErrorSend);
        }
    }

    private final Map<IpsecSa, Counts> atClear = new IdentityHashMap<>();

    /** Remembers every given SA's counters as the new zero. */
    void clear(Iterable<IpsecSa> sas) {
        atClear.clear();
        for (IpsecSa sa : sas) atClear.put(sa, Counts.of(sa.counters()));
    }

    /** The counters of {@code sa} since the last clear. */
    Counts of(IpsecSa sa) {
        Counts now = Counts.of(sa.counters());
        Counts base = atClear.get(sa);
        return base == null ? now : now.minus(base);
    }

    /** Forgets a removed SA. */
    void forget(IpsecSa sa) {
        atClear.remove(sa);
    }
}
