package org.trialfinder.eligibility.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * GGT, LDH, BUN, CRP, free T4 and SpO2: their names, LOINC codes and units. Expected conversions from the units'
 * UCUM definitions and the molar masses of the substances (thyroxine C15H11I4NO4, 776.87 g/mol; urea's two
 * nitrogen atoms, 2 × 14.007 g/mol per mole of urea), never from the code under test.
 */
class AddedAnalytesTest {

    @Test
    void namesAndLoincCodesFindThem() {
        assertThat(Analyte.find("gamma-glutamyl transferase")).contains(Analyte.GGT);
        assertThat(Analyte.find("γ-GT")).contains(Analyte.GGT);
        assertThat(Analyte.byLoinc("2324-2")).contains(Analyte.GGT);
        assertThat(Analyte.find("lactate dehydrogenase")).contains(Analyte.LDH);
        assertThat(Analyte.byLoinc("2532-0")).contains(Analyte.LDH);
        assertThat(Analyte.find("blood urea nitrogen")).contains(Analyte.BUN);
        assertThat(Analyte.byLoinc("3094-0")).contains(Analyte.BUN);
        assertThat(Analyte.find("C-reactive protein")).contains(Analyte.CRP);
        assertThat(Analyte.find("hs-CRP")).contains(Analyte.CRP);
        assertThat(Analyte.byLoinc("1988-5")).contains(Analyte.CRP);
        assertThat(Analyte.find("free thyroxine")).contains(Analyte.FREE_T4);
        assertThat(Analyte.byLoinc("3024-7")).contains(Analyte.FREE_T4);
        assertThat(Analyte.find("SpO2")).contains(Analyte.SPO2);
        assertThat(Analyte.byLoinc("59408-5")).contains(Analyte.SPO2);
        // urea (60 g/mol) is not urea nitrogen: plain "urea" names no analyte rather than the wrong mass
        assertThat(Analyte.find("urea")).isEmpty();
    }

    @Test
    void crpInMilligramsPerDecilitreAndPerLitre() {
        // 1 dL = 0.1 L
        assertThat(Units.convert(Analyte.CRP, 1.0, "mg/dL", "mg/L")).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void ureaNitrogenMassMeetsUreaMolarConcentration() {
        // 28.014 mg/dL = 280.14 mg/L of nitrogen = 10 mmol/L of urea (28.014 g of nitrogen per mole of urea)
        assertThat(Units.convert(Analyte.BUN, 28.014, "mg/dL", "mmol/L")).isCloseTo(10.0, within(1e-3));
        assertThat(Units.convert(Analyte.BUN, 7.1, "mmol/L", "mg/dL")).isCloseTo(19.89, within(0.01));
    }

    @Test
    void freeThyroxineInMassAndMolarUnits() {
        // 1 ng/dL = 10 ng/L; 10e-9 g/L / 776.87 g/mol = 12.872e-12 mol/L
        assertThat(Units.convert(Analyte.FREE_T4, 1.0, "ng/dL", "pmol/L")).isCloseTo(12.872, within(0.001));
        assertThat(Units.convert(Analyte.FREE_T4, 22, "pmol/L", "ng/dL")).isCloseTo(1.709, within(0.001));
    }

    @Test
    void enzymeActivityInKatals() {
        // UCUM: U = umol/min, kat = mol/s, so 1 ukat = 60 U
        assertThat(Units.convert(Analyte.GGT, 1.0, "ukat/L", "U/L")).isCloseTo(60.0, within(1e-9));
        assertThat(Units.convert(Analyte.LDH, 250, "U/L", "ukat/L")).isCloseTo(4.1667, within(1e-4));
    }
}
