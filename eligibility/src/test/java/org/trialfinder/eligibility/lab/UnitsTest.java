package org.trialfinder.eligibility.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "×10^9/L|10*9/L",
                "x10^9/L|10*9/L",
                "10⁹/L|10*9/L",
                "10^9/l|10*9/L",
                "G/L|10*9/L",
                "x 10e9/L|10*9/L",
                "× 109/L|10*9/L",
                "10*9/L|10*9/L",
                "10^9 cells/L|10*9/L",
                "×10³/µL|10*3/uL",
                "10^3/uL|10*3/uL",
                "K/uL|10*3/uL",
                "thou/mm3|10*3/uL",
                "x10^3/mm³|10*3/mm3",
                "x10^4/μL|10*4/uL",
                "/mm³|/mm3",
                "cells/mm3|/mm3",
                "cells per mm3|/mm3",
                "cells/µL|/uL",
                "/µL|/uL",
                "/ul|/uL",
                "g/dl|g/dL",
                "g/L|g/L",
                "g/l|g/L",
                "mg/dl|mg/dL",
                "mg%|mg/dL",
                "µmol/L|umol/L",
                "umol/l|umol/L",
                "μmol/L|umol/L",
                "mcg/L|ug/L",
                "mEq/L|meq/L",
                "mmol/l|mmol/L",
                "ng/mL|ng/mL",
                "IU/mL|[iU]/mL",
                "IU/ml|[iU]/mL",
                "copies/mL|{copies}/mL",
                "mIU/L|m[iU]/L",
                "µIU/mL|u[iU]/mL",
                "mL/min/1.73m²|mL/min/{1.73_m2}",
                "ml/min/1.73 m2|mL/min/{1.73_m2}",
                "mL/min per 1.73 m^2|mL/min/{1.73_m2}",
                "mL/min|mL/min",
                "msec|ms",
                "ms|ms",
                "sec|s",
                "seconds|s",
                "%|%",
                "percent|%",
                "U/L|U/L",
                "IU/L|U/L",
                "units/L|U/L",
                "µkat/L|ukat/L",
                "g/24h|g/d",
                "mg/24 hr|mg/d",
                "g/day|g/d",
                "mmol/mol|mmol/mol",
                "INR|{INR}"
            })
    void commonSpellingsBecomeUcum(String written, String ucum) {
        assertThat(Units.normalise(written)).isEqualTo(ucum);
        assertThat(Units.validateUcum(ucum)).isNull();
    }

    @Test
    void neutrophilCountsAgreeAcrossTheirUnits() {
        assertThat(Units.convert(Analyte.ANC, 1.5, "10*9/L", "/uL")).isCloseTo(1500, within(1e-9));
        assertThat(Units.convert(Analyte.ANC, 1.5, "10*9/L", "10*3/uL")).isCloseTo(1.5, within(1e-12));
        assertThat(Units.convert(Analyte.ANC, 1.5, "×10⁹/L", "/mm³")).isCloseTo(1500, within(1e-9));
        assertThat(Units.convert(Analyte.ANC, 1500, "/uL", "10*9/L")).isCloseTo(1.5, within(1e-12));
        assertThat(Units.toCanonical(Analyte.ANC, 1500, "cells/mm3")).isCloseTo(1.5, within(1e-12));
        assertThat(Units.toCanonical(Analyte.PLATELETS, 100_000, "/mm3")).isCloseTo(100, within(1e-9));
        assertThat(Units.toCanonical(Analyte.PLATELETS, 10, "x10^4/uL")).isCloseTo(100, within(1e-9));
        assertThat(Units.toCanonical(Analyte.PLATELETS, 100, "G/L")).isCloseTo(100, within(1e-9));
    }

    @Test
    void massAndMolarConcentrationsMeetThroughTheMolarMass() {
        assertThat(Units.convert(Analyte.BILIRUBIN, 1.2, "mg/dL", "umol/L")).isCloseTo(20.5, within(0.1));
        assertThat(Units.convert(Analyte.BILIRUBIN, 1, "mg/dL", "µmol/L")).isCloseTo(17.1, within(0.05));
        assertThat(Units.convert(Analyte.CREATININE, 1.5, "mg/dL", "umol/L")).isCloseTo(132.6, within(0.1));
        assertThat(Units.convert(Analyte.CREATININE, 88.4, "umol/L", "mg/dL")).isCloseTo(1.0, within(0.001));
        assertThat(Units.convert(Analyte.GLUCOSE, 1, "mg/dL", "mmol/L")).isCloseTo(0.0555, within(0.0001));
        assertThat(Units.convert(Analyte.GLUCOSE, 7.0, "mmol/L", "mg/dL")).isCloseTo(126.1, within(0.1));
        assertThat(Units.convert(Analyte.CALCIUM, 10, "mg/dL", "mmol/L")).isCloseTo(2.495, within(0.001));
        assertThat(Units.convert(Analyte.MAGNESIUM, 2.4, "mg/dL", "mmol/L")).isCloseTo(0.987, within(0.001));
        assertThat(Units.convert(Analyte.HEMOGLOBIN, 8.0, "mmol/L", "g/dL")).isCloseTo(12.9, within(0.05));
    }

    @Test
    void massConcentrationsConvertByVolume() {
        assertThat(Units.convert(Analyte.HEMOGLOBIN, 10, "g/dL", "g/L")).isCloseTo(100, within(1e-9));
        assertThat(Units.convert(Analyte.ALBUMIN, 30, "g/l", "g/dl")).isCloseTo(3.0, within(1e-12));
        assertThat(Units.convert(Analyte.PSA, 4, "ng/mL", "ug/L")).isCloseTo(4, within(1e-12));
    }

    @Test
    void equivalentsOfDivalentIonsAreHalfAMillimole() {
        assertThat(Units.convert(Analyte.CALCIUM, 5, "mEq/L", "mmol/L")).isCloseTo(2.5, within(1e-12));
        assertThat(Units.convert(Analyte.POTASSIUM, 4.2, "mEq/L", "mmol/L")).isCloseTo(4.2, within(1e-12));
        assertThatThrownBy(() -> Units.convert(Analyte.GLUCOSE, 5, "mEq/L", "mg/dL"))
                .isInstanceOf(LabUnitException.class)
                .hasMessageContaining("mEq/L")
                .hasMessageContaining("Glucose");
    }

    @Test
    void hba1cPercentAndIfccUnitsFollowTheMasterEquation() {
        assertThat(Units.convert(Analyte.HBA1C, 6.5, "%", "mmol/mol")).isCloseTo(47.5, within(0.1));
        assertThat(Units.convert(Analyte.HBA1C, 53, "mmol/mol", "%")).isCloseTo(7.0, within(0.05));
    }

    @Test
    void enzymeUnitsAndTimesAndFiltration() {
        assertThat(Units.convert(Analyte.ALT, 40, "IU/L", "U/L")).isCloseTo(40, within(1e-12));
        assertThat(Units.convert(Analyte.ALT, 1, "µkat/L", "U/L")).isCloseTo(60, within(1e-9));
        assertThat(Units.convert(Analyte.QTC, 0.47, "s", "msec")).isCloseTo(470, within(1e-9));
        assertThat(Units.toCanonical(Analyte.EGFR, 60, "mL/min/1.73m²")).isCloseTo(60, within(1e-12));
        assertThat(Units.toCanonical(Analyte.TSH, 2.5, "µIU/mL")).isCloseTo(2.5, within(1e-12));
        assertThat(Units.toCanonical(Analyte.URINE_PROTEIN, 500, "mg/24h")).isCloseTo(0.5, within(1e-12));
        assertThat(Units.toCanonical(Analyte.INR, 1.4, "")).isCloseTo(1.4, within(1e-12));
    }

    @Test
    void unknownUnitsAndWrongDimensionsNameTheUnitAndTheAnalyte() {
        assertThatThrownBy(() -> Units.normalise("bananas"))
                .isInstanceOf(LabUnitException.class)
                .hasMessageContaining("'bananas'");
        assertThatThrownBy(() -> Units.toCanonical(Analyte.ANC, 1.5, "bananas"))
                .isInstanceOf(LabUnitException.class)
                .hasMessageContaining("'bananas'")
                .hasMessageContaining("Absolute neutrophil count");
        assertThatThrownBy(() -> Units.toCanonical(Analyte.PLATELETS, 150_000, "g/dL"))
                .isInstanceOf(LabUnitException.class)
                .hasMessageContaining("'g/dL'")
                .hasMessageContaining("PLATELETS");
        assertThatThrownBy(() -> Units.convert(Analyte.LVEF, 55, "%", "{INR}"))
                .isInstanceOf(LabUnitException.class)
                .hasMessageContaining("'{INR}'");
        assertThatThrownBy(() -> Units.toCanonical(Analyte.HIV_RNA, 50, "IU/mL"))
                .isInstanceOf(LabUnitException.class)
                .hasMessageContaining("HIV");
        assertThat(Units.canExpress(Analyte.HEMOGLOBIN, "g/L")).isTrue();
        assertThat(Units.canExpress(Analyte.HEMOGLOBIN, "/uL")).isFalse();
        // UCUM counts a mole as a number; cells are never converted to moles.
        assertThat(Units.canExpress(Analyte.ANC, "mmol/L")).isFalse();
        assertThat(Units.canExpress(Analyte.TSH, "/L")).isFalse();
        assertThat(Units.isKnown("furlongs")).isFalse();
    }

    @Test
    void multiplesOfReferenceLimits() {
        assertThat(Units.multipleOfLimit(Analyte.ALT, 120, "U/L", 40, "U/L")).isCloseTo(3.0, within(1e-12));
        assertThat(Units.multipleOfLimit(Analyte.BILIRUBIN, 41, "umol/L", 1.2, "mg/dL"))
                .isCloseTo(2.0, within(0.01));
        assertThat(Units.valueOfMultiple(Analyte.AST, 2.5, 40, "U/L", "U/L")).isCloseTo(100, within(1e-12));
        assertThat(RelativeLimit.parse("x ULN")).contains(RelativeLimit.ULN);
        assertThat(RelativeLimit.parse("× the upper limit of normal")).contains(RelativeLimit.ULN);
        assertThat(RelativeLimit.parse("times the institutional upper limit of normal"))
                .contains(RelativeLimit.ULN);
        assertThat(RelativeLimit.parse("xLLN")).contains(RelativeLimit.LLN);
        assertThat(RelativeLimit.parse("mg/dL")).isEmpty();
        assertThat(RelativeLimit.ULN.defaultFor(Analyte.ALT)).contains(40.0);
    }

    @Test
    void powersOfThreeDigitsAreNotUnits() {
        // bench/run fuzz: "10^999/L" kept UCUM computing for minutes (see FhirBundleReaderTest)
        for (String unit : List.of("10^999/L", "10*999/L", "10*-100/uL", "L100", "10^9999999/uL")) {
            assertThat(Units.isKnown(unit)).as(unit).isFalse();
            assertThatThrownBy(() -> Units.toCanonical(Analyte.ANC, 1, unit))
                    .as(unit)
                    .isInstanceOf(LabUnitException.class);
        }
        assertThat(Units.isKnown("10*12/L")).isTrue();
    }
}
