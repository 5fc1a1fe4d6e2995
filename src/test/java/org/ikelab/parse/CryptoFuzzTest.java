package org.ikelab.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Mutated crypto command lines (tokens dropped, repeated, replaced by numbers, addresses, words
 * or keywords; "no"/"default" prefixed), typed in every crypto mode: no handler may fail with an
 * exception, whatever the grammar lets through.
 */
class CryptoFuzzTest {
    private static final String[] VALUES = {"0", "1", "5", "64", "256", "65535", "65536", "99999999999", "10.0.0.1",
            "0.0.0.0", "255.255.255.255", "x", "default", "any", "esp-aes", "128", "group5", "local", "remote",
            "GigabitEthernet0/1", "lo0", "tu0", "?", "\t"};

    @Test
    void mutatedLinesNeverCrashAHandler() {
        RandomSource rnd = RandomSource.seeded(20260327);
        List<String> base = CryptoRoundTripTest.EVERYTHING;
        List<String> failures = new ArrayList<>();
        CryptoCli cli = new CryptoCli("R1");
        for (int i = 0; i < 20_000; i++) {
            // Re-enter a random sub-mode now and then so every mode sees mutated lines.
            if (i % 50 == 0) cli.type(base.get(rnd.nextInt(base.size())));
            String line = mutate(base.get(rnd.nextInt(base.size())), rnd);
            List<String> out = new ArrayList<>();
            cli.interp.execute(line, 0, out);
            for (String o : out) if (o.startsWith("% Command failed")) failures.add(cli.interp.mode() + ": " + line);
        }
        assertEquals(List.of(), failures);
    }

    private static String mutate(String line, RandomSource rnd) {
        List<String> words = new ArrayList<>(List.of(line.split(" ")));
        int edits = 1 + rnd.nextInt(3);
        for (int e = 0; e < edits && !words.isEmpty(); e++) {
            int at = rnd.nextInt(words.size());
            switch (rnd.nextInt(5)) {
                case 0 -> words.remove(at);
                case 1 -> words.add(at, words.get(at));
                case 2 -> words.set(at, VALUES[rnd.nextInt(VALUES.length)]);
                case 3 -> words.subList(at, words.size()).clear();
                default -> words.add(VALUES[rnd.nextInt(VALUES.length)]);
            }
        }
        String prefix = switch (rnd.nextInt(4)) {
            case 0 -> "no ";
            case 1 -> "default ";
            default -> "";
        };
        return prefix + String.join(" ", words);
    }
}
