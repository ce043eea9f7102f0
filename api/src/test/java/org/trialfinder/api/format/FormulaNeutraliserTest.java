package org.trialfinder.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaNeutraliserTest {

    @Test
    void cellsStartingLikeAFormulaGetALeadingQuote() {
        // OWASP CSV injection: = + - @ tab CR at the start of a cell
        assertThat(FormulaNeutraliser.neutralise("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(FormulaNeutraliser.neutralise("+SUM(1,2)")).isEqualTo("'+SUM(1,2)");
        assertThat(FormulaNeutraliser.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(FormulaNeutraliser.neutralise("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(FormulaNeutraliser.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(FormulaNeutraliser.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(FormulaNeutraliser.neutralise("- Earliest elapsed time")).isEqualTo("'- Earliest elapsed time");
    }

    @Test
    void plainNumbersAndOrdinaryTextAreLeftAlone() {
        assertThat(FormulaNeutraliser.neutralise("-12")).isEqualTo("-12");
        assertThat(FormulaNeutraliser.neutralise("-0.5")).isEqualTo("-0.5");
        assertThat(FormulaNeutraliser.neutralise("+3")).isEqualTo("+3");
        assertThat(FormulaNeutraliser.neutralise("44")).isEqualTo("44");
        assertThat(FormulaNeutraliser.neutralise("2024-07")).isEqualTo("2024-07");
        assertThat(FormulaNeutraliser.neutralise("A=B")).isEqualTo("A=B");
        assertThat(FormulaNeutraliser.neutralise(" =1")).isEqualTo(" =1");
        assertThat(FormulaNeutraliser.neutralise("")).isEmpty();
        assertThat(FormulaNeutraliser.neutralise(null)).isNull();
    }
}
