package org.ikelab.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ikelab.common.Clock;
import org.ikelab.common.RandomSource;
import org.ikelab.config.RouterConfig;
import org.ikelab.config.RunningConfigRenderer;

/** Helpers shared by the configuration tests: a fixed clock, loading, rendering as lines. */
final class TestRouters {
    private TestRouters() {}

    static final Clock CLOCK = new Clock() {
        @Override public long nanoTime() { return 0; }
        @Override public long wallMillis() { return 1774603211123L; }
    };

    static CommandRegistry registry() {
        CommandRegistry r = new CommandRegistry();
        ConfigCommands.register(r);
        return r;
    }

    static List<ConfigLoader.Problem> load(String text, RouterConfig c) {
        return ConfigLoader.load(text, c, registry(), CLOCK, RandomSource.seeded(3));
    }

    /** The running-config body as screen lines (a multi-line banner is several lines). */
    static List<String> lines(RouterConfig c) {
        // Timestamps are metadata, not configuration: leave them out of comparisons.
        c.lastChangeMillis(-1);
        List<String> out = new ArrayList<>();
        for (String l : RunningConfigRenderer.body(c)) out.addAll(Arrays.asList(l.split("\n", -1)));
        return out;
    }
}
