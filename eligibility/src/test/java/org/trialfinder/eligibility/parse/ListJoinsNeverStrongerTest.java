package org.trialfinder.eligibility.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * How a list's parts join, from a scan of the sample's readings before and after each change (texts of real
 * records, the expected trees written from the text): "A, B, or C" joins as its last word says, a window closing a
 * list offered by "or" is every alternative's, a full stop ends a sentence whatever follows it, a negation with
 * words between it and a check does not silently drop, the negation opening a list of states is of every one, and
 * a requirement under an exclusion heading is excluded when not met.
 */
class ListJoinsNeverStrongerTest extends CriterionParserHarness {

    static Stream<Arguments> inclusions() {
        return Stream.of(
                // NCT00003204: the comma before "or" does not make it an "and"
                Arguments.of(
                        "No prior chemotherapy, radiotherapy, or immunotherapy",
                        "not(or(therapy(chemotherapy), therapy(radiotherapy), therapy(immunotherapy)))"),
                // NCT03830164
                Arguments.of(
                        "Karnofsky Performance Status (KPS) >= 70, or Eastern Cooperative Oncology Group (ECOG) 0-2",
                        "or(karnofsky >= 70, ecog <= 2)"),
                // NCT00000173: none of the states, not "not pregnant" and the others required
                Arguments.of(
                        "Subject is not pregnant, lactating, or of childbearing potential (i.e. women must be two years post-menopausal or surgically sterile).",
                        "not(or(pregnant, lactating, childbearing_potential))"),
                // NCT00460707: either way of not becoming pregnant (the negation is of the first alone)
                Arguments.of(
                        "A female subject who is non-childbearing potential or using acceptable contraceptive methods.",
                        "or(not(childbearing_potential), contraception)"),
                // NCT00004444, NCT00001570: the older layout's therapy heading is not a check, and "no" reaches the
                // therapy past the narrowing word
                Arguments.of(
                        "Chemotherapy: No concurrent chemotherapy", "not(and(therapy(chemotherapy), not_computable))"),
                Arguments.of(
                        "Surgery: No major surgery within 4 weeks of study.",
                        "not(and(within(4 wk, therapy(surgery)), not_computable))"),
                // NCT00005033: "OR" between the older layout's bullets offers them as alternatives
                Arguments.of(
                        "Renal: * Creatinine less than 1.5 times ULN OR * Creatinine clearance greater than 60 mL/min",
                        "or(lab(CREATININE) < 1.5 ULN, lab(CREATININE_CLEARANCE) > 60 mL/min)"),
                // NCT00001438: "At least 30 days since chemotherapy" does not ask for chemotherapy
                Arguments.of(
                        "Chemotherapy: At least 30 days since chemotherapy.",
                        "not(within(30 d, therapy(chemotherapy)))"),
                // NCT00001561: the full stop before "Patients of childbearing potential" ends the first sentence
                Arguments.of(
                        "Not pregnant or lactating. Patients of childbearing potential must use an effective method of contraception.",
                        "and(not(or(pregnant, lactating)), if(childbearing_potential, contraception))"));
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                // NCT00282607: the window is of every alternative of the list
                Arguments.of(
                        "Has a history of stroke, myocardial infarction, or coronary artery disease within the past 6 months.",
                        "or(within(6 mo, diagnosis(stroke)), within(6 mo, diagnosis(myocardial_infarction)), within(6 mo, diagnosis(MESH:D003324)))"),
                // NCT00498043: "not currently practicing" reaches the contraception it stands before
                Arguments.of(
                        "Pregnant or lactating women or women of childbearing potential not currently practicing an adequate method of contraception",
                        "or(pregnant, lactating, and(childbearing_potential, not(contraception)))"),
                // NCT02759614: the values joined by "or" in brackets define the name's lack of control
                Arguments.of(
                        "Uncontrolled hypertension (blood pressures: systolic>150 mmHg and/or diastolic >100 mmHg).",
                        "diagnosis(uncontrolled_hypertension)"),
                // a requirement stated of a subject under an exclusion heading: excluded when not met
                Arguments.of(
                        "Women of childbearing potential must use effective contraception.",
                        "and(childbearing_potential, not(contraception))"));
    }

    /** Read as inclusions: each must stay not computable rather than be read stronger than its text. */
    static Stream<String> unreadable() {
        return Stream.of(
                // NCT00351065: the window is the NYHA class II's alone, so the heart failure may not go without it
                "History of Heart failure of NYHA Class III or IV, or NYHA Class II within the previous six months.");
    }
}
