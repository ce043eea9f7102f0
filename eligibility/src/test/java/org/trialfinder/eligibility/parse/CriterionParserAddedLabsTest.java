package org.trialfinder.eligibility.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Thresholds on the labs added to the notation's KEYs (GGT, LDH, BUN, CRP, FREE_T4, SPO2), in real criteria items
 * of the repository sample (NCT ids beside them). Expected trees from the text.
 */
class CriterionParserAddedLabsTest extends CriterionParserHarness {

    static Stream<Arguments> inclusions() {
        return Stream.of(
                // NCT02369484 inclusion 21
                Arguments.of("GGT < 2.5 × ULN.", "lab(GGT) < 2.5 ULN"),
                // NCT06751901 inclusion 10
                Arguments.of(
                        "Hematologic parameters: neutrophil count ≥1.5×10^9/L, hemoglobin ≥10g/dL, platelet count"
                                + " ≥100×10^9/L, total bilirubin ≤1.5 times the upper limit of normal, AST and ALT ≤2.5"
                                + " times the upper limit of normal, creatinine and blood urea nitrogen ≤1.5 times the"
                                + " upper limit of normal, activated partial thromboplastin time ≤1.5×ULN, and"
                                + " International Normalized Ratio or prothrombin time ≤1.5×ULN;",
                        "and(lab(ANC) >= 1.5 10*9/L, lab(HEMOGLOBIN) >= 10 g/dL, lab(PLATELETS) >= 100 10*9/L,"
                                + " lab(BILIRUBIN) <= 1.5 ULN, lab(AST) <= 2.5 ULN, lab(ALT) <= 2.5 ULN,"
                                + " lab(CREATININE) <= 1.5 ULN, lab(BUN) <= 1.5 ULN, lab(APTT) <= 1.5 ULN,"
                                + " or(lab(INR) <= 1.5 ULN, lab(PT) <= 1.5 ULN))"));
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                // NCT01640457: 10 mg/dL is 100 mg/L, CRP's unit
                Arguments.of("CRP > 10mg/dl", "lab(CRP) > 100 mg/L"));
    }

    static Stream<String> unreadable() {
        return Stream.of(
                // NCT02384928: LDH is lumbar disc herniation here, with no threshold
                "Patients whose sciatic symptoms correlate with the LDH confirmed on MRI",
                // NCT05993949 inclusion 1.m: "on room air" is a condition of the measurement the notation cannot say
                "Baseline oxygen saturation > 92% on room air");
    }
}
