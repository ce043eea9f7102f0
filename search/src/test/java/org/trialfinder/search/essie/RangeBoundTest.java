package org.trialfinder.search.essie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.PartialDate;
import org.trialfinder.search.essie.RangeBound.AgeBound;
import org.trialfinder.search.essie.RangeBound.DateBound;
import org.trialfinder.search.essie.RangeBound.NumberBound;

class RangeBoundTest {

    private static EssieNode.Range range(String text) {
        return (EssieNode.Range) EssieParser.parse(text);
    }

    @Test
    void agesInDays() {
        assertThat(new AgeBound(new BigDecimal("16"), AgeUnit.YEARS).days()).isEqualByComparingTo("5844");
        assertThat(new AgeBound(new BigDecimal("6"), AgeUnit.MONTHS).days()).isEqualByComparingTo("182.625");
        assertThat(new AgeBound(new BigDecimal("4"), AgeUnit.WEEKS).days()).isEqualByComparingTo("28");
        assertThat(new AgeBound(new BigDecimal("10"), AgeUnit.DAYS).days()).isEqualByComparingTo("10");
        assertThat(new AgeBound(new BigDecimal("12"), AgeUnit.HOURS).days()).isEqualByComparingTo("0.5");
        assertThat(new AgeBound(new BigDecimal("2.5"), AgeUnit.YEARS).asDays()).contains(new BigDecimal("913.125"));
    }

    @Test
    void ageUnitSpellings() {
        for (String s : new String[] {"year", "years", "Year", "Years", "YEARS", "yr", "yrs"}) {
            assertThat(AgeUnit.parse(s)).as(s).contains(AgeUnit.YEARS);
        }
        assertThat(AgeUnit.parse("mos")).contains(AgeUnit.MONTHS);
        assertThat(AgeUnit.parse("wk")).contains(AgeUnit.WEEKS);
        assertThat(AgeUnit.parse("Days")).contains(AgeUnit.DAYS);
        assertThat(AgeUnit.parse("fortnight")).isEmpty();
    }

    @Test
    void typedFromText() {
        EssieNode.Range r = range("RANGE[2022-06, 2022-06-15]");
        assertThat(r.lo()).isEqualTo(new DateBound(PartialDate.ofMonth(2022, 6)));
        assertThat(r.hi().asDate()).contains(PartialDate.of(2022, 6, 15));
        assertThat(range("RANGE[MIN, MAX]").lo().isOpen()).isTrue();
    }

    @Test
    void aFourDigitIntegerIsANumberThatAlsoReadsAsAYear() {
        RangeBound b = range("RANGE[2022, MAX]").lo();
        assertThat(b).isEqualTo(new NumberBound(new BigDecimal("2022")));
        assertThat(b.asNumber()).contains(new BigDecimal("2022"));
        assertThat(b.asDate()).contains(PartialDate.ofYear(2022));
        assertThat(range("RANGE[50, 2.5]").lo().asDate()).isEmpty();
        assertThat(range("RANGE[50, 2.5]").hi().asDate()).isEmpty();
    }

    @Test
    void numbersAreNormalised() {
        assertThat(new NumberBound(new BigDecimal("2.50"))).isEqualTo(new NumberBound(new BigDecimal("2.5")));
        assertThat(new NumberBound(new BigDecimal("100")).text()).isEqualTo("100");
        assertThat(new NumberBound(new BigDecimal("1E+2")).text()).isEqualTo("100");
    }

    @Test
    void aDateBoundHasAtLeastAMonth() {
        // how the dates themselves widen and order: PartialDateTest (model)
        assertThatThrownBy(() -> new DateBound(PartialDate.ofYear(2020))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canonicalText() {
        assertThat(new AgeBound(BigDecimal.ONE, AgeUnit.MONTHS).text()).isEqualTo("1 month");
        assertThat(new AgeBound(new BigDecimal("16.0"), AgeUnit.YEARS).text()).isEqualTo("16 years");
        assertThat(new DateBound(PartialDate.of(999 + 1001, 1, 2)).text()).isEqualTo("2000-01-02");
    }
}
