package org.trialfinder.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Measures the heap over one phase, two ways: the JVM's own per-pool peaks (reset at the start;
 * their sum is an upper bound, as pools peak at different moments) and a thread sampling the used
 * heap every 100 ms (a lower bound on the true peak). It also tracks the largest heap left after a
 * collection (from the pools' collection usage), a figure close to the live set.
 */
final class HeapMeter implements AutoCloseable {
    static final long SAMPLE_MS = 100;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .toList();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long sampledPeak;
    private volatile long afterGcPeak;
    private volatile long samples;

    /** Figures of one phase, in bytes. */
    record Heap(long sampledPeak, long poolPeakSum, long afterGcPeak, long samples, long max) {}

    private HeapMeter() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        afterGcPeak = afterGc();
        sampler = Thread.ofPlatform().name("heap-sampler").daemon(true).start(this::sample);
    }

    /** Collects garbage (so phases start alike), resets the peaks and starts sampling. */
    static HeapMeter start() {
        System.gc();
        return new HeapMeter();
    }

    private void sample() {
        while (running) {
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > sampledPeak) {
                sampledPeak = used;
            }
            long gc = afterGc();
            if (gc > afterGcPeak) {
                afterGcPeak = gc;
            }
            samples++;
            try {
                Thread.sleep(SAMPLE_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long afterGc() {
        long sum = 0;
        for (MemoryPoolMXBean p : heapPools) {
            MemoryUsage u = p.getCollectionUsage();
            if (u != null) {
                sum += u.getUsed();
            }
        }
        return sum;
    }

    /** Stops sampling and reads the figures. */
    Heap stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long poolSum = 0;
        for (MemoryPoolMXBean p : heapPools) {
            poolSum += p.getPeakUsage().getUsed();
        }
        long used = memory.getHeapMemoryUsage().getUsed();
        return new Heap(
                Math.max(sampledPeak, used),
                poolSum,
                Math.max(afterGcPeak, afterGc()),
                samples,
                memory.getHeapMemoryUsage().getMax());
    }

    @Override
    public void close() {
        if (running) {
            stop();
        }
    }
}
