package org.trialfinder.eligibility.drugs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;

/**
 * The CYP3A phrases of real criteria items (repository sample, NCT ids beside them): where each is, which
 * MeSH class it names (Cytochrome P-450 CYP3A Inhibitors D065692, Inducers D065701) and which strength is
 * left unread beside it.
 */
class CypPhrasesTest {

    private static List<String> read(String text) {
        return ClassPhrases.NEW_CLASSES.find(text).stream()
                .map(h -> text.substring(h.start(), h.end()) + " = " + Notation.print(h.criterion())
                        + (h.dose() == null ? "" : " [" + h.dose().text() + "]"))
                .toList();
    }

    /** NCT03416231 exclusion 25: two phrases, each with its own strength. */
    @Test
    void enzymeFirstWithAStrength() {
        assertThat(read("25. Patients who received the treatment with potent CYP3A4 inhibitors within 7 days before"
                        + " screening, or potent CYP3A4 inducers within 12 days before being included."))
                .containsExactly(
                        "CYP3A4 inhibitors = therapy(class:D065692) [potent]",
                        "CYP3A4 inducers = therapy(class:D065701) [potent]");
    }

    /** NCT03058094: "potent inducers and inhibitors of CYP3A4", one strength for both roles. */
    @Test
    void roleFirstWithBothRoles() {
        assertThat(read("Patients receiving medication known to prolong QT interval and potent inducers and"
                        + " inhibitors of CYP3A4 within 4 weeks of fist dose of AC0010."))
                .containsExactly("inducers and inhibitors of CYP3A4 = or(therapy(class:D065692),"
                        + " therapy(class:D065701)) [potent]");
    }

    /** NCT00090376: "cytochrome P450 (CYP) 3A4", no strength: the whole classes. */
    @Test
    void cytochromeSpelledOut() {
        assertThat(read("Unable to stop the use of inducers or inhibitors of cytochrome P450 (CYP) 3A4 from Baseline"
                        + " until the end of the study."))
                .containsExactly("inducers or inhibitors of cytochrome P450 (CYP) 3A4 = or(therapy(class:D065692),"
                        + " therapy(class:D065701))");
    }

    /** NCT05994131: "inhibitors/inducers of CYP3A4, or P-gp inhibitors": P-gp is no class of the tables. */
    @Test
    void aSecondTargetIsLeftUnread() {
        List<ClassPhrases.Hit> hits = ClassPhrases.NEW_CLASSES.find(
                "Have received systemic administration of potent inhibitors/inducers of CYP3A4/P-gp within 14 days");
        assertThat(hits).hasSize(1);
        assertThat(hits.getFirst().criterion()).isInstanceOf(NotComputable.class);
    }

    /** Only the strength words themselves narrow the class; anything else beside it is not a qualifier. */
    @Test
    void qualifierIsTheStrengthOnly() {
        PriorTherapyCheck inhibitors = new PriorTherapyCheck("class:D065692", null);
        assertThat(CypPhrases.isQualifierOf(inhibitors, "moderate or strong")).isTrue();
        assertThat(CypPhrases.isQualifierOf(inhibitors, "potent")).isTrue();
        assertThat(CypPhrases.isQualifierOf(inhibitors, "known")).isFalse();
        assertThat(CypPhrases.isQualifierOf(new PriorTherapyCheck("class:EGFR_TKI", null), "strong"))
                .isFalse();
    }
}
