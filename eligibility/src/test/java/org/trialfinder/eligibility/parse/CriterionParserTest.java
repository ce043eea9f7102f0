package org.trialfinder.eligibility.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Every category the parser reads, each example of the issue, and what must stay not computable. */
class CriterionParserTest extends CriterionParserHarness {

    static Stream<Arguments> inclusions() {
        return Stream.of(
                // age
                Arguments.of("Age ≥ 18 years", "age >= 18 a"),
                Arguments.of("Patients aged 18-75 years", "and(age >= 18 a, age <= 75 a)"),
                Arguments.of("18 years of age or older", "age >= 18 a"),
                Arguments.of("Between 18 and 65 years old, inclusive", "and(age >= 18 a, age <= 65 a)"),
                Arguments.of("Older than 18 years and younger than 70 years", "and(age > 18 a, age < 70 a)"),
                Arguments.of("At least 12 years of age at the time of signing the informed consent", "age >= 12 a"),
                // sex
                Arguments.of("Male, 30-69 years of age", "and(sex = male, age >= 30 a, age <= 69 a)"),
                Arguments.of("Women aged 40 years or older", "and(sex = female, age >= 40 a)"),
                // pregnancy, lactation, contraception
                Arguments.of("Non pregnancy or lactation.", "not(or(pregnant, lactating))"),
                Arguments.of(
                        "Negative pregnancy test for women of childbearing potential",
                        "if(childbearing_potential, test(PREGNANCY) = negative)"),
                Arguments.of(
                        "Women of childbearing potential must agree to use effective contraception",
                        "if(childbearing_potential, contraception)"),
                // performance status
                Arguments.of("ECOG 0-1", "ecog <= 1"),
                Arguments.of("ECOG ≤ 2", "ecog <= 2"),
                Arguments.of("Karnofsky ≥ 70%", "karnofsky >= 70"),
                Arguments.of("ECOG performance status of 0 or 1", "ecog in {0,1}"),
                Arguments.of("Eastern Cooperative Oncology Group (ECOG) performance status 0, 1 or 2", "ecog <= 2"),
                Arguments.of("WHO performance status 0-1", "who <= 1"),
                Arguments.of("Lansky play score ≥ 50", "lansky >= 50"),
                Arguments.of("Karnofsky performance status 70-100%", "karnofsky >= 70"),
                // labs: comparators in words and symbols, units in their spellings, x ULN
                Arguments.of("Absolute neutrophil count ≥ 1.5 × 10^9/L", "lab(ANC) >= 1.5 10*9/L"),
                Arguments.of("ANC >= 1500/mm³", "lab(ANC) >= 1500 /mm3"),
                Arguments.of("Neutrophils at least 1,500/µL", "lab(ANC) >= 1500 /uL"),
                Arguments.of("Platelets no less than 100 x 10³/µL", "lab(PLATELETS) >= 100 10*3/uL"),
                Arguments.of("Platelet count greater than or equal to 100,000/mm3", "lab(PLATELETS) >= 100000 /mm3"),
                Arguments.of("Haemoglobin ≥ 9 g/dL", "lab(HEMOGLOBIN) >= 9 g/dL"),
                Arguments.of("Hemoglobin >= 90 g/L", "lab(HEMOGLOBIN) >= 9 g/dL"),
                Arguments.of("WBC > 3.0 x 10^9/L", "lab(WBC) > 3 10*9/L"),
                Arguments.of("Lymphocyte count ≥ 500/µL", "lab(LYMPHOCYTES) >= 500 /uL"),
                Arguments.of("Total bilirubin ≤ 1.5 times the upper limit of normal", "lab(BILIRUBIN) <= 1.5 ULN"),
                Arguments.of("Total bilirubin ≤ 1.5 mg/dL", "lab(BILIRUBIN) <= 25.7 umol/L"),
                Arguments.of("Direct bilirubin ≤ ULN", "lab(DIRECT_BILIRUBIN) <= 1 ULN"),
                Arguments.of("AST ≤1.5×ULN", "lab(AST) <= 1.5 ULN"),
                Arguments.of("ALT not exceeding 2.5 x ULN", "lab(ALT) <= 2.5 ULN"),
                Arguments.of("AST/ALT ≤ 2.5 × ULN", "and(lab(AST) <= 2.5 ULN, lab(ALT) <= 2.5 ULN)"),
                Arguments.of("Alkaline phosphatase ≤ 5 x ULN", "lab(ALP) <= 5 ULN"),
                Arguments.of("Serum albumin ≥ 3.0 g/dL", "lab(ALBUMIN) >= 3 g/dL"),
                Arguments.of("Serum creatinine ≤ 1.5 mg/dL", "lab(CREATININE) <= 1.5 mg/dL"),
                Arguments.of("Creatinine clearance ≥ 60 mL/min", "lab(CREATININE_CLEARANCE) >= 60 mL/min"),
                Arguments.of("eGFR ≥ 45 mL/min/1.73 m²", "lab(EGFR) >= 45 mL/min/{1.73_m2}"),
                Arguments.of("INR ≤ 1.5", "lab(INR) <= 1.5 1"),
                Arguments.of("aPTT ≤ 1.5 × ULN", "lab(APTT) <= 1.5 ULN"),
                Arguments.of("Prothrombin time ≤ 1.5 x ULN", "lab(PT) <= 1.5 ULN"),
                Arguments.of("HbA1c between 7.0% and 10.5%", "and(lab(HBA1C) >= 7 %, lab(HBA1C) <= 10.5 %)"),
                Arguments.of("Fasting plasma glucose < 126 mg/dL", "lab(GLUCOSE) < 126 mg/dL"),
                Arguments.of("Potassium ≥ 3.5 mmol/L", "lab(POTASSIUM) >= 3.5 mmol/L"),
                Arguments.of("Sodium ≥ 130 mmol/L", "lab(SODIUM) >= 130 mmol/L"),
                Arguments.of("Corrected calcium ≤ 12 mg/dL", "lab(CALCIUM) <= 12 mg/dL"),
                Arguments.of("Magnesium ≥ LLN", "lab(MAGNESIUM) >= 1 LLN"),
                Arguments.of("LVEF ≥ 50%", "lab(LVEF) >= 50 %"),
                Arguments.of("QTcF ≤ 470 msec", "lab(QTC) <= 470 ms"),
                Arguments.of("CD4+ T-cell count ≥ 350 cells/µL", "lab(CD4) >= 350 /uL"),
                Arguments.of("Plasma HIV-1 RNA < 50 copies/mL", "lab(HIV_RNA) < 50 {copies}/mL"),
                Arguments.of("TSH within 0.4 to 4.0 mIU/L", "and(lab(TSH) >= 0.4 m[iU]/L, lab(TSH) <= 4 m[iU]/L)"),
                Arguments.of("Triglycerides ≤ 500 mg/dL", "lab(TRIGLYCERIDES) <= 500 mg/dL"),
                Arguments.of("LDL-C ≥ 100 mg/dL", "lab(LDL) >= 100 mg/dL"),
                Arguments.of("PSA ≥ 2 ng/mL", "lab(PSA) >= 2 ng/mL"),
                Arguments.of("Serum testosterone < 50 ng/dL", "lab(TESTOSTERONE) < 50 ng/dL"),
                Arguments.of("Lipase ≤ 1.5 x ULN", "lab(LIPASE) <= 1.5 ULN"),
                Arguments.of("Amylase ≤ 1.5 x ULN", "lab(AMYLASE) <= 1.5 ULN"),
                Arguments.of("Hemoglobin < LLN", "lab(HEMOGLOBIN) < 1 LLN"),
                Arguments.of("Absolute neutrophil count (ANC)≥1.5×109/L AND", "lab(ANC) >= 1.5 10*9/L"),
                // conditional thresholds
                Arguments.of(
                        "AST and ALT ≤ 2.5 × ULN (≤ 5 × ULN for patients with liver metastases)",
                        "and(if(not(metastasis(liver)), and(lab(AST) <= 2.5 ULN, lab(ALT) <= 2.5 ULN)),"
                                + " if(metastasis(liver), and(lab(AST) <= 5 ULN, lab(ALT) <= 5 ULN)))"),
                Arguments.of(
                        "ALT ≤ 2.5 × ULN, or ≤ 5 × ULN in patients with liver metastases",
                        "and(if(not(metastasis(liver)), lab(ALT) <= 2.5 ULN), if(metastasis(liver), lab(ALT) <= 5 ULN))"),
                // windows and prior therapy
                Arguments.of("No prior radiotherapy within 6 months.", "not(within(6 mo, therapy(radiotherapy)))"),
                Arguments.of("At least 4 weeks since radiotherapy", "not(within(4 wk, therapy(radiotherapy)))"),
                Arguments.of("Received ≥ 2 prior lines of systemic therapy", "lines(systemic_therapy) >= 2"),
                Arguments.of("Life expectancy at least 24 weeks.", "life_expectancy >= 24 wk"),
                Arguments.of("Life expectancy of ≥ 3 months", "life_expectancy >= 3 mo"),
                Arguments.of("Body mass index (BMI) of 18.5 to 40 kg/m2", "and(bmi >= 18.5, bmi <= 40)"),
                Arguments.of(
                        "Type 1 or 2 diabetes mellitus", "or(diagnosis(type1_diabetes), diagnosis(type2_diabetes))"),
                // the trial's own condition, in the record's words
                Arguments.of(
                        "Histologically confirmed adenocarcinoma of the rectum.",
                        "diagnosis(COND:adenocarcinoma of the rectum)"),
                Arguments.of(
                        "Diagnosis of benign prostatic hyperplasia;", "diagnosis(COND:benign prostatic hyperplasia)"));
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                Arguments.of("Pregnant or breastfeeding women", "or(pregnant, lactating)"),
                Arguments.of(
                        "Neutrophil < 1.5×10^9/L, PLT < 75×10^9/L.",
                        "or(lab(ANC) < 1.5 10*9/L, lab(PLATELETS) < 75 10*9/L)"),
                Arguments.of("ALT or AST > 3 ULN", "or(lab(ALT) > 3 ULN, lab(AST) > 3 ULN)"),
                Arguments.of(
                        "AST or ALT > 2.5 ULN, or ALT and / or AST > 5 ULN in patients with liver metastasis.",
                        "or(and(not(metastasis(liver)), or(lab(AST) > 2.5 ULN, lab(ALT) > 2.5 ULN)),"
                                + " and(metastasis(liver), or(lab(ALT) > 5 ULN, lab(AST) > 5 ULN)))"),
                Arguments.of("Myocardial infarction within 6 months", "within(6 mo, diagnosis(myocardial_infarction))"),
                Arguments.of("History of stroke in the past 5 years", "within(5 a, diagnosis(stroke))"),
                Arguments.of(
                        "Chemotherapy within 4 weeks before the first dose", "within(4 wk, therapy(chemotherapy))"),
                Arguments.of(
                        "Investigational agent within 28 days prior to enrollment",
                        "within(28 d, therapy(investigational_agent))"),
                Arguments.of(
                        "Arterial thrombosis or deep vein thrombosis within 6 months",
                        "within(6 mo, diagnosis(thrombosis))"),
                Arguments.of(
                        "Use of chemotherapy or radiotherapy within 3 weeks",
                        "or(within(3 wk, therapy(chemotherapy)), within(3 wk, therapy(radiotherapy)))"),
                Arguments.of(
                        "Prior treatment with an anti-PD-1 or anti-PD-L1 antibody",
                        "or(therapy(anti_pd1), therapy(anti_pdl1))"),
                Arguments.of("Prior treatment with oxaliplatin", "therapy(drug:oxaliplatin)"),
                Arguments.of(
                        "History of any immune checkpoint inhibitor therapy.", "therapy(immune_checkpoint_inhibitor)"),
                Arguments.of("Known HIV infection", "diagnosis(hiv)"),
                Arguments.of("HBV DNA > 2000 IU/mL", "lab(HBV_DNA) > 2000 [iU]/mL"),
                Arguments.of(
                        "Active hepatitis B or hepatitis C infection",
                        "or(diagnosis(hepatitis_b), diagnosis(hepatitis_c))"),
                Arguments.of(
                        "Active hepatitis B (HBsAg positive and HBV DNA > 2000 IU/mL)",
                        "and(test(HBSAG) = positive, lab(HBV_DNA) > 2000 [iU]/mL)"),
                Arguments.of("HIV infection or other immunodeficiency", "or(diagnosis(hiv), not_computable)"),
                Arguments.of("Active autoimmune disease", "diagnosis(autoimmune_disease)"),
                Arguments.of("Inflammatory bowel disease", "diagnosis(ibd)"),
                Arguments.of(
                        "History of interstitial lung disease or pneumonitis",
                        "or(diagnosis(interstitial_lung_disease), diagnosis(pneumonitis))"),
                Arguments.of("Congestive cardiac failure ≥ NYHA grade 2.", "and(diagnosis(heart_failure), nyha >= 2)"),
                Arguments.of("NYHA class III or IV heart failure", "and(nyha >= 3, diagnosis(heart_failure))"),
                Arguments.of("Known brain metastases", "metastasis(brain)"),
                Arguments.of("Distant metastases", "metastasis(distant)"),
                Arguments.of("Other malignancy within the past 5 years", "within(5 a, diagnosis(second_malignancy))"),
                Arguments.of("Uncontrolled hypertension", "diagnosis(uncontrolled_hypertension)"),
                Arguments.of("People less than 18 years old and older than 70 years.", "or(age < 18 a, age > 70 a)"),
                Arguments.of("Age <18 years or> 60 years;", "or(age < 18 a, age > 60 a)"));
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("Signed informed consent"),
                Arguments.of("Adequate organ function"),
                Arguments.of("Symptomatic brain metastases unless treated and stable for 4 weeks"),
                Arguments.of("Patients planning to become pregnant during the study"),
                Arguments.of("Hemoglobin ≥ 9 g/dL (may be transfused)"),
                Arguments.of("Fit for protocol chemotherapy"),
                Arguments.of("ECOG performance status"),
                Arguments.of("Hemoglobin ≥ 9"),
                Arguments.of("Histologically confirmed stage III or IV melanoma"));
    }
}
