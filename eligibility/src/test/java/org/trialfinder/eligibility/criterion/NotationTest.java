package org.trialfinder.eligibility.criterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialfinder.model.text.TextSpan;

class NotationTest {

    private static final Equivalence SAME = new Equivalence(CatalogUnits.INSTANCE);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "and(age >= 18 a, age <= 75 a)",
                "sex = female",
                "or(pregnant, lactating)",
                "if(childbearing_potential, contraception)",
                "not(childbearing_potential)",
                "ecog <= 1",
                "ecog in {0,1}",
                "karnofsky >= 70",
                "lansky >= 50",
                "who <= 2",
                "lab(ANC) >= 1.5 10*9/L",
                "lab(ALT) <= 2.5 ULN",
                "lab(HEMOGLOBIN) < 1 LLN",
                "lab(EGFR) >= 60 mL/min/{1.73_m2}",
                "lab(HBV_DNA) > 2000 [iU]/mL",
                "lab(HIV_RNA) < 50 {copies}/mL",
                "lab(INR) <= 1.5 1",
                "or(lab(URINE_PROTEIN) >= 1 g/(24.h), not_computable)",
                "lab(PLATELETS) >= 100000 /mm3",
                "nyha >= 3",
                "diagnosis(hiv)",
                "diagnosis(COND:rectal cancer)",
                "metastasis(liver)",
                "therapy(drug:oxaliplatin)",
                "lines(systemic_therapy) >= 2",
                "life_expectancy >= 12 wk",
                "bmi > 25",
                "not_computable",
                "within(6 mo, diagnosis(myocardial_infarction))",
                "and(if(not(metastasis(liver)), lab(ALT) <= 2.5 ULN), if(metastasis(liver), lab(ALT) <= 5 ULN))",
                "or(and(not(metastasis(liver)), or(lab(AST) > 2.5 ULN, lab(ALT) > 2.5 ULN)), and(metastasis(liver), or(lab(ALT) > 5 ULN, lab(AST) > 5 ULN)))"
            })
    void printsWhatItParses(String text) {
        Criterion c = Notation.parse(text);
        assertThat(Notation.print(c)).isEqualTo(text);
        assertThat(Notation.parse(Notation.print(c))).isEqualTo(c);
    }

    @Test
    void readsLabelsWrittenWithOtherSpacingAndANotComputableText() {
        assertThat(Notation.print(Notation.parse("and( age>=18 a ,not_computable(\"signed consent\") )")))
                .isEqualTo("and(age >= 18 a, not_computable)");
    }

    @Test
    void badNotationNamesWhereAndWhat() {
        assertThatThrownBy(() -> Notation.parse("lab(ANC) >= "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a number")
                .hasMessageContaining("position");
        assertThatThrownBy(() -> Notation.parse("and(age >= 18 a)")).hasMessageContaining("at least two parts");
        assertThatThrownBy(() -> Notation.parse("bogus(x)")).hasMessageContaining("'bogus'");
        assertThatThrownBy(() -> Notation.parse("age >= 18 centuries")).hasMessageContaining("time unit");
        assertThatThrownBy(() -> Notation.parse("ecog <= 1 extra")).hasMessageContaining("end of expression");
    }

    @Test
    void equivalenceConvertsUnitsAndIgnoresOrder() {
        assertThat(SAME.equivalent(Notation.parse("lab(ANC) >= 1.5 10*9/L"), Notation.parse("lab(ANC) >= 1500 /uL")))
                .isTrue();
        assertThat(SAME.equivalent(Notation.parse("lab(ANC) >= 1.5 10*9/L"), Notation.parse("lab(ANC) >= 1.5 10*3/uL")))
                .isTrue();
        assertThat(SAME.equivalent(
                        Notation.parse("lab(CREATININE) <= 1.5 mg/dL"),
                        Notation.parse("lab(CREATININE) <= 132.6 umol/L")))
                .isTrue();
        assertThat(SAME.equivalent(
                        Notation.parse("lab(HEMOGLOBIN) >= 9 g/dL"), Notation.parse("lab(HEMOGLOBIN) >= 90 g/L")))
                .isTrue();
        assertThat(SAME.equivalent(
                        Notation.parse("or(pregnant, lactating)"), Notation.parse("or(lactating, pregnant)")))
                .isTrue();
        assertThat(SAME.equivalent(
                        Notation.parse(
                                "and(a1, b1)".replace("a1", "ecog <= 1").replace("b1", "and(age >= 18 a, sex = male)")),
                        Notation.parse("and(sex = male, ecog in {0,1}, age >= 18 a)")))
                .isTrue();
        assertThat(SAME.equivalent(
                        Notation.parse("within(6 mo, and(diagnosis(stroke), not_computable))"),
                        Notation.parse("and(within(6 mo, diagnosis(stroke)), not_computable)")))
                .isTrue();
    }

    @Test
    void equivalenceTellsDifferentThresholdsComparatorsAndLogicApart() {
        assertThat(SAME.equivalent(Notation.parse("lab(ANC) >= 1.5 10*9/L"), Notation.parse("lab(ANC) >= 1000 /uL")))
                .isFalse();
        assertThat(SAME.equivalent(Notation.parse("lab(ANC) >= 1.5 10*9/L"), Notation.parse("lab(ANC) > 1.5 10*9/L")))
                .isFalse();
        assertThat(SAME.equivalent(Notation.parse("lab(ALT) <= 2.5 ULN"), Notation.parse("lab(AST) <= 2.5 ULN")))
                .isFalse();
        assertThat(SAME.equivalent(
                        Notation.parse("or(pregnant, lactating)"), Notation.parse("and(pregnant, lactating)")))
                .isFalse();
        assertThat(SAME.equivalent(Notation.parse("ecog <= 1"), Notation.parse("ecog <= 2")))
                .isFalse();
        assertThat(SAME.equivalent(Notation.parse("diagnosis(hiv)"), Notation.parse("not(diagnosis(hiv))")))
                .isFalse();
    }

    @Test
    void treesCarrySpansAndSayWhetherTheyAreComputable() {
        Criterion c = new And(
                List.of(
                        new AgeCheck(Comparison.GE, 18, DurationUnit.YEARS, new TextSpan(0, 5)),
                        new NotComputable("consent", new TextSpan(6, 13))),
                new TextSpan(0, 13));
        assertThat(c.computable()).isTrue();
        assertThat(c.partlyNotComputable()).isTrue();
        assertThat(new NotComputable("x", TextSpan.NONE).computable()).isFalse();
    }
}
