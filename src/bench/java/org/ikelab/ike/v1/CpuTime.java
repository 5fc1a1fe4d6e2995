package org.ikelab.ike.v1;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of a whole process, all threads, in nanoseconds: the sum of the first field of
 * /proc/PID/task/TID/schedstat (time on CPU at nanosecond resolution; /proc/PID/stat and the JVM's
 * process CPU time come in 10 ms ticks, too coarse for a 20 ms measurement). The same clock for
 * the JVM and for charon, so the two per-CPU-second figures compare. Returns -1 off Linux.
 */
final class CpuTime {
    private CpuTime() {
    }

    static long processNanos(long pid) {
        long sum = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    String st = Files.readString(t.resolve("schedstat")).trim();
                    sum += Long.parseLong(st.substring(0, st.indexOf(' ')));
                } catch (IOException | RuntimeException e) {
                    // a thread that ended between the listing and the read: a few microseconds lost
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return sum;
    }

    static long selfNanos() {
        return processNanos(ProcessHandle.current().pid());
    }
}
