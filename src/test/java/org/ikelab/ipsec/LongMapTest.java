package org.ikelab.ipsec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The SAD's allocation-free map against java.util.HashMap under random puts and removes (collisions forced by a small key space). */
class LongMapTest {
    @Test
    void behavesLikeHashMap() {
        SplittableRandom r = new SplittableRandom(9);
        LongMap<Long> m = new LongMap<>();
        Map<Long, Long> ref = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            long k = (long) r.nextInt(300) << 32 | r.nextInt(4);
            switch (r.nextInt(3)) {
                case 0 -> assertEquals(ref.put(k, (long) i), m.put(k, (long) i));
                case 1 -> assertEquals(ref.remove(k), m.remove(k));
                default -> assertEquals(ref.get(k), m.get(k));
            }
            assertEquals(ref.size(), m.size());
        }
        for (Map.Entry<Long, Long> e : ref.entrySet()) assertEquals(e.getValue(), m.get(e.getKey()));
        assertEquals(ref.size(), m.values().size());
    }
}
