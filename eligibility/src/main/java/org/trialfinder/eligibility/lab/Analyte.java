package org.trialfinder.eligibility.lab;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The lab tests that eligibility criteria set thresholds on, with the names they go by in criteria and
 * clinical notes, their LOINC codes, their canonical UCUM unit, the range of values a living patient can
 * have (to reject a number given in the wrong unit) and generic adult reference limits.
 *
 * <p><b>Reference limits</b> ({@link #defaultLowerLimit()}, {@link #defaultUpperLimit()}) are generic
 * adult values from common laboratory practice (the usual printed ranges of hospital labs and standard
 * textbooks, see {@link #REFERENCE_SOURCE}). Each lab has its own; these defaults are used only when a
 * patient profile gives no ULN/LLN for a result, and every verdict that relies on one must say so.
 * They are not sex- or age-specific. Where no single adult limit makes sense (viral loads, testosterone)
 * there is none.
 *
 * <p><b>Plausible ranges</b> are wide bounds, in the canonical unit, outside which a value cannot be a
 * real measurement of a living patient (platelets of 150,000 ×10⁹/L, haemoglobin of 120 g/dL): such a
 * value is almost always a unit mistake, and is rejected rather than compared.
 */
public enum Analyte {
    ANC(spec("Absolute neutrophil count", "10*9/L")
            .plausible(0, 100)
            .lln(1.5)
            .loinc("751-8", "26499-4", "753-4")
            .names(
                    "ANC",
                    "absolute neutrophil count",
                    "absolute neutrophils",
                    "neutrophils",
                    "neutrophil count",
                    "neutrophil",
                    "neutrophil granulocytes",
                    "absolute granulocyte count",
                    "AGC",
                    "granulocytes",
                    "NEUT",
                    "NEUT#",
                    "neutrophils absolute",
                    "absolute neutrophil",
                    "polymorphonuclear neutrophils",
                    "PMN",
                    "ANC count")),
    PLATELETS(spec("Platelet count", "10*9/L")
            .plausible(0, 3000)
            .lln(150.0)
            .uln(400.0)
            .loinc("777-3", "26515-7", "778-1")
            .names(
                    "platelets",
                    "platelet count",
                    "platelet",
                    "PLT",
                    "PLTS",
                    "thrombocytes",
                    "thrombocyte count",
                    "platelet counts")),
    HEMOGLOBIN(spec("Hemoglobin", "g/dL")
            .plausible(1, 26)
            .lln(12.0)
            .uln(17.5)
            .molarMass(16_114.5)
            .loinc("718-7", "20509-6", "59260-0")
            .names(
                    "hemoglobin",
                    "haemoglobin",
                    "Hb",
                    "Hgb",
                    "HGB",
                    "hemoglobin level",
                    "haemoglobin level",
                    "blood hemoglobin")),
    WBC(spec("White blood cell count", "10*9/L")
            .plausible(0, 1000)
            .lln(4.0)
            .uln(11.0)
            .loinc("6690-2", "26464-8", "804-5")
            .names(
                    "WBC",
                    "white blood cells",
                    "white blood cell count",
                    "white blood cell",
                    "white cell count",
                    "white count",
                    "leukocytes",
                    "leucocytes",
                    "leukocyte count",
                    "leucocyte count",
                    "WBC count",
                    "total white blood cell count",
                    "TLC",
                    "total leukocyte count")),
    LYMPHOCYTES(spec("Absolute lymphocyte count", "10*9/L")
            .plausible(0, 500)
            .lln(1.0)
            .uln(4.8)
            .loinc("731-0", "26474-7", "732-8")
            .names(
                    "lymphocytes",
                    "lymphocyte count",
                    "absolute lymphocyte count",
                    "ALC",
                    "absolute lymphocytes",
                    "lymphocyte",
                    "LYM",
                    "LYMPH")),
    BILIRUBIN(spec("Total bilirubin", "mg/dL")
            .plausible(0, 60)
            .uln(1.2)
            .molarMass(584.66)
            .loinc("1975-2", "14631-6", "42719-5")
            .names(
                    "bilirubin",
                    "total bilirubin",
                    "TBIL",
                    "T.bil",
                    "T bili",
                    "tbili",
                    "bili",
                    "serum bilirubin",
                    "total serum bilirubin",
                    "TSB",
                    "bilirubin total")),
    DIRECT_BILIRUBIN(spec("Direct (conjugated) bilirubin", "mg/dL")
            .plausible(0, 40)
            .uln(0.3)
            .molarMass(584.66)
            .loinc("1968-7", "14629-0")
            .names("direct bilirubin", "conjugated bilirubin", "DBIL", "D.bil", "D bili", "dbili", "bilirubin direct")),
    AST(spec("Aspartate aminotransferase", "U/L")
            .plausible(0, 50_000)
            .uln(40.0)
            .loinc("1920-8", "30239-8")
            .names(
                    "AST",
                    "SGOT",
                    "aspartate aminotransferase",
                    "aspartate transaminase",
                    "AST (SGOT)",
                    "SGOT (AST)",
                    "AST/SGOT",
                    "SGOT/AST",
                    "ASAT",
                    "GOT",
                    "aspartate aminotransferase (AST)")),
    ALT(spec("Alanine aminotransferase", "U/L")
            .plausible(0, 50_000)
            .uln(40.0)
            .loinc("1742-6", "1743-4", "76625-3")
            .names(
                    "ALT",
                    "SGPT",
                    "alanine aminotransferase",
                    "alanine transaminase",
                    "ALT (SGPT)",
                    "SGPT (ALT)",
                    "ALT/SGPT",
                    "SGPT/ALT",
                    "ALAT",
                    "GPT",
                    "alanine aminotransferase (ALT)")),
    ALP(spec("Alkaline phosphatase", "U/L")
            .plausible(0, 20_000)
            .uln(120.0)
            .loinc("6768-6")
            .names(
                    "ALP",
                    "alkaline phosphatase",
                    "alk phos",
                    "alkphos",
                    "alk. phos.",
                    "AP",
                    "ALKP",
                    "serum alkaline phosphatase")),
    ALBUMIN(spec("Albumin", "g/dL")
            .plausible(0.5, 7.5)
            .lln(3.5)
            .uln(5.0)
            .loinc("1751-7", "61151-7", "61152-5")
            .names("albumin", "serum albumin", "ALB", "plasma albumin")),
    CREATININE(spec("Creatinine", "mg/dL")
            .plausible(0.05, 30)
            .lln(0.6)
            .uln(1.2)
            .molarMass(113.12)
            .loinc("2160-0", "38483-4", "14682-9")
            .names(
                    "creatinine",
                    "serum creatinine",
                    "Cr",
                    "Creat",
                    "SCr",
                    "sCr",
                    "plasma creatinine",
                    "creatinine level",
                    "creatinine concentration")),
    CREATININE_CLEARANCE(spec("Creatinine clearance", "mL/min")
            .plausible(0, 300)
            .lln(90.0)
            .loinc("2164-2", "35591-7")
            .names(
                    "creatinine clearance",
                    "CrCl",
                    "CrCL",
                    "CLcr",
                    "calculated creatinine clearance",
                    "measured creatinine clearance",
                    "estimated creatinine clearance",
                    "Cockcroft-Gault",
                    "creatinine clearance (Cockcroft-Gault)",
                    "Cockcroft-Gault creatinine clearance",
                    "creatinine clearance rate",
                    "CCr")),
    EGFR(spec("Estimated glomerular filtration rate", "mL/min/{1.73_m2}")
            .plausible(0, 300)
            .lln(90.0)
            .loinc("33914-3", "62238-1", "98979-8", "48642-3", "48643-1", "69405-9", "77147-7")
            .names(
                    "eGFR",
                    "GFR",
                    "estimated GFR",
                    "estimated glomerular filtration rate",
                    "glomerular filtration rate",
                    "calculated GFR",
                    "CKD-EPI",
                    "MDRD",
                    "eGFR (CKD-EPI)",
                    "eGFR (MDRD)",
                    "estimated glomerular filtration")),
    INR(spec("International normalized ratio", "{INR}")
            .plausible(0.5, 25)
            .uln(1.2)
            .loinc("6301-6", "34714-6", "46418-0")
            .names(
                    "INR",
                    "international normalized ratio",
                    "international normalised ratio",
                    "PT-INR",
                    "PT/INR",
                    "INR/PT",
                    "prothrombin time INR")),
    PT(spec("Prothrombin time", "s")
            .plausible(5, 200)
            .uln(13.5)
            .loinc("5902-2", "5964-2")
            .names("PT", "prothrombin time", "pro time", "protime")),
    APTT(spec("Activated partial thromboplastin time", "s")
            .plausible(10, 300)
            .uln(35.0)
            .loinc("3173-2", "14979-9")
            .names(
                    "aPTT",
                    "APTT",
                    "PTT",
                    "activated partial thromboplastin time",
                    "partial thromboplastin time",
                    "activated PTT",
                    "aPTT/PTT",
                    "PTT/aPTT")),
    HBA1C(spec("Hemoglobin A1c", "%")
            .plausible(2, 25)
            .uln(5.6)
            .loinc("4548-4", "17856-6", "59261-8")
            .names(
                    "HbA1c",
                    "Hb A1c",
                    "A1c",
                    "A1C",
                    "hemoglobin A1c",
                    "haemoglobin A1c",
                    "glycated hemoglobin",
                    "glycated haemoglobin",
                    "glycosylated hemoglobin",
                    "glycosylated haemoglobin",
                    "HgbA1c",
                    "Hgb A1c",
                    "glycohemoglobin",
                    "glycated hemoglobin A1c",
                    "haemoglobin A1C (HbA1c)")),
    GLUCOSE(spec("Glucose", "mg/dL")
            .plausible(5, 3000)
            .lln(70.0)
            .uln(99.0)
            .molarMass(180.16)
            .loinc("2345-7", "2339-0", "1558-6")
            .names(
                    "glucose",
                    "blood glucose",
                    "plasma glucose",
                    "serum glucose",
                    "fasting glucose",
                    "fasting plasma glucose",
                    "fasting blood glucose",
                    "FPG",
                    "FBG",
                    "blood sugar",
                    "fasting blood sugar",
                    "FBS",
                    "glycemia",
                    "glycaemia")),
    POTASSIUM(spec("Potassium", "mmol/L")
            .plausible(1, 12)
            .lln(3.5)
            .uln(5.1)
            .valence(1)
            .loinc("2823-3", "6298-4")
            .names("potassium", "serum potassium", "K", "K+", "kalium", "plasma potassium")),
    SODIUM(spec("Sodium", "mmol/L")
            .plausible(90, 200)
            .lln(135.0)
            .uln(145.0)
            .valence(1)
            .loinc("2951-2", "2947-0")
            .names("sodium", "serum sodium", "Na", "Na+", "natrium", "plasma sodium")),
    CALCIUM(spec("Calcium", "mg/dL")
            .plausible(2, 25)
            .lln(8.5)
            .uln(10.5)
            .molarMass(40.08)
            .valence(2)
            .loinc("17861-6", "2000-8")
            .names(
                    "calcium",
                    "serum calcium",
                    "total calcium",
                    "Ca",
                    "Ca2+",
                    "Ca++",
                    "corrected calcium",
                    "albumin-corrected calcium",
                    "plasma calcium")),
    MAGNESIUM(spec("Magnesium", "mg/dL")
            .plausible(0.2, 15)
            .lln(1.7)
            .uln(2.4)
            .molarMass(24.305)
            .valence(2)
            .loinc("19123-9", "2601-3")
            .names("magnesium", "serum magnesium", "Mg", "Mg2+", "Mg++", "plasma magnesium")),
    LVEF(spec("Left ventricular ejection fraction", "%")
            .plausible(3, 95)
            .lln(50.0)
            .loinc("10230-1", "8806-2")
            .names(
                    "LVEF",
                    "left ventricular ejection fraction",
                    "ejection fraction",
                    "EF",
                    "LV ejection fraction",
                    "LV EF",
                    "LVEF (ejection fraction)",
                    "left ventricular EF",
                    "cardiac ejection fraction")),
    QTC(spec("Corrected QT interval", "ms")
            .plausible(200, 800)
            .uln(450.0)
            .loinc("8636-3")
            .names(
                    "QTc",
                    "QTcF",
                    "QTcB",
                    "QTc interval",
                    "corrected QT",
                    "corrected QT interval",
                    "QT corrected",
                    "QTc (Fridericia)",
                    "QTcF interval",
                    "Fridericia-corrected QT",
                    "Fridericia corrected QT",
                    "QT interval corrected",
                    "QTc Fridericia",
                    "Fridericia's corrected QT interval")),
    HBV_DNA(spec("Hepatitis B virus DNA (viral load)", "[iU]/mL")
            .plausible(0, 1e11)
            .loinc("42595-9", "29615-2")
            .names(
                    "HBV DNA",
                    "HBV-DNA",
                    "hepatitis B viral load",
                    "HBV viral load",
                    "hepatitis B virus DNA",
                    "HBV DNA level",
                    "HBV DNA viral load",
                    "serum HBV DNA")),
    HCV_RNA(spec("Hepatitis C virus RNA (viral load)", "[iU]/mL")
            .plausible(0, 1e10)
            .loinc("11011-4", "20416-4")
            .names(
                    "HCV RNA",
                    "HCV-RNA",
                    "hepatitis C viral load",
                    "HCV viral load",
                    "hepatitis C virus RNA",
                    "HCV RNA level",
                    "HCV RNA viral load",
                    "serum HCV RNA")),
    HIV_RNA(spec("HIV-1 RNA (viral load)", "{copies}/mL")
            .plausible(0, 1e9)
            .loinc("20447-9", "25836-8")
            .names(
                    "HIV RNA",
                    "HIV-RNA",
                    "HIV-1 RNA",
                    "HIV viral load",
                    "HIV-1 viral load",
                    "plasma HIV RNA",
                    "plasma HIV-1 RNA",
                    "HIV VL",
                    "HIV RNA level")),
    CD4(spec("CD4+ T-cell count", "/uL")
            .plausible(0, 5000)
            .lln(500.0)
            .loinc("24467-3")
            .names(
                    "CD4",
                    "CD4 count",
                    "CD4+ count",
                    "CD4+ T cells",
                    "CD4+ T-cell count",
                    "CD4 T-cell count",
                    "CD4 cell count",
                    "CD4+ cell count",
                    "CD4+ T lymphocytes",
                    "CD4 lymphocyte count",
                    "CD4+ T-lymphocyte count",
                    "CD4 cells",
                    "CD4+")),
    TSH(spec("Thyroid-stimulating hormone", "m[iU]/L")
            .plausible(0, 1000)
            .lln(0.4)
            .uln(4.0)
            .loinc("3016-3", "11580-8")
            .names("TSH", "thyroid stimulating hormone", "thyroid-stimulating hormone", "thyrotropin", "serum TSH")),
    LIPASE(spec("Lipase", "U/L")
            .plausible(0, 50_000)
            .uln(60.0)
            .loinc("3040-3")
            .names("lipase", "serum lipase", "pancreatic lipase")),
    AMYLASE(spec("Amylase", "U/L")
            .plausible(0, 50_000)
            .uln(100.0)
            .loinc("1798-8")
            .names("amylase", "serum amylase", "pancreatic amylase")),
    TRIGLYCERIDES(spec("Triglycerides", "mg/dL")
            .plausible(5, 30_000)
            .uln(150.0)
            .molarMass(885.7)
            .loinc("2571-8")
            .names(
                    "triglycerides",
                    "triglyceride",
                    "TG",
                    "TGs",
                    "serum triglycerides",
                    "fasting triglycerides",
                    "triacylglycerol")),
    LDL(spec("LDL cholesterol", "mg/dL")
            .plausible(1, 1500)
            .uln(130.0)
            .molarMass(386.65)
            .loinc("13457-7", "2089-1", "18262-6")
            .names(
                    "LDL",
                    "LDL-C",
                    "LDL cholesterol",
                    "LDL-cholesterol",
                    "low-density lipoprotein cholesterol",
                    "low density lipoprotein cholesterol",
                    "low-density lipoprotein",
                    "LDL C")),
    PSA(spec("Prostate-specific antigen", "ng/mL")
            .plausible(0, 100_000)
            .uln(4.0)
            .loinc("2857-1", "35741-8")
            .names("PSA", "prostate-specific antigen", "prostate specific antigen", "serum PSA", "total PSA")),
    TESTOSTERONE(spec("Testosterone", "ng/dL")
            .plausible(0, 5000)
            .molarMass(288.42)
            .loinc("2986-8", "14913-8")
            .names("testosterone", "serum testosterone", "total testosterone", "T level", "testosterone level")),
    GGT(spec("Gamma-glutamyl transferase", "U/L")
            .plausible(0, 20_000)
            .uln(55.0)
            .loinc("2324-2")
            .names(
                    "GGT",
                    "gamma-glutamyl transferase",
                    "gamma glutamyl transferase",
                    "gamma-glutamyltransferase",
                    "gamma-glutamyl transpeptidase",
                    "gamma GT",
                    "γ-GT",
                    "GGTP")),
    LDH(spec("Lactate dehydrogenase", "U/L")
            .plausible(0, 100_000)
            .uln(250.0)
            .loinc("2532-0", "14804-9")
            .names("LDH", "lactate dehydrogenase", "lactic dehydrogenase", "lactic acid dehydrogenase", "serum LDH")),
    // urea nitrogen, not urea: "urea 40 mg/dL" is another mass (urea weighs 60 g/mol, its nitrogen 28); a mass
    // of urea nitrogen and a molar concentration of urea (mmol/L) are bridged by the nitrogen's 28.014 g/mol
    BUN(spec("Blood urea nitrogen", "mg/dL")
            .plausible(0.5, 300)
            .lln(7.0)
            .uln(20.0)
            .molarMass(28.014)
            .loinc("3094-0", "6299-2")
            .names("BUN", "blood urea nitrogen", "urea nitrogen", "serum urea nitrogen", "BUN level")),
    CRP(spec("C-reactive protein", "mg/L")
            .plausible(0, 1000)
            .uln(5.0)
            .loinc("1988-5", "30522-7")
            .names("CRP", "C-reactive protein", "C reactive protein", "hs-CRP", "high-sensitivity CRP", "serum CRP")),
    FREE_T4(spec("Free thyroxine (free T4)", "ng/dL")
            .plausible(0, 20)
            .lln(0.8)
            .uln(1.8)
            .molarMass(776.87)
            .loinc("3024-7")
            .names("free T4", "FT4", "free thyroxine", "free T-4", "serum free T4")),
    SPO2(spec("Oxygen saturation (SpO2)", "%")
            .plausible(30, 100)
            .lln(95.0)
            .loinc("59408-5", "2708-6")
            .names(
                    "SpO2",
                    "oxygen saturation",
                    "O2 saturation",
                    "SaO2",
                    "pulse oximetry",
                    "peripheral oxygen saturation")),
    URINE_PROTEIN(spec("Urine protein (24-hour)", "g/d")
            .plausible(0, 60)
            .uln(0.15)
            .loinc("2889-4", "21482-5")
            .names(
                    "urine protein",
                    "proteinuria",
                    "24-hour urine protein",
                    "24 hour urine protein",
                    "24-h urine protein",
                    "urinary protein",
                    "urine protein excretion",
                    "protein in urine",
                    "24-hour proteinuria"));

    /** Where {@link #defaultLowerLimit()} and {@link #defaultUpperLimit()} come from, for verdicts to cite. */
    public static final String REFERENCE_SOURCE =
            "generic adult reference range (common laboratory practice), " + "used because the profile gave none";

    private final String displayName;
    private final String unit;
    private final double plausibleMin;
    private final double plausibleMax;
    private final Double lowerLimit;
    private final Double upperLimit;
    private final Double molarMass;
    private final int valence;
    private final List<String> loincCodes;
    private final List<String> names;

    Analyte(Spec spec) {
        this.displayName = spec.displayName;
        this.unit = spec.unit;
        this.plausibleMin = spec.plausibleMin;
        this.plausibleMax = spec.plausibleMax;
        this.lowerLimit = spec.lowerLimit;
        this.upperLimit = spec.upperLimit;
        this.molarMass = spec.molarMass;
        this.valence = spec.valence;
        this.loincCodes = List.copyOf(spec.loincCodes);
        this.names = List.copyOf(spec.names);
    }

    /** A readable name ("Absolute neutrophil count"). */
    public String displayName() {
        return displayName;
    }

    /** The canonical UCUM unit: limits and plausible bounds are in it, and results are converted to it. */
    public String unit() {
        return unit;
    }

    /** The lowest value a real measurement can have, in {@link #unit()}. */
    public double plausibleMin() {
        return plausibleMin;
    }

    /** The highest value a real measurement can have, in {@link #unit()}. */
    public double plausibleMax() {
        return plausibleMax;
    }

    /** Whether a value in {@link #unit()} can be a real measurement. */
    public boolean isPlausible(double valueInCanonicalUnit) {
        return valueInCanonicalUnit >= plausibleMin && valueInCanonicalUnit <= plausibleMax;
    }

    /** The generic adult lower limit of normal in {@link #unit()}, when there is one (see the class comment). */
    public Optional<Double> defaultLowerLimit() {
        return Optional.ofNullable(lowerLimit);
    }

    /** The generic adult upper limit of normal in {@link #unit()}, when there is one (see the class comment). */
    public Optional<Double> defaultUpperLimit() {
        return Optional.ofNullable(upperLimit);
    }

    /** Molar mass in g/mol, for mass ↔ molar conversions; empty when the analyte is not converted that way. */
    public Optional<Double> molarMass() {
        return Optional.ofNullable(molarMass);
    }

    /** Charge of the ion (1 for Na⁺ and K⁺, 2 for Ca²⁺ and Mg²⁺), for mEq/L; 0 when not an ion. */
    public int valence() {
        return valence;
    }

    /** LOINC codes of tests that measure this analyte (the first is the most common). */
    public List<String> loincCodes() {
        return loincCodes;
    }

    /** Names as written in criteria and notes, the key first. */
    public List<String> names() {
        return names;
    }

    private static final Map<String, Analyte> BY_NAME = new HashMap<>();
    private static final Map<String, Analyte> BY_LOINC = new HashMap<>();

    static {
        for (Analyte analyte : values()) {
            register(analyte.name(), analyte);
            for (String name : analyte.names) {
                register(name, analyte);
            }
            for (String code : analyte.loincCodes) {
                Analyte previous = BY_LOINC.put(code, analyte);
                if (previous != null && previous != analyte) {
                    throw new IllegalStateException("LOINC " + code + " given to both " + previous + " and " + analyte);
                }
            }
        }
    }

    private static void register(String name, Analyte analyte) {
        Analyte previous = BY_NAME.put(key(name), analyte);
        if (previous != null && previous != analyte) {
            throw new IllegalStateException("name '" + name + "' given to both " + previous + " and " + analyte);
        }
    }

    // Words that qualify a name without changing the analyte ("serum creatinine", "platelet count level").
    private static final Pattern SPECIMEN_PREFIX = Pattern.compile("^(serum|plasma|blood|baseline|screening)");
    private static final Pattern QUANTITY_SUFFIX = Pattern.compile("(levels?|values?|concentration|results?)$");

    /**
     * The analyte a name denotes, ignoring case, spaces, punctuation and diacritics ("Absolute Neutrophil
     * Count", "absolute-neutrophil count", "SGPT", "haemoglobin", "Serum creatinine level"); also the
     * enum name ("CREATININE_CLEARANCE") and a LOINC code ("751-8").
     */
    public static Optional<Analyte> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Analyte byCode = BY_LOINC.get(name.strip());
        if (byCode != null) {
            return Optional.of(byCode);
        }
        String key = key(name);
        Analyte found = BY_NAME.get(key);
        if (found == null) {
            String bare = QUANTITY_SUFFIX
                    .matcher(SPECIMEN_PREFIX.matcher(key).replaceFirst(""))
                    .replaceFirst("");
            if (!bare.isEmpty()) {
                found = BY_NAME.get(bare);
            }
        }
        return Optional.ofNullable(found);
    }

    /** The analyte a LOINC code measures ("751-8" → ANC). */
    public static Optional<Analyte> byLoinc(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_LOINC.get(code.strip()));
    }

    /**
     * The comparison key of a name: lower case, diacritics dropped, everything but letters and digits
     * dropped ("AST (SGOT)" → "astsgot", "CD4+" → "cd4").
     */
    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static Spec spec(String displayName, String unit) {
        return new Spec(displayName, unit);
    }

    /** The facts of one analyte, written fluently so the catalog above reads as a table. */
    private static final class Spec {
        private final String displayName;
        private final String unit;
        private double plausibleMin;
        private double plausibleMax;
        private Double lowerLimit;
        private Double upperLimit;
        private Double molarMass;
        private int valence;
        private List<String> loincCodes = List.of();
        private List<String> names = List.of();

        private Spec(String displayName, String unit) {
            this.displayName = displayName;
            this.unit = unit;
        }

        Spec plausible(double min, double max) {
            plausibleMin = min;
            plausibleMax = max;
            return this;
        }

        Spec lln(Double value) {
            lowerLimit = value;
            return this;
        }

        Spec uln(Double value) {
            upperLimit = value;
            return this;
        }

        Spec molarMass(double gramsPerMole) {
            molarMass = gramsPerMole;
            return this;
        }

        Spec valence(int charge) {
            valence = charge;
            return this;
        }

        Spec loinc(String... codes) {
            loincCodes = List.of(codes);
            return this;
        }

        Spec names(String... written) {
            names = List.of(written);
            return this;
        }
    }
}
