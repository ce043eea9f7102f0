package org.trialfinder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the soak watches in the server process, read from outside as an operator would: live threads and resident
 * memory ({@code /proc/PID/status}), open file descriptors ({@code /proc/PID/fd}) and the heap left after the latest
 * GC pause (the server's GC log).
 */
final class ProcessSampler {
    private final long pid;
    private final Path gcLog;

    /** One sample; -1 where the value could not be read. */
    record Sample(long atMillis, int threads, int openFiles, long rssBytes, long heapAfterGcBytes) {}

    ProcessSampler(long pid, Path gcLog) {
        this.pid = pid;
        this.gcLog = gcLog;
    }

    Sample sample() {
        int threads = -1;
        long rss = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("Threads:")) {
                    threads =
                            Integer.parseInt(line.substring("Threads:".length()).strip());
                } else if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        int files = -1;
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            files = (int) fds.count();
        } catch (IOException | RuntimeException e) {
            // as above
        }
        long heap = -1;
        try {
            List<GcLog.Pause> pauses = GcLog.read(gcLog);
            if (!pauses.isEmpty()) {
                heap = pauses.get(pauses.size() - 1).afterBytes();
            }
        } catch (IOException e) {
            // no log yet
        }
        return new Sample(System.currentTimeMillis(), threads, files, rss, heap);
    }
}
