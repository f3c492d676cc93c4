package io.talentgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory of a process, as the operating system and the JVM see it. */
final class Memory {

    private Memory() {
    }

    /** @return this process's peak resident set (VmHWM), or -1 where /proc is not available */
    static long peakRssBytes() {
        return peakRssBytes(ProcessHandle.current().pid());
    }

    /**
     * @param pid a process on this machine
     * @return its peak resident set (VmHWM), or -1
     */
    static long peakRssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** @return the highest heap use of each heap pool since start, added up (an upper bound of the peak) */
    static long peakHeapPoolsBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Samples the used heap every 50 ms in a daemon thread and keeps the highest value seen. */
    static final class HeapSampler implements AutoCloseable {
        private volatile long peak;
        private volatile boolean running = true;
        private final Thread thread;

        HeapSampler() {
            thread = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                while (running) {
                    peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peakBytes() {
            return peak;
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }

    static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%,d MiB", bytes >> 20);
    }
}
