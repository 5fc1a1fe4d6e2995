package org.ikelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.Clock;
import org.ikelab.common.RandomSource;
import org.ikelab.config.RouterConfig;
import org.ikelab.config.StartupStore;
import org.ikelab.parse.CommandRegistry;
import org.ikelab.parse.ConfigCommands;
import org.ikelab.parse.ConfigLoader;

/**
 * Prints CLI figures (never fails on time): applying a 10,000-line configuration, and `?` and
 * Tab on a long line. Run: java -cp target/classes:target/test-classes:DEPS org.ikelab.cli.CliBench
 */
public final class CliBench {
    private CliBench() {}

    static String bigConfig() {
        List<String> l = new ArrayList<>();
        int n = 0;
        for (int i = 0; n < 10_000; i++) {
            l.add("interface Loopback" + i);
            l.add(" description loopback number " + i + " for the benchmark");
            l.add(" ip address 10." + (i / 250) + "." + (i % 250) + ".1 255.255.255.0");
            l.add("ip route 172." + (16 + i / 250 % 16) + "." + (i % 250) + ".0 255.255.255.0 10.0.0." + (1 + i % 250));
            l.add("access-list " + (100 + i % 100) + " permit tcp host 10.1." + (i % 250) + ".1 any eq " + (1000 + i));
            n += 5;
        }
        return String.join("\n", l);
    }

    public static void main(String[] args) {
        String cfg = bigConfig();
        CommandRegistry reg = new CommandRegistry();
        ConfigCommands.register(reg);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 15; round++) {
            long t0 = System.nanoTime();
            RouterConfig c = new RouterConfig();
            List<ConfigLoader.Problem> p = ConfigLoader.load(cfg, c, reg, Clock.SYSTEM, RandomSource.seeded(1));
            double ms = (System.nanoTime() - t0) / 1e6;
            if (!p.isEmpty()) throw new IllegalStateException(p.get(0).toString());
            best = Math.min(best, ms);
            if (round == 0) System.out.printf("apply 10,000-line config: cold %.1f ms%n", ms);
        }
        System.out.printf("apply 10,000-line config: warm best %.1f ms%n", best);

        CliSession s = new CliSession(new RouterConfig(), StartupStore.memory(), Clock.SYSTEM, RandomSource.seeded(1));
        s.enter("enable");
        s.enter("configure terminal");
        s.enter("interface GigabitEthernet0/1");
        s.enter("exit");
        String line = "access-list 2101 permit tcp 10.1.1.0 0.0.0.255 range ftp-data ftp 10.2.2.0 0.0.0.255 range 1000 2000 established";
        String twenty = "interface Loopback7 description one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen";
        String[] probes = {line + " ", line + " lo", twenty + " "};
        for (String probe : probes) {
            int n = 2000;
            for (int i = 0; i < n; i++) {
                s.help(probe);
                s.complete(probe);
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) s.help(probe);
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) s.complete(probe);
            long t2 = System.nanoTime();
            System.out.printf("%d-word line: ? %.3f ms, Tab %.3f ms%n", probe.trim().split(" +").length,
                    (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n);
        }
    }
}
