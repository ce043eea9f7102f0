package org.trialfinder.eligibility.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Readings that must not be stronger than their text (texts of real records of the sample; the expected trees
 * are written from the text): labs offered as alternatives by "or", the two groups of "pregnant and lactating
 * women", and words in brackets that add a condition to the check before them.
 */
class CriterionParserNeverStrongerTest extends CriterionParserHarness {

    static Stream<Arguments> inclusions() {
        return Stream.of(
                // "or" between lab names offers them as alternatives, whatever the section
                Arguments.of(
                        "Serum lipase or serum amylase ≤ 1.5x ULN",
                        "or(lab(LIPASE) <= 1.5 ULN, lab(AMYLASE) <= 1.5 ULN)"),
                Arguments.of(
                        "Coagulation: INR or PT≤1.5×ULN，APTT≤1.5×ULN；",
                        "and(or(lab(INR) <= 1.5 ULN, lab(PT) <= 1.5 ULN), lab(APTT) <= 1.5 ULN)"),
                Arguments.of(
                        "Creatinine clearance (ACr) or glomerular filtration rate (TFG) ≥ 50 ml/min/1.73 m2",
                        "or(lab(CREATININE_CLEARANCE) >= 50 mL/min/{1.73_m2}, lab(EGFR) >= 50 mL/min/{1.73_m2})"),
                // "and/or" and a slash still ask each to hold (the notation's convention)
                Arguments.of("AST and/or ALT ≤ 3 × ULN", "and(lab(AST) <= 3 ULN, lab(ALT) <= 3 ULN)"),
                Arguments.of("AST/ALT ≤ 2.5 × ULN", "and(lab(AST) <= 2.5 ULN, lab(ALT) <= 2.5 ULN)"),
                // a subject's statement ends where the next sentence names a subject of its own
                Arguments.of(
                        "Women of childbearing potential (WOCBP) must have a negative pregnancy test within 7 days prior to randomization. Women must not be breastfeeding.",
                        "and(if(childbearing_potential, test(PREGNANCY) = negative), if(sex = female, not(lactating)))"),
                // negated states must both hold
                Arguments.of("Non-pregnant and non-lactating women", "and(not(pregnant), not(lactating))"),
                Arguments.of("Not pregnant and not breastfeeding", "and(not(pregnant), not(lactating))"),
                Arguments.of(
                        "No prior chemotherapy for the disease.", "not(and(therapy(chemotherapy), not_computable))"),
                // a conditional alternative in brackets that is read, or a Gilbert allowance (always looser), stays
                Arguments.of(
                        "ALT ≤ 2.5 × ULN (or ≤ 5 × ULN if liver metastases are present)",
                        "and(if(not(metastasis(liver)), lab(ALT) <= 2.5 ULN), if(metastasis(liver), lab(ALT) <= 5 ULN))"),
                Arguments.of(
                        "Total bilirubin ≤ 1.5 × ULN (or ≤ 3 × ULN if Gilbert syndrome)",
                        "or(lab(BILIRUBIN) <= 1.5 ULN, not_computable)"),
                // brackets that only say how a value is measured leave the check standing
                Arguments.of(
                        "Adequate renal function: Calculated creatinine clearance ≥ 45mL/min (Cockroft-Gault)",
                        "lab(CREATININE_CLEARANCE) >= 45 mL/min"));
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                Arguments.of("ALT or AST > 5 × ULN", "or(lab(ALT) > 5 ULN, lab(AST) > 5 ULN)"),
                // two groups of women: either state is the item
                Arguments.of("Pregnant and lactating women.", "or(pregnant, lactating)"),
                Arguments.of("Pregnancy and nursing females.", "or(pregnant, lactating)"),
                Arguments.of("Women who are lactating and pregnant", "or(pregnant, lactating)"),
                Arguments.of("QTcF > 500 msec (based on the average of 3 consecutive ECGs).", "lab(QTC) > 500 ms"),
                // a test of the infection's own virus in brackets: an example is one more way the item holds ...
                Arguments.of(
                        "Has known active Hepatitis B (e.g., HBsAg reactive) or Hepatitis C (e.g., HCV RNA [qualitative] is detected);",
                        "or(diagnosis(hepatitis_b), test(HBSAG) = positive, diagnosis(hepatitis_c), test(HCV_RNA) = positive)"),
                // ... and without "e.g." it is the definition ("untreated hepatitis C" stays an alternative, narrowed)
                Arguments.of(
                        "Known infection with HIV, hepatitis B (HBsAg positive) or untreated hepatitis C virus",
                        "or(diagnosis(hiv), test(HBSAG) = positive, and(diagnosis(hepatitis_c), not_computable))"),
                Arguments.of(
                        "HIV infection, or hepatitis C (anti-HCV positive)",
                        "or(diagnosis(hiv), test(HCV_AB) = positive)"),
                // "and" before another group of people adds the group; the men, whose fertility has no atom, stay
                // an unread alternative
                Arguments.of(
                        "Males and females of reproductive potential who are not using an effective method of contraception and females who are pregnant or breastfeeding or have a positive serum pregnancy test prior to study entry.",
                        "or(and(childbearing_potential, not(contraception)), pregnant, lactating, test(PREGNANCY) = positive, not_computable)"),
                Arguments.of(
                        "Men and women of childbearing potential who do not practice contraception.",
                        "or(and(childbearing_potential, not(contraception)), not_computable)"),
                // a purpose in filler words narrows a prior therapy
                Arguments.of("Prior chemotherapy for this cancer", "and(therapy(chemotherapy), not_computable)"),
                Arguments.of(
                        "Uncontrolled hypertension (systolic blood pressure > 150 mmHg)",
                        "diagnosis(uncontrolled_hypertension)"),
                Arguments.of(
                        "Administration of any immunosuppressive drugs (Cyclosporinum, Methotrexatum)",
                        "therapy(immunosuppressants)"));
    }

    static Stream<String> unreadable() {
        return Stream.of(
                // a qualifier in brackets narrows the check: the check alone would be stronger
                "WBC count >50,000/µL (uncontrollable with cytoreductive therapy).",
                // a further requirement with its own verb
                "Pregnant or nursing women (Women of reproductive potential have to agree to use an effective contraceptive method, contraception until 3 months after discontinuation of drug for female, hormonal methods should be used in combination with barrier methods)",
                // a note allowing exceptions
                "Total bilirubin < 2 mg/dl (Note: Subjects with a higher level of bilirubin due to a familial defect in bilirubin metabolism will be considered on an individual basis)",
                // the study part it applies to
                "No prior chemotherapy (for phase II part)",
                // a dose and duration after a therapy
                "Patients who received or are currently receiving corticosteroids (> 2 years > 5 mg prednisolone equivalent/d).",
                // a negated name is not its bracketed definition
                "no contraindication to PET scan (pregnancy and breast-feeding)",
                // an unread alternative limit under a condition may be stricter or looser than the limit
                "Patient is at least 18 years of age (or country's legal age of majority if the legal age was > 18 years) at the time of obtaining informed consent.",
                // a permission is no criterion: read as one it would exclude the patients it lets in
                "Pregnant and nursing people are eligible to participate.",
                "Patients who have previously received venetoclax or navitoclax separately can be eligible for this sub-study.",
                "Hepatitis C virus (anti HCV positive) ** ** A history of hepatitis B or hepatitis C is permitted if the viral load is undetectable per quantitative PCR and/or nucleic acid testing.",
                // an unfinished sentence: what it names is only who the statement that follows is about
                "Female patients who:",
                "Men with:",
                // radiotherapy "for study disease" is narrower than any radiotherapy, and the other alternative
                // is unread
                "Has received radiotherapy for study disease or radiotherapeutic area covered for more than 30% of the bone marrow within 28 days prior to the first dose of study treatment/randomization.");
    }
}
