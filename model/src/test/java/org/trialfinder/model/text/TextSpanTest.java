package org.trialfinder.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSpanTest {

    @Test
    void coversTheCharactersFromStartUpToEnd() {
        TextSpan span = new TextSpan(4, 9);
        assertThat(span.of("Age 18-65 years")).isEqualTo("18-65");
        assertThat(span.length()).isEqualTo(5);
        assertThat(span.known()).isTrue();
        assertThat(new TextSpan(3, 3).of("abcdef")).isEmpty();
    }

    @Test
    void noneIsTheSpanOfWhatWasNotReadFromText() {
        assertThat(TextSpan.NONE.known()).isFalse();
        assertThat(TextSpan.NONE.length()).isZero();
        assertThat(TextSpan.NONE.cover(new TextSpan(2, 5))).isEqualTo(new TextSpan(2, 5));
        assertThat(new TextSpan(2, 5).cover(TextSpan.NONE)).isEqualTo(new TextSpan(2, 5));
    }

    @Test
    void coverIsTheSmallestSpanHoldingBoth() {
        assertThat(new TextSpan(2, 5).cover(new TextSpan(8, 10))).isEqualTo(new TextSpan(2, 10));
        assertThat(new TextSpan(8, 10).cover(new TextSpan(0, 1))).isEqualTo(new TextSpan(0, 10));
    }

    @Test
    void refusesBackwardsOrNegativeRanges() {
        assertThatThrownBy(() -> new TextSpan(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextSpan(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
