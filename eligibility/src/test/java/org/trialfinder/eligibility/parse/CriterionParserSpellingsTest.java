package org.trialfinder.eligibility.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Spellings and phrasings met across many trials of the labelled set: comparators written with a slash
 * (">/=", "&lt;/="), a dot as the multiplication sign, units broken by spaces ("/ µ L"), how a formula
 * is named, references to an appendix, and the phrases around them that do not change the check.
 */
class CriterionParserSpellingsTest extends CriterionParserHarness {

    static Stream<Arguments> inclusions() {
        return Stream.of(
                Arguments.of("Creatinine >/= 2 mg/dL", "lab(CREATININE) >= 2 mg/dL"),
                Arguments.of("Age >/= 18 years", "age >= 18 a"),
                Arguments.of("Total bilirubin </= 1.5 x ULN", "lab(BILIRUBIN) <= 1.5 ULN"),
                Arguments.of("WBC counts > 2500/ µ L", "lab(WBC) > 2500 /uL"),
                Arguments.of("Platelet count ≥ 100,000/ µ L", "lab(PLATELETS) >= 100000 /uL"),
                Arguments.of(
                        "AST, ALT and Alkaline phosphatase ≤ 2.5 ⋅ ULN",
                        "and(lab(AST) <= 2.5 ULN, lab(ALT) <= 2.5 ULN, lab(ALP) <= 2.5 ULN)"),
                Arguments.of(
                        "Hemoglobin ≥ 9.0 g/dL (patients may be transfused to meet this criterion).",
                        "lab(HEMOGLOBIN) >= 9.0 g/dL"),
                Arguments.of(
                        "Haemoglobin≥9 g/dL (may be transfused to maintain or exceed this level)",
                        "lab(HEMOGLOBIN) >= 9 g/dL"),
                Arguments.of(
                        "Serum creatinine ≤ 1.5 ⋅ ULN or creatinine clearance ≥ 45 mL/min on the basis of the Cockcroft-Gault glomerular filtration rate estimation:",
                        "or(lab(CREATININE) <= 1.5 ULN, lab(CREATININE_CLEARANCE) >= 45 mL/min)"),
                Arguments.of(
                        "Creatinine clearance ≥ 60 mL/min (calculated using the Cockcroft-Gault equation)",
                        "lab(CREATININE_CLEARANCE) >= 60 mL/min"),
                Arguments.of(
                        "The patient's Zubrod performance status must be 0-2 (see Appendix II for definition).",
                        "ecog <= 2"),
                // two age bounds sharing the unit written after the second
                Arguments.of("Adults ≥18 and < 65 years of age", "and(age >= 18 a, age < 65 a)"),
                Arguments.of("Patients had to be age 18 years or older at written informed consent", "age >= 18 a"),
                Arguments.of(
                        "Patients with the fasting serum TG <= 150 mg/dL at screening",
                        "lab(TRIGLYCERIDES) <= 150 mg/dL"),
                Arguments.of("Plasma HIV-1 RNA <50 c/mL at Sub-Study Screening.", "lab(HIV_RNA) < 50 {copies}/mL"),
                Arguments.of(
                        "Negative hepatitis B surface antigen (HBsAg) test at screening", "test(HBSAG) = negative"),
                // the window of a pregnancy test says when it is done, like a lab's
                Arguments.of(
                        "A negative urine pregnancy test is required within 1 week for all women of childbearing potential prior to enrolling on this trial",
                        "if(childbearing_potential, test(PREGNANCY) = negative)"),
                // the trial's condition closing an item whose start is read
                Arguments.of(
                        "Males, age 18 years and older, with a definite diagnosis of multiple sclerosis.",
                        "and(sex = male, age >= 18 a, diagnosis(COND:multiple sclerosis))"),
                Arguments.of(
                        "Females with pathologically confirmed adenocarcinoma of the breast.",
                        "and(sex = female, diagnosis(COND:adenocarcinoma of the breast))"),
                // a condition with a term is that term
                Arguments.of(
                        "Patients with diabetes with a diagnosis of heart failure",
                        "and(diagnosis(diabetes), diagnosis(heart_failure))"),
                Arguments.of("Testosterone dosage lower than 12 nmol/L", "lab(TESTOSTERONE) < 12 nmol/L"),
                // an age range restated as inclusive, and no restriction of sex, say nothing more
                Arguments.of(
                        "14-70 years old (including 14, 70 years old), no gender limit;",
                        "and(age >= 14 a, age <= 70 a)"),
                // recovery is a further, unread condition beside the window
                Arguments.of(
                        "At least 4 weeks since radiotherapy, with full recovery.",
                        "and(not(within(4 wk, therapy(radiotherapy))), not_computable)"),
                // a prior therapy narrowed to what it was for
                Arguments.of(
                        "No prior chemotherapy for metastatic breast cancer",
                        "not(and(therapy(chemotherapy), not_computable))"));
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                Arguments.of(
                        "Creatinine>1.5×ULN and creatinine clearance rate<50 mL/min (calculated by Cockcroft-Gault formula)",
                        "and(lab(CREATININE) > 1.5 ULN, lab(CREATININE_CLEARANCE) < 50 mL/min)"),
                // qualifiers that narrow a check keep it, with a not-computable part (never stronger than the text)
                Arguments.of("Serious mental abnormalities.", "and(diagnosis(psychiatric_disorder), not_computable)"),
                Arguments.of(
                        "Major surgery within 4 weeks prior to the first dose of study drugs",
                        "and(within(4 wk, therapy(surgery)), not_computable)"),
                Arguments.of("Severe heart failure", "and(diagnosis(heart_failure), not_computable)"),
                // "suspected" weakens: the check or something unread
                Arguments.of("Suspected autoimmune disease.", "or(diagnosis(autoimmune_disease), not_computable)"),
                Arguments.of(
                        "Known hypersensitivity to any component or excipient of study drugs",
                        "diagnosis(allergy_to_study_drug)"),
                // examples under a head the notation names add nothing, a bracketed example inside them included
                Arguments.of(
                        "Arterial thrombosis or deep vein thrombosis within 6 months, such as cerebrovascular accidents (including transient ischemic attacks), pulmonary embolism, deep vein thrombosis.",
                        "within(6 mo, diagnosis(thrombosis))"));
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                // a transfusion allowance without what it is for stays unread (it may change what is measured)
                Arguments.of("Hemoglobin ≥ 9 g/dL (may be transfused)"),
                // a slash without the equals sign is no comparator
                Arguments.of("Creatinine >/ 2 mg/dL"),
                // a unit broken by spaces other than after the micro sign is not guessed
                Arguments.of("Platelets ≥ 100 x 10^9/ L l"),
                // a qualifier standing before words that are no check qualifies nothing read
                Arguments.of("No active autoimmune disease or uncontrolled infection"),
                Arguments.of("Uncontrolled intercurrent illness"),
                // a qualifier next to two checks: which one it narrows, and how they join, is not read
                Arguments.of("Severe heart failure and diabetes requiring insulin"),
                // bounds the wrong way round are no age range
                Arguments.of("< 65 and ≥ 18 years of age"),
                // a staged condition, or a start that is not wholly read, stays unread
                Arguments.of("Women with a diagnosis of stage IV breast cancer"),
                // "major" belongs inside the negation the window makes: not(within(surgery)) alone would be stronger
                Arguments.of("At least 4 weeks since major surgery, with full recovery"),
                // "for" followed by a duration is no purpose
                Arguments.of("Prior chemotherapy for at least 6 months"),
                Arguments.of("Fit adults with histologically confirmed melanoma"),
                // an "including" list that also says what for and when is more than examples
                Arguments.of(
                        "Males who have been on sex hormone treatment including androgens, estrogens, or anti-estrogens for hypogonadism or other medical condition during the 12 months prior to study."));
    }
}
