package org.trialfinder.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void readsWhatOperatorsWrite() {
        assertThat(Durations.parse("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(Durations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("PT6H")).isEqualTo(Duration.ofHours(6));
        assertThat(Durations.parse(" 2H ")).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void refusesAnythingElseSayingHowToWriteIt() {
        for (String bad : new String[] {"", "soon", "24", "h", "2m junk", "-2m", "1.5h", "PTX"}) {
            assertThatThrownBy(() -> Durations.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a duration: write e.g. 24h, 2m, 90s or 1h30m");
        }
    }

    @Test
    void writesTheShortestForm() {
        assertThat(Durations.format(Duration.ofHours(24))).isEqualTo("1d");
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(Durations.format(Duration.ofSeconds(2))).isEqualTo("2s");
        for (String s : new String[] {"1d", "1h30m", "2s", "3d4h5m6s"}) {
            assertThat(Durations.format(Durations.parse(s))).isEqualTo(s);
        }
    }
}
