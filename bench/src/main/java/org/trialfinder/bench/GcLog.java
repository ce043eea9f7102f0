package org.trialfinder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's stop-the-world pauses, read from the unified GC log the benchmark asks for with {@link #jvmOption}
 * ({@code -Xlog:gc} with the wall-clock {@code timemillis} decorator, so pauses can be matched to the benchmark's
 * own run windows). Concurrent phases (G1's "Concurrent Mark Cycle") are not pauses and are skipped.
 */
final class GcLog {
    /** One line per pause: "[7.312s][1796578747650ms][info][gc] GC(38) Pause Remark 55M->55M(64M) 1.638ms". */
    private static final Pattern PAUSE = Pattern.compile(
            "\\[(\\d+)ms\\].*\\bGC\\(\\d+\\) (Pause .*?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) ([\\d.]+)ms\\s*$");

    private GcLog() {}

    /** A pause that ended at {@code endMillis} (epoch ms) and left {@code afterBytes} of the heap in use. */
    record Pause(long endMillis, String kind, long beforeBytes, long afterBytes, long heapBytes, double millis) {}

    /** Figures over a set of pauses; pause times in milliseconds. */
    record Summary(int count, double p50, double p99, double max, double total, long maxAfterBytes, long heapBytes) {
        static final Summary EMPTY = new Summary(0, 0, 0, 0, 0, 0, 0);

        String describe() {
            if (count == 0) {
                return "no GC pause";
            }
            return String.format(
                    Locale.ROOT,
                    "%,d pauses, p50 %.2f ms, p99 %.2f ms, max %.2f ms, total %.1f ms; heap after GC up to %s of %s",
                    count,
                    p50,
                    p99,
                    max,
                    total,
                    IngestBenchmark.mib(maxAfterBytes),
                    IngestBenchmark.mib(heapBytes));
        }
    }

    /** The JVM option that writes the log this class reads. */
    static String jvmOption(Path file) {
        return "-Xlog:gc:file=" + file + ":timemillis,uptime,level,tags";
    }

    /** Every pause in the log; an absent file has none. */
    static List<Pause> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return parse(Files.readAllLines(file));
    }

    static List<Pause> parse(List<String> lines) {
        List<Pause> pauses = new ArrayList<>();
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                pauses.add(new Pause(
                        Long.parseLong(m.group(1)),
                        m.group(2).strip(),
                        bytes(m.group(3), m.group(4)),
                        bytes(m.group(5), m.group(6)),
                        bytes(m.group(7), m.group(8)),
                        Double.parseDouble(m.group(9))));
            }
        }
        return pauses;
    }

    /** The pauses that ended within [fromMillis, toMillis] (epoch ms), summarised. */
    static Summary summarize(List<Pause> pauses, long fromMillis, long toMillis) {
        List<Pause> in = pauses.stream()
                .filter(p -> p.endMillis() >= fromMillis && p.endMillis() <= toMillis)
                .toList();
        if (in.isEmpty()) {
            return Summary.EMPTY;
        }
        double[] ms = in.stream().mapToDouble(Pause::millis).sorted().toArray();
        return new Summary(
                ms.length,
                percentile(ms, 0.50),
                percentile(ms, 0.99),
                ms[ms.length - 1],
                Arrays.stream(ms).sum(),
                in.stream().mapToLong(Pause::afterBytes).max().orElse(0),
                in.stream().mapToLong(Pause::heapBytes).max().orElse(0));
    }

    /** Nearest-rank percentile, as the load benchmark's latencies. */
    static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long bytes(String n, String unit) {
        long v = Long.parseLong(n);
        return switch (unit) {
            case "K" -> v << 10;
            case "M" -> v << 20;
            default -> v << 30;
        };
    }
}
