package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.split.Section;

/**
 * Conditions named in exclusions, read through MeSH. Each expected reading is what the item says, written with the
 * descriptor ids MeSH gives the conditions it names (Glaucoma D005901, Peptic Ulcer D010437, Crohn Disease D003424,
 * Hypothyroidism D007037, COVID-19 D000086382, Ischemic Attack, Transient D002546, Sleep Wake Disorders D012893,
 * Sleep Initiation and Maintenance Disorders D007319 ("insomnia"), Mental Disorders D001523, Major Depressive
 * Disorder D003865, Asthma D001249, Nervous System Diseases D009422, Cluster Headache D003027).
 */
class MeshConditionsTest {

    private static String exclusion(String text) {
        return Notation.print(CriterionParser.parse(text, Section.EXCLUSION));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // qualifiers that only say how or whether it is known are read into the diagnosis
                "History of glaucoma | diagnosis(MESH:D005901)",
                "Active peptic ulcer disease | diagnosis(MESH:D010437)",
                "Documented Crohn's disease | diagnosis(MESH:D003424)",
                "Known to have tested positive for COVID-19 | diagnosis(MESH:D000086382)",
                // qualifiers that narrow it add an unread part, so the reading is never stronger than the text
                "Uncontrolled hypothyroidism | and(diagnosis(MESH:D007037), not_computable)",
                "Clinically significant glaucoma | and(diagnosis(MESH:D005901), not_computable)",
                // beside a term of the notation, with the item's window
                "Cerebrovascular accident or transient ischemic attack within 6 months prior to first dose of study drug"
                        + " | or(within(6 mo, diagnosis(stroke)), within(6 mo, diagnosis(MESH:D002546)))",
                // a descriptor the notation has a term for is that term
                "Any history of cardiac dysrhythmia | diagnosis(arrhythmia)",
                // "a disorder other than Y"
                "sleep disorders diagnosis other than insomnia (ex. Obstructive sleep apnea, sleep behavior problem,"
                        + " restless leg syndrome) | diagnosis(MESH:D012893 other_than MESH:D007319)",
                "Known psychiatric disorder other than major depressive disorder"
                        + " | diagnosis(MESH:D001523 other_than MESH:D003865)",
                "major neurologic disorders other than cluster headaches"
                        + " | and(diagnosis(MESH:D009422 other_than MESH:D003027), not_computable)",
                "Significant disease or disorder other than asthma"
                        + " | and(diagnosis(any other_than MESH:D001249), not_computable)",
            })
    void readsTheConditionAnExclusionNames(String text, String expected) {
        assertThat(exclusion(text.strip())).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // not the patient's own diagnosis
                "Family history of glaucoma",
                "Influenza vaccination within 30 days",
                "Known hypersensitivity to penicillin",
                "patients in whom head trauma or vascular disorders are suspected",
                "History of myopathy or rhabdomyolysis due to statins",
                // a bracket that may narrow it ("homozygotes"), examples taken for a definition
                "Patients with familial hypercholesterolemia (homozygotes)",
                "Patients with a history of serious drug allergies (anaphylactic shock, etc.)",
                // an exception that may restrict every condition before it
                "Active liver disease or biliary tract disease (except for Gilbert's disease or asymptomatic gallstones)",
                // "other than" followed by more than conditions
                "Any disease other than asthma, which may interfere with the study",
                // cancers are the notation's own terms (second_malignancy, the trial's COND:)
                "History of melanoma",
                // words too general to be a diagnosis
                "Evidence of central nervous system involvement of pain",
                "Untreated hepatitis B and hepatitis C co-infection",
            })
    void leavesUnreadWhatIsNotExactlyADiagnosisOfThePatient(String text) {
        assertThat(exclusion(text.strip())).doesNotContain("MESH:");
    }

    @Test
    void aHostileListOfConditionsHasABoundedReading() {
        String hostile = "glaucoma or ".repeat(10_000) + "asthma";
        assertThat(exclusion(hostile)).hasSizeLessThan(2_000);
        String brackets = "(".repeat(500) + "glaucoma" + ")".repeat(500);
        assertThat(exclusion(brackets)).doesNotContain("MESH:");
    }

    @Test
    void onlyExclusionsAreReadThroughMesh() {
        assertThat(Notation.print(CriterionParser.parse("History of glaucoma", Section.INCLUSION)))
                .isEqualTo("not_computable");
    }

    @Test
    void theListedSerologiesAreLeftToTheirOwnReading() {
        for (String text : new String[] {
            "Known to have tested positive for HIV",
            "Known to have tested positive for hepatitis B",
            "Tested positive for tuberculosis"
        }) {
            assertThat(exclusion(text)).as(text).doesNotContain("MESH:");
        }
    }
}
