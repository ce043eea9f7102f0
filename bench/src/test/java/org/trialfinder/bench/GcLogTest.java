package org.trialfinder.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pause figures of real {@code -Xlog:gc} output (JDK 25, written with {@link GcLog#jvmOption}'s decorators). */
class GcLogTest {
    @Test
    void parallelCollectorPausesAreEveryPauseLineAndNothingElse() throws IOException {
        List<GcLog.Pause> pauses = GcLog.parse(lines("gc-parallel.log"));

        // the file: "Using Parallel", eleven young pauses, one full pause
        assertThat(pauses).hasSize(12);
        assertThat(pauses.get(0))
                .isEqualTo(new GcLog.Pause(
                        1796578738426L, "Pause Young (Allocation Failure)", 17L << 20, 4L << 20, 61L << 20, 76.365));
        assertThat(pauses.get(11))
                .isEqualTo(new GcLog.Pause(
                        1796578740246L, "Pause Full (System.gc())", 60L << 20, 12L << 20, 63L << 20, 15.456));
    }

    @Test
    void summaryIsNearestRankPercentilesOfThePauseTimes() throws IOException {
        List<GcLog.Pause> pauses = GcLog.parse(lines("gc-parallel.log"));

        GcLog.Summary s = GcLog.summarize(pauses, 0, Long.MAX_VALUE);

        // sorted ms: 0.361 0.489 0.509 0.675 5.143 5.927 11.090 15.456 34.282 36.779 62.863 76.365
        assertThat(s.count()).isEqualTo(12);
        assertThat(s.p50()).isEqualTo(5.927); // rank ceil(0.5 * 12) = 6
        assertThat(s.p99()).isEqualTo(76.365); // rank ceil(0.99 * 12) = 12
        assertThat(s.max()).isEqualTo(76.365);
        assertThat(s.total())
                .isCloseTo(
                        76.365 + 62.863 + 34.282 + 5.143 + 11.090 + 36.779 + 5.927 + 0.361 + 0.489 + 0.675 + 0.509
                                + 15.456,
                        within(1e-9));
        assertThat(s.maxAfterBytes()).isEqualTo(12L << 20);
        assertThat(s.heapBytes()).isEqualTo(63L << 20);
    }

    @Test
    void windowKeepsOnlyPausesThatEndedInside() throws IOException {
        List<GcLog.Pause> pauses = GcLog.parse(lines("gc-parallel.log"));

        // GC(1) ended at ...739774, GC(2) at ...739837, GC(3) at ...739852
        GcLog.Summary s = GcLog.summarize(pauses, 1796578739774L, 1796578739852L);

        assertThat(s.count()).isEqualTo(3);
        assertThat(s.max()).isEqualTo(62.863);
        assertThat(GcLog.summarize(pauses, 0, 1000)).isEqualTo(GcLog.Summary.EMPTY);
    }

    @Test
    void g1RemarkAndCleanupArePausesButTheConcurrentCycleIsNot() throws IOException {
        List<GcLog.Pause> pauses = GcLog.parse(lines("gc-g1.log"));

        assertThat(pauses)
                .extracting(GcLog.Pause::millis)
                .containsExactly(47.678, 52.832, 26.616, 5.831, 0.950, 0.708, 1.638, 0.013, 0.566);
        assertThat(pauses)
                .extracting(GcLog.Pause::kind)
                .contains(
                        "Pause Young (Normal) (G1 Evacuation Pause)",
                        "Pause Remark",
                        "Pause Cleanup",
                        "Pause Young (Prepare Mixed) (G1 Evacuation Pause)");
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = GcLogTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
