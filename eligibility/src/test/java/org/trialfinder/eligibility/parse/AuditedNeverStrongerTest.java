package org.trialfinder.eligibility.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Readings a hand audit of read items outside the labelled splits found stronger than their text, one case per
 * pattern (the texts are real records' wording, the expected trees written from the text): a qualifier closing a
 * list of alternatives, a kind or a time in brackets after a condition, the women a relative clause opens with, a
 * negation after every check, a list of positive findings in an exclusion. Each reading may be weaker than its
 * text (an unread part), never stronger.
 */
class AuditedNeverStrongerTest extends CriterionParserHarness {

    static Stream<Arguments> inclusions() {
        return Stream.of(
                // the closing words say who is excluded: the item is what the patient must not be (not a negation
                // left dangling)
                Arguments.of("Pregnant women will not be included in the study.", "not(pregnant)"),
                // a negation written after the check ("not using contraception") still binds to it
                Arguments.of("Patient doesn't have diabetes", "not(diagnosis(diabetes))"));
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                // NCT01255813: the women of childbearing age are the subject of every alternative
                Arguments.of(
                        "Subject is a woman of childbearing age who is pregnant, nursing, or not using contraception.",
                        "and(childbearing_potential, or(pregnant, lactating, not(contraception)))"),
                // NCT06090123: any one positive finding of different infections excludes
                Arguments.of(
                        "Positive for hepatitis B surface antigen (HBsAg), HCV antibody, syphilis antibody and HIV antibody;",
                        "or(test(HBSAG) = positive, test(HCV_AB) = positive, test(SYPHILIS) = positive, test(HIV) = positive)"),
                // a time in brackets after a condition is a window the check needs
                Arguments.of(
                        "Myocardial infarction (<1 year from inclusion)",
                        "within(1 a, diagnosis(myocardial_infarction))"),
                // the course in brackets narrows the condition: an unread part beside it
                Arguments.of(
                        "Congestive heart failure (poorly controlled).",
                        "and(diagnosis(heart_failure), not_computable)"),
                // a closing sentence saying who is excluded, in an exclusion, is what it names
                Arguments.of("Pregnant or nursing women cannot participate in this study.", "or(pregnant, lactating)"),
                // the alternatives without a closing qualifier are read as before
                Arguments.of("Prior surgery or radiotherapy", "or(therapy(surgery), therapy(radiotherapy))"),
                Arguments.of("HIV infection or other immunodeficiency", "or(diagnosis(hiv), not_computable)"));
    }

    /** Read as inclusions: each must stay not computable rather than be read stronger than its text. */
    static Stream<String> unreadable() {
        return Stream.of(
                // NCT05749354: "weren't" negates; read without it, taking the drug would be required
                "PDE5i or similar medication weren't taken one month before treatment",
                "PDE5i were not taken one month before treatment",
                // a negation closing a clause has no check after it to bind to
                "Have syphilis that has not been treated.");
    }
}
