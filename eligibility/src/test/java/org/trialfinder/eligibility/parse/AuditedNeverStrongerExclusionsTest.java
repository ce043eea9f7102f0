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
                "Patients with unstable angina pectoris (Braunwald class 3)",
                // NCT00351065: the window is the NYHA class II's, not the heart failure's before it
                "History of Heart failure of NYHA Class III or IV, or NYHA Class II within the previous six months.",
                // NCT00491400: a condition closing the list may be of every alternative
                "Patients with coronary artery disease, peripheral arterial disease, or cerebral vascular disease will not be enrolled if they are currently taking lipid-lowering therapy",
                // an "or" in brackets after a lab offers another limit under a condition: not read as the one limit
                "Hepatic: * Bilirubin less than 1.5 times upper limit of normal (ULN) * SGPT no greater than 2.5 times ULN (4.0 times ULN with antiepileptic or steroid medications)",
                // NCT00004446: "must use contraception" is a requirement, not the exclusion
                "Pregnancy or breast-feeding. Women of child-bearing potential must use effective contraception"
            })
    void staysUnread(String text) {
        Criterion c = CriterionParser.parse(text, Section.EXCLUSION);
        assertThat(c.computable()).as(Notation.print(c)).isFalse();
    }
}
