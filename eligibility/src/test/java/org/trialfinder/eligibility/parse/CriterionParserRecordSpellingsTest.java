package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.trialfinder.eligibility.split.Section;

/**
 * The spellings of real records (issue 12, point 4): thousands separators, "/mcL", powers of ten however
 * written, comparator words, full-width punctuation and digits, limits per sex, combined rules, conditional
 * limits written after the limit (liver metastases, Gilbert's syndrome), a performance status with another
 * scale in brackets, ranges written with a tilde. Each expected tree is what the text says, written by
 * reading it (the notation's conventions in eligibility/labelled/README.md).
 */
class CriterionParserRecordSpellingsTest extends CriterionParserHarness {

    static Stream<Arguments> inclusions() {
        return Stream.of(
                // thousands separators, units, powers of ten
                Arguments.of("Absolute neutrophil count ≥ 1,500/mcL", "lab(ANC) >= 1500 /uL"),
                Arguments.of("Platelets ≥ 100,000/mm³", "lab(PLATELETS) >= 100000 /mm3"),
                Arguments.of("Platelet count >= 100,000/mm^3", "lab(PLATELETS) >= 100000 /mm3"),
                Arguments.of("ANC ≥ 1,5 x 10^9/L", "lab(ANC) >= 1.5 10*9/L"),
                Arguments.of("ANC ≥ 1.5×10⁹/L", "lab(ANC) >= 1.5 10*9/L"),
                Arguments.of("Neutrophils ≥ 1.5 x10^9/L", "lab(ANC) >= 1.5 10*9/L"),
                Arguments.of("ANC ≥ 1.5 x 10E9/L", "lab(ANC) >= 1.5 10*9/L"),
                // a lost superscript after "×": 10^9
                Arguments.of("Platelets ≥ 100 x 109/L", "lab(PLATELETS) >= 100 10*9/L"),
                // comparator words and signs
                Arguments.of("Hemoglobin lesser than or equal to (≤) 9 g/dL", "lab(HEMOGLOBIN) <= 9 g/dL"),
                Arguments.of("Hemoglobin not less than 9 g/dL", "lab(HEMOGLOBIN) >= 9 g/dL"),
                Arguments.of("Serum creatinine no more than 1.5 mg/dL", "lab(CREATININE) <= 1.5 mg/dL"),
                Arguments.of("Platelets at least 100 x 10^9/L", "lab(PLATELETS) >= 100 10*9/L"),
                Arguments.of("Creatinine =< 1.5 x ULN", "lab(CREATININE) <= 1.5 ULN"),
                Arguments.of("ANC ≧ 1.5×10^9/L", "lab(ANC) >= 1.5 10*9/L"),
                Arguments.of("Creatinine ≦ 1.5 mg/dL", "lab(CREATININE) <= 1.5 mg/dL"),
                // full-width punctuation and digits
                Arguments.of(
                        "ANC≥1.5×109/L；PLT≥75×109/L；Hb≥90 g/L;",
                        "and(lab(ANC) >= 1.5 10*9/L, lab(PLATELETS) >= 75 10*9/L, lab(HEMOGLOBIN) >= 90 g/L)"),
                Arguments.of("ＡＮＣ ≥ １.５×１０⁹/L", "lab(ANC) >= 1.5 10*9/L"),
                Arguments.of(
                        "Serum creatinine≤1.5×ULN，calculated creatinine clearance≧45mL/min",
                        "and(lab(CREATININE) <= 1.5 ULN, lab(CREATININE_CLEARANCE) >= 45 mL/min)"),
                // performance status: scales, wording, ranges with a tilde
                Arguments.of("WHO physical status score is 0~1;", "who <= 1"),
                Arguments.of("ECOG physical status score of 0-2;", "ecog <= 2"),
                Arguments.of("ECOG PS 0~1", "ecog <= 1"),
                Arguments.of("ECOG PS 0～1", "ecog <= 1"),
                Arguments.of("ECOG PS 0－1", "ecog <= 1"),
                // the same requirement on another scale in brackets: either scale's score decides
                Arguments.of("ECOG ≤ 2 (Karnofsky ≥ 60%)", "or(ecog <= 2, karnofsky >= 60)"),
                Arguments.of("ECOG performance status 0-1 (Karnofsky ≥ 70%)", "or(ecog <= 1, karnofsky >= 70)"),
                Arguments.of(
                        "ECOG performance status ≤2 (Karnofsky ≥60%, see Appendix A).",
                        "or(ecog <= 2, karnofsky >= 60)"),
                Arguments.of("ECOG performance status 0/1.", "ecog in {0,1}"),
                Arguments.of("WHO performance 0-1", "who <= 1"),
                Arguments.of("Eastern Cooperative Oncology Group (ECOG) score standard: 0-2.", "ecog <= 2"),
                Arguments.of(
                        "The Eastern Cancer Cooperative Group (ECOG) performance score of 0 or 1.", "ecog in {0,1}"),
                Arguments.of(
                        "Patients' Eastern Cooperative Group (ECOG) performance status must be 0, 1, or 2",
                        "ecog in {0,1,2}"),
                Arguments.of("ECOG (Performance status) 0-1;", "ecog <= 1"),
                Arguments.of("Eastern Cooperative Oncology Group ECOG performance status < 2.", "ecog < 2"),
                // the same score said again after "i.e."
                Arguments.of("ECOG performance status < 2 i.e. 0 or 1", "ecog < 2"),
                Arguments.of("ECOG performance status ≤ 1, i.e. 0 or 1", "ecog <= 1"),
                // the scale named after the score
                Arguments.of("Performance status 0-1 (ECOG PS);", "ecog <= 1"),
                Arguments.of("Performance status 0-2 (WHO)", "who <= 2"),
                // comparator phrases the grammar lacks
                Arguments.of(
                        "Absolute Neutrophil Count (ANC) equal or greater to 1.5 x 10^9 cells/L",
                        "lab(ANC) >= 1.5 10*9/L"),
                Arguments.of("alkaline phosphatase less than or equal 2.5x ULN", "lab(ALP) <= 2.5 ULN"),
                Arguments.of(
                        "Creatinine ≤ 1.5 mg/dL; or creatinine clearance greater or equal to 60 mL/min",
                        "or(lab(CREATININE) <= 1.5 mg/dL, lab(CREATININE_CLEARANCE) >= 60 mL/min)"),
                // a point before three digits in a count per µL: thousands, as European records write them
                Arguments.of("Platelets ≥ 100.000/µl", "lab(PLATELETS) >= 100000 /uL"),
                Arguments.of("ANC ≥ 1.500/mm3", "lab(ANC) >= 1500 /mm3"),
                Arguments.of("Hemoglobin ≥ 10.5 g/dL", "lab(HEMOGLOBIN) >= 10.5 g/dL"),
                Arguments.of("Performance status of Eastern Cooperative Oncology Group 0 to 2.", "ecog <= 2"),
                Arguments.of(
                        "Patient has an Eastern Cooperative Oncology Group (ECOG) performance status 0 or 1 and has a life-expectancy of more than 6 months",
                        "and(ecog in {0,1}, life_expectancy > 6 mo)"),
                // more units and numbers as written
                Arguments.of("Creatinine clearance ≥ 60 cc/min", "lab(CREATININE_CLEARANCE) >= 60 mL/min"),
                Arguments.of("Absolute neutrophils> 1.5 x 109/L", "lab(ANC) > 1.5 10*9/L"),
                Arguments.of(
                        "Absolute neutrophil count ≥1.5 ´ 109/L,. Platelet count ≥100´ 109/L , Hemoglobin≥9 g/dL",
                        "and(lab(ANC) >= 1.5 10*9/L, lab(PLATELETS) >= 100 10*9/L, lab(HEMOGLOBIN) >= 9 g/dL)"),
                Arguments.of(
                        "Platelets ≥ 100 000/uL (collected within 10 days prior to the start of study treatment)",
                        "lab(PLATELETS) >= 100000 /uL"),
                Arguments.of(
                        "Absolute neutrophil count (ANC) ≥ 1500/uL (collected within 10 days prior to the start of study treatment)",
                        "lab(ANC) >= 1500 /uL"),
                Arguments.of("Hemoglobin (Hgb) equal or greater to 90 grams/L", "lab(HEMOGLOBIN) >= 90 g/L"),
                Arguments.of("Serum bilirubin less than 1.5 times the upper normal limit", "lab(BILIRUBIN) < 1.5 ULN"),
                Arguments.of(
                        "Eastern Cooperative Oncology Group (ECOG) performance status ≤2 (Refer to Appendix D)",
                        "ecog <= 2"),
                Arguments.of("Total bilirubin ≤ 5 × upper limit normal (ULN)", "lab(BILIRUBIN) <= 5 ULN"),
                // a limit per sex
                Arguments.of(
                        "Haemoglobin ≥ 13 g/dL for men and ≥ 12 g/dL for women",
                        "and(if(sex = male, lab(HEMOGLOBIN) >= 13 g/dL), if(sex = female, lab(HEMOGLOBIN) >= 12 g/dL))"),
                Arguments.of(
                        "QTcF ≤ 450 (male)/470 (female) msec",
                        "and(if(sex = male, lab(QTC) <= 450 ms), if(sex = female, lab(QTC) <= 470 ms))"),
                // conditional limits written after the limit
                Arguments.of(
                        "ALT ≤ 2.5 × ULN (≤ 2 × ULN if there is liver metastasis)",
                        "and(if(not(metastasis(liver)), lab(ALT) <= 2.5 ULN), if(metastasis(liver), lab(ALT) <= 2 ULN))"),
                Arguments.of(
                        "Alanine aminotransferase (ALT)/aspartate aminotransferase (AST) ≤3.0 x upper limit of normal (ULN) or ≤5 times ULN if related to liver metastases.",
                        "and(if(not(metastasis(liver)), and(lab(ALT) <= 3.0 ULN, lab(AST) <= 3.0 ULN)), if(metastasis(liver), and(lab(ALT) <= 5 ULN, lab(AST) <= 5 ULN)))"),
                Arguments.of(
                        "ALT and AST≤3 × ULN (liver metastasis≤5.0 × ULN)",
                        "and(if(not(metastasis(liver)), and(lab(ALT) <= 3 ULN, lab(AST) <= 3 ULN)), if(metastasis(liver), and(lab(ALT) <= 5.0 ULN, lab(AST) <= 5.0 ULN)))"),
                Arguments.of(
                        "Aspartate aminotransferase (AST) and alanine aminotransferase (ALT)<2.5×ULN in patients without liver metastases; <5×ULN in patients with liver metastases",
                        "and(if(not(metastasis(liver)), and(lab(AST) < 2.5 ULN, lab(ALT) < 2.5 ULN)), if(metastasis(liver), and(lab(AST) < 5 ULN, lab(ALT) < 5 ULN)))"),
                // Gilbert's syndrome has no term: the general limit decides when it is met, the looser one never alone
                Arguments.of(
                        "Total bilirubin ≤ 1.5 × ULN (≤ 3 × ULN in case of Gilbert's syndrome)",
                        "or(lab(BILIRUBIN) <= 1.5 ULN, and(lab(BILIRUBIN) <= 3 ULN, not_computable))"),
                Arguments.of(
                        "Total bilirubin ≤1.5x the upper limit of the normal range (ULN) (< 3x the ULN if Gilbert's disease is present)",
                        "or(lab(BILIRUBIN) <= 1.5 ULN, and(lab(BILIRUBIN) < 3 ULN, not_computable))"),
                Arguments.of(
                        "Total serum bilirubin ≤1.5 × ULN (<3.0 × ULN for patients with Gilbert syndrome)",
                        "or(lab(BILIRUBIN) <= 1.5 ULN, and(lab(BILIRUBIN) < 3.0 ULN, not_computable))"),
                Arguments.of(
                        "TBIL≤1.5 × ULN（Gilbert's syndrome subjects: TBIL≤3mg/dL）",
                        "or(lab(BILIRUBIN) <= 1.5 ULN, and(lab(BILIRUBIN) <= 3 mg/dL, not_computable))"));
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                Arguments.of(
                        "QTc interval ≥ 450(male)/470(female) msec",
                        "or(and(sex = male, lab(QTC) >= 450 ms), and(sex = female, lab(QTC) >= 470 ms))"),
                Arguments.of(
                        "QTcB > 430ms（male）or > 450ms（female）.",
                        "or(and(sex = male, lab(QTC) > 430 ms), and(sex = female, lab(QTC) > 450 ms))"),
                Arguments.of(
                        "Elevation of AST and/or ALT > 3 times the upper limit of normal.",
                        "or(lab(AST) > 3 ULN, lab(ALT) > 3 ULN)"),
                // CJK squared unit signs
                Arguments.of("Serum creatinine > 2.0㎎/㎗", "lab(CREATININE) > 2.0 mg/dL"),
                Arguments.of("QTcF interval >450 milliseconds", "lab(QTC) > 450 ms"),
                Arguments.of(
                        "QTCF > 450ms (male) and QTCF > 470ms (female);",
                        "or(and(sex = male, lab(QTC) > 450 ms), and(sex = female, lab(QTC) > 470 ms))"),
                Arguments.of(
                        "White blood cell (WBC) count >25,000/microliters at time of enrollment.",
                        "lab(WBC) > 25000 /uL"),
                // a combined rule: both must hold
                Arguments.of(
                        "AST/ALT > 3 × ULN combined with bilirubin > 1.5 × ULN",
                        "and(or(lab(AST) > 3 ULN, lab(ALT) > 3 ULN), lab(BILIRUBIN) > 1.5 ULN)"),
                Arguments.of(
                        "ALT > 3 × ULN (tumor liver metastasis ≥ 5×ULN)",
                        "or(and(not(metastasis(liver)), lab(ALT) > 3 ULN), and(metastasis(liver), lab(ALT) >= 5 ULN))"),
                // exceeding the Gilbert limit excludes everyone; between the two limits depends on the syndrome
                Arguments.of(
                        "TBIL > 1.5 ×ULN or TBIL>2.5 × ULN in Gilbert syndrome subjects",
                        "or(lab(BILIRUBIN) > 2.5 ULN, and(lab(BILIRUBIN) > 1.5 ULN, not_computable))"));
    }

    /**
     * 100 kB of full-width digits and wave dashes is, once normalised, one 100 kB "word" of digits and hyphens:
     * read without error (the word pattern once took a stack frame per character).
     */
    @Test
    void aHugeRunOfFullWidthDigitRangesIsReadWithoutError() {
        String hostile = "１２３４５６７８９０～".repeat(10_000);
        assertThat(CriterionParser.parse(hostile, Section.INCLUSION).computable())
                .isFalse();
        assertThat(CriterionParser.parse("1234567890-".repeat(10_000), Section.EXCLUSION)
                        .computable())
                .isFalse();
    }

    static Stream<String> unreadable() {
        return Stream.of(
                // "combined with" between a condition and a treatment is no rule on two labs
                "Combined with severe heart disease",
                "Radiotherapy combined with chemotherapy for stage III disease",
                "Elevated blood pressure",
                // a restatement that allows other scores than the score: which one is meant cannot be told
                "ECOG performance status < 2 i.e. 0, 1 or 2",
                // a lead-in to a list names whom the list is about: it excludes no one by itself
                "Men with the following conditions were excluded from the study:",
                "Elevated PSA",
                // a mistyped unit stays unread (the labelled set's convention)
                "Total bilirubin < 1.5 x UNL",
                // a Gilbert limit stricter than the general one is no allowance: never guessed
                "Total bilirubin ≤ 3 × ULN (≤ 1.5 × ULN in case of Gilbert's syndrome)",
                // an exception saying when the other limit applies is not read
                "Total bilirubin ≤ 1.5 × ULN (except subjects with Gilbert Syndrome, who can have total bilirubin < 3.0 mg/dL)");
    }
}
