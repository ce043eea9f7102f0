package org.trialfinder.eligibility.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Drug classes read from whole MeSH pharmacological-action classes (PDE5 inhibitors {@code class:D058986},
 * alpha-blockers {@code class:D000317}, androgens {@code class:D000728}) and the CYP3A inhibitors ({@code
 * class:D065692}) and inducers ({@code class:D065701}) with their strength unread (notation-12 §2: a
 * dose or strength the notation cannot say adds {@code not_computable}). The texts are real criteria items of
 * the repository sample (NCT ids beside them); the expected trees come from the text and the class table.
 */
class CriterionParserCypAndMeshClassesTest extends CriterionParserHarness {

    static Stream<Arguments> inclusions() {
        return Stream.of(
                // NCT00313898
                Arguments.of(
                        "All males between 35-70 years of age that previously have not taken any PDE5 inhibitors.",
                        "and(sex = male, age >= 35 a, age <= 70 a, not(therapy(class:D058986)))"));
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                // NCT00678704: "potent" is a part of the MeSH class the notation cannot say
                Arguments.of("Use of potent CYP3a4 inhibitors", "and(therapy(class:D065692), not_computable)"),
                // NCT00470873: the class as a whole
                Arguments.of(
                        "Treatment with CYP3A4 inhibitors (e.g. indinavir, ritonavir, ketoconazole, itraconazole, erythromycin)",
                        "therapy(class:D065692)"),
                // NCT01996852: role before the enzyme, the examples are examples
                Arguments.of(
                        "Patients taking any potent inhibitor of cytochrome P450 3A4 (e.g., ketoconazole, itraconazole,"
                                + " erythromycin, etc).",
                        "and(therapy(class:D065692), not_computable)"),
                // NCT00893113
                Arguments.of(
                        "On Alpha Blocker or PDE 5 inhibitor within 2 weeks of randomization",
                        "or(within(2 wk, therapy(class:D000317)), within(2 wk, therapy(class:D058986)))"),
                // NCT01067261
                Arguments.of("Treatment with α-blockers", "therapy(class:D000317)"),
                // NCT00661219: "anti-androgens" are not androgens
                Arguments.of(
                        "Patients who are taking androgens (e.g., testosterone) or anti-androgens.",
                        "or(therapy(class:D000728), therapy(class:AR_PATHWAY_INHIBITOR))"),
                // NCT01315262
                Arguments.of(
                        "Subjects who have received or are receiving any PDE5 inhibitors.", "therapy(class:D058986)"));
    }

    static Stream<String> unreadable() {
        return Stream.of(
                // NCT01130532: ineffective treatment, not any treatment
                "Prior ineffective treatment with (or nonresponder to) any PDE5 Inhibitor",
                // NCT00555087: a contraindication, not a use
                "Patients with contraindications for the use of PDE-5 inhibitors",
                // NCT00955929: androgen deprivation is the opposite of androgens
                "Preoperative or planned postoperative androgen deprivation",
                // NCT00142506
                "Neoadjuvant androgen deprivation therapy started more than 1 month prior to entry into study",
                // NCT05994131 (start): "or P-gp inhibitors" is a class the tables lack
                "Have received systemic administration of potent inhibitors/inducers of CYP3A4, or P-gp inhibitors"
                        + " within 14 days prior to the first dose of treatment/randomization",
                // NCT01305083: a hypersensitivity to the class
                "Patients with known hypersensitivity to PDE 5 inhibitors like Sildenafil, Vardenafil or Tadalafil.");
    }
}
