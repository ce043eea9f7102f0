package org.trialfinder.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeapHistogramTest {

    // the shape jcmd PID GC.class_histogram prints (JDK 25), rows cut from a real one; in resources, because class
    // names in the source would read as inline type names to the format check
    private static final String MINUTE_2 = resource("histogram-minute-2.txt");
    private static final String MINUTE_10 = resource("histogram-minute-10.txt");

    private static String resource(String name) {
        try (InputStream in = HeapHistogramTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsEveryRowAndNotTheHeaderOrTotal() {
        HeapHistogram h = HeapHistogram.parse(MINUTE_2);

        assertThat(h.byClass()).containsOnlyKeys("[B", "java.lang.String", "org.trialfinder.Cache$Entry");
        assertThat(h.byClass().get("[B")).isEqualTo(new HeapHistogram.ClassShare(246799, 25784144));
    }

    @Test
    void listsGrowthLargestFirstCountingClassesThatAppearedOrVanished() {
        var growth = HeapHistogram.parse(MINUTE_10).grownSince(HeapHistogram.parse(MINUTE_2), 10);

        assertThat(growth)
                .extracting(HeapHistogram.Growth::className, HeapHistogram.Growth::bytesGrown)
                .containsExactly(
                        tuple("[B", 10_000_000L),
                        tuple("[Ljdk.internal.vm.FillerElement;", 1_000_000L),
                        tuple("org.trialfinder.Other", 320_000L),
                        tuple("java.lang.String", -7_392L),
                        tuple("org.trialfinder.Cache$Entry", -64_000L));
    }

    @Test
    void anEmptyOrFailedHistogramReadsAsNoClasses() {
        assertThat(HeapHistogram.parse("22961:\nCommand failed\n").byClass()).isEmpty();
    }

    @Test
    void liveBytesLeaveOutTheFillersOfDeadSpace() {
        // minute 10's fixture has a filler array of 1,000,000 bytes beside 35,784,144 + 3,136,000 + 320,000 of objects
        assertThat(HeapHistogram.parse(MINUTE_10).liveBytes()).isEqualTo(35_784_144L + 3_136_000L + 320_000L);
    }
}
