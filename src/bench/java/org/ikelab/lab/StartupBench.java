package org.ikelab.lab;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ikelab.common.Clock;
import org.ikelab.config.StartupStore;
import org.ikelab.lab.topology.Topology;
import org.ikelab.lab.topology.TopologyParser;

/**
 * Start-up of labs of 100 and 500 routers with 100-line configs each, on real time, until every
 * router answers (a task run on each router's loop after boot); then heap per idle router after
 * GC. Prints figures, never fails on time. Run: {@code java -cp ... org.ikelab.lab.StartupBench}.
 *
 * <p>The heap figure (about 0.04 MB per idle router with these configs: 25 interfaces, 20 static
 * routes, no links) was cross-checked with {@code jcmd PID GC.class_histogram} (live objects
 * only): 500 routers 26.4 MB against 6.4 MB for one, 40 KB per router, the bulk being
 * RouterInterface + InterfaceCounters + InterfaceConfig (~300 B each x 25) and FIB entries. A
 * router's links add a 4096-slot input ring (16 KB) per connected interface, not counted here.
 */
public final class StartupBench {
    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? new int[] {Integer.parseInt(args[0])} : new int[] {100, 500};
        measure(20, false);  // warm-up: class loading, grammar, JIT
        for (int n : sizes) measure(n, true);
        bigConfig(10_000);
    }

    /** One router booting a {@code lines}-line startup-config: parse and apply once. */
    static void bigConfig(int lines) {
        StringBuilder sb = new StringBuilder("hostname BIG\n");
        int n = 1;
        for (int i = 0; n < lines; i++) {
            sb.append("interface Loopback").append(i).append("\n ip address 10.").append(i / 250 % 250).append('.')
                    .append(i % 250).append(".1 255.255.255.255\n");
            n += 2;
            sb.append("ip route 172.").append(16 + i / 65536 % 16).append('.').append(i / 256 % 256).append('.')
                    .append(i % 256).append(" 255.255.255.255 Loopback").append(i).append('\n');
            n++;
        }
        for (int round = 0; round < 3; round++) {
            org.ikelab.common.VirtualScheduler sim = new org.ikelab.common.VirtualScheduler();
            StartupStore store = StartupStore.memory();
            try {
                store.write(sb.toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            org.ikelab.config.RouterConfig parsed = new org.ikelab.config.RouterConfig();
            long p0 = Clock.SYSTEM.nanoTime();
            org.ikelab.parse.ConfigLoader.load(sb.toString(), parsed, sim, org.ikelab.common.RandomSource.seeded(1));
            System.out.printf("  parse alone: %d ms%n", (Clock.SYSTEM.nanoTime() - p0) / 1_000_000);
            RouterNode node = new RouterNode("BIG", sim, store, org.ikelab.common.RandomSource.seeded(1));
            long t0 = Clock.SYSTEM.nanoTime();
            List<String> report = node.boot();
            long ms = (Clock.SYSTEM.nanoTime() - t0) / 1_000_000;
            System.out.printf("%d-line startup-config parsed and applied in %d ms (%d interfaces, %d routes, %d problems)%n",
                    lines, ms, node.router().interfaces().size(), node.router().staticRoutes().size(), report.size());
        }
    }

    static String config(int i) {
        StringBuilder sb = new StringBuilder("hostname R" + i + "\n");
        int lines = 1;
        for (int k = 0; k < 4; k++) {
            sb.append("interface GigabitEthernet0/").append(k).append('\n')
                    .append(" description link ").append(k).append('\n')
                    .append(" ip address 10.").append(k).append('.').append(i % 250).append(".1 255.255.255.0\n")
                    .append(" no shutdown\n");
            lines += 4;
        }
        int loop = 0;
        while (lines + 3 <= 80) {
            sb.append("interface Loopback").append(loop).append("\n ip address 172.16.").append(loop).append(".1 255.255.255.255\n!\n");
            loop++;
            lines += 3;
        }
        int r = 0;
        while (lines < 100) {
            sb.append("ip route 192.168.").append(r).append(".0 255.255.255.0 10.0.").append(i % 250).append(".2\n");
            r++;
            lines++;
        }
        return sb.toString();
    }

    static void measure(int n, boolean print) throws Exception {
        Path dir = Files.createTempDirectory("ikelab-bench");
        StringBuilder yaml = new StringBuilder("nodes:\n");
        for (int i = 0; i < n; i++) yaml.append("  R").append(i).append(": {}\n");
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, yaml);
        Topology t = ((TopologyParser.Result.Ok) new TopologyParser(InterfaceNames::canonical).parse(file)).topology();
        // The topology is parsed; its folder is not needed while the lab runs (configs are in memory).
        Files.delete(file);
        Files.delete(dir);
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = mem.getHeapMemoryUsage().getUsed();
        long t0 = Clock.SYSTEM.nanoTime();
        Lab lab = Lab.start(t, Lab.Options.realTime(spec -> {
            StartupStore s = StartupStore.memory();
            try {
                s.write(config(Integer.parseInt(spec.name().substring(1))));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return s;
        }), (node, done, total, report) -> { });
        List<CompletableFuture<Boolean>> answers = new ArrayList<>();
        for (RouterNode node : lab.nodes().values()) answers.add(lab.call(node, () -> node.router().routes().size() > 0));
        for (CompletableFuture<Boolean> f : answers) f.get(120, TimeUnit.SECONDS);
        long ms = (Clock.SYSTEM.nanoTime() - t0) / 1_000_000;
        System.gc();
        long heapAfter = mem.getHeapMemoryUsage().getUsed();
        if (print) {
            System.out.printf("%d routers x 100-line configs: all answering after %d ms%n", n, ms);
            System.out.printf("heap per idle router: %.2f MB (%d routers, %.1f MB total after GC)%n",
                    (heapAfter - heapBefore) / 1e6 / n, n, (heapAfter - heapBefore) / 1e6);
        }
        lab.close();
    }
}
