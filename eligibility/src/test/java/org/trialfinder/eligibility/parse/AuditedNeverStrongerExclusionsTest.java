package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.split.Section;

/**
 * Exclusions a hand audit found read stronger than their text, which must now stay not computable (the texts are
 * real records' wording): a qualifier closing a list of alternatives may bind to every one of them, and a kind, a
 * course or a time in brackets after a condition narrows it.
 */
class AuditedNeverStrongerExclusionsTest {

    @ParameterizedTest(name = "not computable: {0}")
    @ValueSource(
            strings = {
                // NCT01272297, NCT01274949: the pelvic region is not the radiotherapy's alone
                "Prior surgery or radiotherapy in pelvic region",
                // the window closes both alternatives
                "History of myocardial infarction or unstable angina within 6 months prior to Day 1",
                // the purpose closes both alternatives
                "Prior chemotherapy or trastuzumab for metastatic breast cancer (MBC)",
                // NCT01866995: the kinds and the course in brackets narrow the diabetes
                "Diabetes mellitus (type 1 and type 2, decompensation)",
                "Patients with unstable angina pectoris (Braunwald class 3)"
            })
    void staysUnread(String text) {
        Criterion c = CriterionParser.parse(text, Section.EXCLUSION);
        assertThat(c.computable()).as(Notation.print(c)).isFalse();
    }
}
