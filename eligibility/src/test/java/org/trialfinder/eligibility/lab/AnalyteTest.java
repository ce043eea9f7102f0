package org.trialfinder.eligibility.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyteTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ANC|ANC",
                "absolute neutrophil count|ANC",
                "Absolute Neutrophil Count|ANC",
                "absolute-neutrophil count|ANC",
                "neutrophils|ANC",
                "neutrophil count|ANC",
                "NEUT|ANC",
                "PLT|PLATELETS",
                "platelets|PLATELETS",
                "platelet count|PLATELETS",
                "Hb|HEMOGLOBIN",
                "Hgb|HEMOGLOBIN",
                "haemoglobin|HEMOGLOBIN",
                "hemoglobin|HEMOGLOBIN",
                "TBIL|BILIRUBIN",
                "total bilirubin|BILIRUBIN",
                "serum bilirubin|BILIRUBIN",
                "direct bilirubin|DIRECT_BILIRUBIN",
                "SGOT|AST",
                "SGPT|ALT",
                "AST (SGOT)|AST",
                "alkaline phosphatase|ALP",
                "CrCl|CREATININE_CLEARANCE",
                "creatinine clearance|CREATININE_CLEARANCE",
                "eGFR|EGFR",
                "GFR|EGFR",
                "INR|INR",
                "PT|PT",
                "aPTT|APTT",
                "PTT|APTT",
                "HbA1c|HBA1C",
                "A1c|HBA1C",
                "glycated haemoglobin|HBA1C",
                "serum creatinine level|CREATININE",
                "Serum Albumin|ALBUMIN",
                "creatinine_clearance|CREATININE_CLEARANCE",
                "QTcF|QTC",
                "ejection fraction|LVEF",
                "HBV DNA|HBV_DNA",
                "HIV viral load|HIV_RNA",
                "CD4+ T-cell count|CD4",
                "thyrotropin|TSH",
                "LDL-C|LDL",
                "prostate-specific antigen|PSA",
                "proteinuria|URINE_PROTEIN",
                "K+|POTASSIUM",
                "plasma glucose level|GLUCOSE",
                "751-8|ANC",
                "1742-6|ALT"
            })
    void namesAsWrittenFindTheirAnalyte(String written, Analyte expected) {
        assertThat(Analyte.find(written)).contains(expected);
    }

    @Test
    void unknownNamesFindNothing() {
        assertThat(Analyte.find("ferritin")).isEmpty();
        assertThat(Analyte.find("AST/ALT")).isEmpty(); // two analytes: the caller splits them
        assertThat(Analyte.find("  ")).isEmpty();
        assertThat(Analyte.find(null)).isEmpty();
    }

    @Test
    void loincCodesFindTheirAnalyte() {
        assertThat(Analyte.byLoinc("26499-4")).contains(Analyte.ANC);
        assertThat(Analyte.byLoinc("777-3")).contains(Analyte.PLATELETS);
        assertThat(Analyte.byLoinc("718-7")).contains(Analyte.HEMOGLOBIN);
        assertThat(Analyte.byLoinc("1975-2")).contains(Analyte.BILIRUBIN);
        assertThat(Analyte.byLoinc("38483-4")).contains(Analyte.CREATININE);
        assertThat(Analyte.byLoinc("98979-8")).contains(Analyte.EGFR);
        assertThat(Analyte.byLoinc("4548-4")).contains(Analyte.HBA1C);
        assertThat(Analyte.byLoinc("8636-3")).contains(Analyte.QTC);
        assertThat(Analyte.byLoinc("0000-0")).isEmpty();
    }

    @Test
    void everyCanonicalUnitIsValidUcumAndEveryLimitIsPlausible() {
        for (Analyte analyte : Analyte.values()) {
            assertThat(Units.validateUcum(analyte.unit())).as(analyte + " unit").isNull();
            assertThat(analyte.plausibleMin()).as(analyte + " range").isLessThan(analyte.plausibleMax());
            assertThat(analyte.loincCodes()).as(analyte + " LOINC").isNotEmpty();
            analyte.defaultUpperLimit()
                    .ifPresent(uln -> assertThat(analyte.isPlausible(uln))
                            .as(analyte + " ULN")
                            .isTrue());
            analyte.defaultLowerLimit()
                    .ifPresent(lln -> assertThat(analyte.isPlausible(lln))
                            .as(analyte + " LLN")
                            .isTrue());
            assertThat(Units.toCanonical(analyte, 1, analyte.unit())).isEqualTo(1);
        }
    }

    @Test
    void plausibleRangesRejectNumbersInTheWrongUnit() {
        // 150,000 platelets per µL read as ×10⁹/L: impossible.
        assertThat(Analyte.PLATELETS.isPlausible(150_000)).isFalse();
        assertThat(Analyte.PLATELETS.isPlausible(Units.toCanonical(Analyte.PLATELETS, 150_000, "/uL")))
                .isTrue();
        assertThat(Analyte.HEMOGLOBIN.isPlausible(120)).isFalse();
        assertThat(Analyte.HEMOGLOBIN.isPlausible(Units.toCanonical(Analyte.HEMOGLOBIN, 120, "g/L")))
                .isTrue();
    }
}
