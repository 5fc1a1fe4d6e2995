package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.ikelab.common.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** The per-SPI rate limits of invalid-SPI handling, on virtual time. */
class InvalidSpiLimiterTest {
    private final VirtualScheduler clock = new VirtualScheduler();
    private final InvalidSpiLimiter limiter = new InvalidSpiLimiter(clock);

    @Test
    void oneNotifyPerSpiEveryTenSeconds() {
        assertTrue(limiter.mayNotify(1, 50, 0x1000));
        assertFalse(limiter.mayNotify(1, 50, 0x1000), "a packet flood on the same SPI");
        assertTrue(limiter.mayNotify(1, 50, 0x2000), "another SPI is answered");
        assertTrue(limiter.mayNotify(2, 50, 0x1000), "the same SPI from another peer is answered");
        clock.advance(Duration.ofMillis(9_999));
        assertFalse(limiter.mayNotify(1, 50, 0x1000));
        clock.advance(Duration.ofMillis(1));
        assertTrue(limiter.mayNotify(1, 50, 0x1000));
        assertFalse(limiter.mayNotify(1, 50, 0x1000));
    }

    @Test
    void oneSyslogLinePerSpiEveryMinuteIndependentOfNotifies() {
        assertTrue(limiter.mayLog(1, 50, 7));
        assertTrue(limiter.mayNotify(1, 50, 7));
        clock.advance(Duration.ofSeconds(30));
        assertFalse(limiter.mayLog(1, 50, 7));
        assertTrue(limiter.mayNotify(1, 50, 7));
        assertTrue(limiter.mayLog(1, 51, 7), "AH and ESP are different SAs");
        clock.advance(Duration.ofSeconds(30));
        assertTrue(limiter.mayLog(1, 50, 7));
    }

    @Test
    void aFloodOfRandomSpisIsBounded() {
        for (int i = 0; i < 10 * InvalidSpiLimiter.MAX_KEYS; i++) assertTrue(limiter.mayNotify(1, 50, i));
        assertEquals(InvalidSpiLimiter.MAX_KEYS, limiter.size());
        // The most recent SPIs are still limited; the oldest were forgotten.
        assertFalse(limiter.mayNotify(1, 50, 10L * InvalidSpiLimiter.MAX_KEYS - 1));
        assertTrue(limiter.mayNotify(1, 50, 0));
    }
}
