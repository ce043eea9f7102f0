package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.PerformanceCheck;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * The spelling stage on its own, fed by strings: what it makes of each spelling, and that a span in the text
 * it makes leads back to the same words in the record's text.
 */
class SpellingNormaliserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // full-width forms of CJK typesetting, one character for one
                "ANC≥1.5×10⁹/L；PLT≥75×10⁹/L|ANC≥1.5×10⁹/L;PLT≥75×10⁹/L",
                "QTcB > 430ms（male）|QTcB > 430ms(male)",
                "Renal function：Cr≤1.5 × ULN，APTT≤1.5×ULN|Renal function:Cr≤1.5 × ULN,APTT≤1.5×ULN",
                "ＡＮＣ ≥ １.５|ANC ≥ 1.5",
                "CTLA-4、TIGIT。|CTLA-4,TIGIT.",
                // a range between numbers written with a tilde, wave dash or full-width minus
                "WHO physical status score is 0~1;|WHO physical status score is 0-1;",
                "ECOG PS 0～1|ECOG PS 0-1",
                "ECOG PS 0－1|ECOG PS 0-1",
                "ECOG 0 ~ 2|ECOG 0-2",
                // comparator words
                "Hemoglobin lesser than or equal to (≤) 9 g/dL|Hemoglobin less than or equal to (≤) 9 g/dL",
                "ANC equal or greater to 1.5|ANC ≥ 1.5",
                "Platelets greater or equal to 100|Platelets ≥ 100",
                "ALP less than or equal 2.5x ULN|ALP ≤ 2.5x ULN",
                "Hb equal to or below 9|Hb ≤ 9",
                "less than or equal to 2|less than or equal to 2",
                // a point before three digits in a count per µL or mm³ is a thousands separator; elsewhere a decimal
                // point
                "thrombocytopenia < 100.000/µl|thrombocytopenia < 100000/µl",
                "ANC ≥ 1.500/mm3|ANC ≥ 1500/mm3",
                "Creatinine ≤ 1.500 mg/dL|Creatinine ≤ 1.500 mg/dL",
                "ANC ≥ 1.5/µL|ANC ≥ 1.5/µL",
                "Platelets ≥ 100 000/uL|Platelets ≥ 100000/uL",
                "Platelets ≥ 100 000 cells/mm3|Platelets ≥ 100000 cells/mm3",
                "age 18 000 years|age 18 000 years",
                "ANC ≥1.5 ´ 109/L|ANC ≥1.5 x 109/L",
                "a life-expectancy of 3 months|a life expectancy of 3 months",
                "creatinine > 2.0㎎/㎗|creatinine > 2.0mg/dl",
                "Stage 3 combined with radiotherapy|Stage 3 combined with radiotherapy",
                // "combined with" after a threshold joins as "and"; elsewhere it is left as written
                "AST/ALT > 3 × ULN combined with bilirubin > 1.5 × ULN|AST/ALT > 3 × ULN and bilirubin > 1.5 × ULN",
                "radiotherapy combined with chemotherapy|radiotherapy combined with chemotherapy",
                // the patients a bracketed limit is for, named first
                "ALT ≤ 3 × ULN (liver metastasis≤5.0 × ULN)|ALT ≤ 3 × ULN (≤5.0 × ULN with liver metastasis)",
                "ALT > 3 × ULN (tumor liver metastasis ≥ 5×ULN)|ALT > 3 × ULN (≥ 5×ULN with liver metastasis)",
                // what it leaves alone: numbers, lists, thousands, plain text
                "Platelets ≥ 100,000/mm³|Platelets ≥ 100,000/mm³",
                "ECOG 0, 1 or 2|ECOG 0, 1 or 2",
                "ANC ≥ 1,5 x 10^9/L|ANC ≥ 1,5 x 10^9/L",
                "at least 18 years|at least 18 years",
            })
    void normalises(String written, String read) {
        assertThat(SpellingNormaliser.normalise(written).text()).isEqualTo(read);
    }

    @Test
    void aSpanInTheNormalisedTextIsTheSameWordsInTheOriginal() {
        String original = "Hb lesser than 9 g/dL；PLT≥75×10⁹/L";
        SpellingNormaliser.Normalised n = SpellingNormaliser.normalise(original);
        assertThat(n.text()).isEqualTo("Hb less than 9 g/dL;PLT≥75×10⁹/L");
        // "PLT≥75×10⁹/L" stands 2 characters earlier in the normalised text ("lesser" lost "er")
        int at = n.text().indexOf("PLT");
        TextSpan back = n.original(new TextSpan(at, n.text().length()));
        assertThat(back.of(original)).isEqualTo("PLT≥75×10⁹/L");
        // a span over the rewritten word covers the word as written
        int less = n.text().indexOf("less");
        assertThat(n.original(new TextSpan(less, less + "less than".length())).of(original))
                .isEqualTo("lesser than");
        // the full-width semicolon is one character for one
        int semi = n.text().indexOf(';');
        assertThat(n.original(new TextSpan(semi, semi + 1)).of(original)).isEqualTo("；");
    }

    @Test
    void anUnchangedTextKeepsItsSpans() {
        SpellingNormaliser.Normalised n = SpellingNormaliser.normalise("ANC ≥ 1.5 x 10^9/L");
        assertThat(n.original(new TextSpan(2, 7))).isEqualTo(new TextSpan(2, 7));
        assertThat(SpellingNormaliser.normalise(null).text()).isEmpty();
    }

    @Test
    void aTreeReadFromTheNormalisedTextPointsIntoTheOriginalAndKeepsItsWords() {
        String original = "Hb lesser than 9 g/dL；blah";
        SpellingNormaliser.Normalised n = SpellingNormaliser.normalise(original);
        int nc = n.text().indexOf("blah");
        Criterion read = new And(
                List.of(
                        new LabCheck("HEMOGLOBIN", Comparison.LT, 9, "g/dL", new TextSpan(0, 19)),
                        new NotComputable("blah", new TextSpan(nc, nc + 4))),
                new TextSpan(0, n.text().length()));
        And back = (And) n.original(read);
        assertThat(back.span()).isEqualTo(new TextSpan(0, original.length()));
        assertThat(back.parts().get(0).span().of(original)).isEqualTo("Hb lesser than 9 g/dL");
        assertThat(back.parts().get(1)).isEqualTo(new NotComputable("blah", new TextSpan(22, 26)));
    }

    /** What the pre-screener shows as the deciding words is the record's own text, after the whole parse. */
    @Test
    void theParsersSpansShowTheRecordsWords() {
        Criterion c = CriterionParser.parse("ECOG PS 0～1", Section.INCLUSION);
        assertThat(c).isInstanceOf(PerformanceCheck.class);
        assertThat(c.span().of("ECOG PS 0～1")).isEqualTo("ECOG PS 0～1");

        String item = "Hemoglobin lesser than or equal to (≤) 9 g/dL；Platelets ≥ 100,000/mcL";
        Criterion list = CriterionParser.parse(item, Section.INCLUSION);
        And and = (And) list;
        assertThat(and.parts())
                .extracting(p -> p.span().of(item))
                .containsExactlyInAnyOrder("Hemoglobin lesser than or equal to (≤) 9 g/dL", "Platelets ≥ 100,000/mcL");

        // an unread item keeps the record's words, full-width forms included
        String unread = "能够理解并签署知情同意书（ICF）";
        Criterion nc = CriterionParser.parse(unread, Section.INCLUSION);
        assertThat(nc).isEqualTo(new NotComputable(unread, new TextSpan(0, unread.length())));
    }
}
