package org.trialfinder.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live objects of a JVM by class ({@code jcmd PID GC.class_histogram}), so a soak whose heap grows says which
 * classes grew instead of only how much.
 */
record HeapHistogram(Map<String, ClassShare> byClass) {

    /** Instances and bytes of one class. */
    record ClassShare(long instances, long bytes) {}

    /** One class's change between two histograms. */
    record Growth(String className, long instancesBefore, long instancesAfter, long bytesBefore, long bytesAfter) {
        long bytesGrown() {
            return bytesAfter - bytesBefore;
        }
    }

    // "   1:        123456       98765432  [B (java.base@25.0.3)"
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** Reads jcmd's histogram text; lines that are not rows (the header, the total) are skipped. */
    static HeapHistogram parse(String text) {
        Map<String, ClassShare> rows = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                rows.merge(
                        m.group(3),
                        new ClassShare(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))),
                        (a, b) -> new ClassShare(a.instances() + b.instances(), a.bytes() + b.bytes()));
            }
        }
        return new HeapHistogram(Map.copyOf(rows));
    }

    /**
     * Asks the JVM {@code pid} for the histogram of its live objects (jcmd runs a full GC first; {@code -all} would
     * count the garbage made since the last one too), keeps the text in {@code file} and returns it; empty when jcmd
     * fails.
     */
    static HeapHistogram take(Path jcmd, long pid, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true)
                .redirectOutput(file.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new HeapHistogram(Map.of());
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Bytes of live objects: every class but the JVM's fillers ({@code jdk.internal.vm.FillerElement} arrays and
     * {@code FillerObject}s), which are dead space a collector left in place instead of compacting it (the parallel
     * collector's full GC keeps a "dense prefix" of the heap where it fills dead objects rather than moving live ones);
     * a GC log's "after" counts them as used, so between two full GCs it moves by tens of MiB with nothing retained.
     */
    long liveBytes() {
        return byClass.entrySet().stream()
                .filter(e -> !e.getKey().contains("jdk.internal.vm.Filler"))
                .mapToLong(e -> e.getValue().bytes())
                .sum();
    }

    /** The classes whose bytes grew most from {@code before} to this one, largest growth first. */
    List<Growth> grownSince(HeapHistogram before, int limit) {
        Set<String> names = new HashSet<>(byClass.keySet());
        names.addAll(before.byClass.keySet());
        ClassShare none = new ClassShare(0, 0);
        List<Growth> all = new ArrayList<>();
        for (String name : names) {
            ClassShare was = before.byClass.getOrDefault(name, none);
            ClassShare now = byClass.getOrDefault(name, none);
            all.add(new Growth(name, was.instances(), now.instances(), was.bytes(), now.bytes()));
        }
        return all.stream()
                .sorted(Comparator.comparingLong(Growth::bytesGrown).reversed())
                .limit(limit)
                .toList();
    }
}
