package org.ikelab.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualSchedulerTest {
    @Test
    void runsTasksInTimeOrderThenFifoAndMovesTheClock() {
        VirtualScheduler s = new VirtualScheduler();
        List<String> log = new ArrayList<>();
        s.schedule(Duration.ofSeconds(3600), () -> log.add("hour@" + s.nanoTime()));
        s.schedule(Duration.ofSeconds(1), () -> log.add("a@" + s.nanoTime()));
        s.schedule(Duration.ofSeconds(1), () -> log.add("b@" + s.nanoTime()));
        Cancellable c = s.schedule(Duration.ofSeconds(2), () -> log.add("cancelled"));
        c.cancel();
        s.advance(Duration.ofSeconds(3600));
        assertEquals(List.of("a@1000000000", "b@1000000000", "hour@3600000000000"), log);
        assertEquals(3_600_000_000_000L, s.nanoTime());
    }

    @Test
    void runUntilIdleIsBounded() {
        VirtualScheduler s = new VirtualScheduler();
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> s.schedule(Duration.ofSeconds(10), tick[0]);
        s.execute(tick[0]);
        assertEquals(100, s.runUntilIdle(100));
        assertEquals(990_000_000_000L, s.nanoTime());
    }

    @Test
    void seededRandomnessReplays() {
        assertEquals(RandomSource.seeded(7).nextInt(), RandomSource.seeded(7).nextInt());
    }
}
