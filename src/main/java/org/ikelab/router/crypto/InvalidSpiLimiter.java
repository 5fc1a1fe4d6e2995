package org.ikelab.router.crypto;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ikelab.common.Clock;

/**
 * How often one unknown SPI may cause work: a packet flood on a stale SA must not print one
 * syslog line or send one INVALID-SPI notify per packet. Keyed by (peer, protocol, SPI); each
 * key remembers when it last logged and last notified. IOS answers one SPI at most about every
 * 10 s; the syslog line, like {@code %CRYPTO-4-RECVD_PKT_NOT_IPSEC}, at most once a minute.
 * The table is bounded (oldest keys go first), so a flood of random SPIs cannot grow it.
 */
final class InvalidSpiLimiter {
    static final long NOTIFY_INTERVAL_NANOS = 10_000_000_000L;
    static final long SYSLOG_INTERVAL_NANOS = 60_000_000_000L;
    static final int MAX_KEYS = 256;
    private static final long NEVER = Long.MIN_VALUE;

    private record Key(int peer, int protocol, long spi) {
    }

    private static final class Times {
        long logged = NEVER;
        long notified = NEVER;
    }

    private final Clock clock;
    /** Access order: the least recently seen key is evicted first. */
    private final Map<Key, Times> seen = new LinkedHashMap<>(16, 0.75f, true);

    InvalidSpiLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Whether this packet may print the syslog line (and then the next one for the key waits a minute). */
    boolean mayLog(int peer, int protocol, long spi) {
        Times t = times(peer, protocol, spi);
        long now = clock.nanoTime();
        if (t.logged != NEVER && now - t.logged < SYSLOG_INTERVAL_NANOS) return false;
        t.logged = now;
        return true;
    }

    /** Whether an INVALID-SPI notify may go to the peer for this SPI now (then the next one waits 10 s). */
    boolean mayNotify(int peer, int protocol, long spi) {
        Times t = times(peer, protocol, spi);
        long now = clock.nanoTime();
        if (t.notified != NEVER && now - t.notified < NOTIFY_INTERVAL_NANOS) return false;
        t.notified = now;
        return true;
    }

    /** Keys currently remembered (bounded by {@link #MAX_KEYS}). */
    int size() {
        return seen.size();
    }

    private Times times(int peer, int protocol, long spi) {
        Key k = new Key(peer, protocol, spi);
        Times t = seen.get(k);
        if (t != null) return t;
        if (seen.size() >= MAX_KEYS) {
            Iterator<Map.Entry<Key, Times>> it = seen.entrySet().iterator();
            it.next();
            it.remove();
        }
        t = new Times();
        seen.put(k, t);
        return t;
    }
}
