package org.trialfinder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialfinder.model.vocab.DateType;

class PartialDateTest {

    @Test
    void yearOnly() {
        PartialDate date = PartialDate.parse("2024");

        assertThat(date.precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(date.year()).isEqualTo(2024);
        assertThat(date.month()).isEmpty();
        assertThat(date.startOf()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(date.endOf()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(date).hasToString("2024");
    }

    @Test
    void yearAndMonth() {
        PartialDate date = PartialDate.parse("2024-02");

        assertThat(date.precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(date.month()).hasValue(2);
        assertThat(date.day()).isEmpty();
        assertThat(date.startOf()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(date.endOf()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(date).hasToString("2024-02");
    }

    @Test
    void fullDay() {
        PartialDate date = PartialDate.parse("2024-12-05");

        assertThat(date.precision()).isEqualTo(PartialDate.Precision.DAY);
        assertThat(date.day()).hasValue(5);
        assertThat(date.startOf()).isEqualTo(LocalDate.of(2024, 12, 5));
        assertThat(date.endOf()).isEqualTo(date.startOf());
        assertThat(date).hasToString("2024-12-05");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "24",
                "2024-1",
                "2024-13",
                "2023-02-29",
                "2024-12-05T00:00",
                "December 2024",
                " 2024",
                "0000",
                "2024-00",
                "2024-12-00"
            })
    void refusesTextThatIsNotADate(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PartialDate.tryParse(text)).isEmpty();
    }

    @Test
    void tryParseOfNullIsEmpty() {
        assertThat(PartialDate.tryParse(null)).isEmpty();
    }

    @Test
    void equalityFollowsTheText() {
        assertThat(PartialDate.parse("2024-12")).isEqualTo(PartialDate.parse("2024-12"));
        assertThat(PartialDate.parse("2024-12")).isNotEqualTo(PartialDate.parse("2024-12-01"));
    }

    @Test
    void ordersByFirstDayThenCoarserFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(
                PartialDate.parse("2024-12-05"),
                PartialDate.parse("2024-12"),
                PartialDate.parse("2023"),
                PartialDate.parse("2024")));

        dates.sort(null);

        assertThat(dates).extracting(PartialDate::toString).containsExactly("2023", "2024", "2024-12", "2024-12-05");
    }

    @Test
    void builtFromNumbersAsAQueryWritesThem() {
        assertThat(PartialDate.ofYear(2022).startOf()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(PartialDate.ofYear(2022).endOf()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(PartialDate.ofMonth(2024, 2).endOf()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.of(2024, 2, 3).toString()).isEqualTo("2024-02-03");
        assertThat(PartialDate.of(2024, 6, 0)).isEqualTo(PartialDate.ofMonth(2024, 6));
        assertThat(PartialDate.of(LocalDate.of(812, 1, 2))).hasToString("0812-01-02");
        assertThat(PartialDate.ofMonth(2024, 2)).isLessThan(PartialDate.of(2024, 2, 1));
        assertThatThrownBy(() -> PartialDate.of(2023, 2, 29)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.of(2023, 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.ofMonth(2023, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.ofYear(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBuiltDateEqualsTheParsedOneOfTheSameText() {
        assertThat(PartialDate.of(2024, 12, 5)).isEqualTo(PartialDate.parse("2024-12-05"));
        assertThat(PartialDate.ofMonth(2024, 12)).isEqualTo(PartialDate.parse("2024-12"));
        assertThat(PartialDate.ofYear(2024))
                .isEqualTo(PartialDate.parse("2024"))
                .hasSameHashCodeAs(PartialDate.parse("2024"));
        assertThat(PartialDate.parse("2024-12-05").month()).hasValue(12);
    }

    @Test
    void dateStructParsesItsDate() {
        DateStruct struct = new DateStruct("2025-06", DateType.ESTIMATED, null);

        assertThat(struct.partialDate()).map(PartialDate::startOf).contains(LocalDate.of(2025, 6, 1));
        assertThat(struct.estimated()).isTrue();
        assertThat(struct.unknownFields()).isEmpty();
    }
}
