package org.trialfinder.eligibility.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.NoteExtraction.ConditionPhrase;
import org.trialfinder.eligibility.intake.NoteExtraction.Evidence;
import org.trialfinder.eligibility.intake.NoteExtraction.Status;
import org.trialfinder.eligibility.intake.PatientProfile.LabResult;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus.Scale;
import org.trialfinder.eligibility.intake.PatientProfile.Sex;
import org.trialfinder.eligibility.intake.PatientProfile.Treatment;
import org.trialfinder.eligibility.lab.Analyte;
import org.trialfinder.eligibility.lab.Units;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.MeshThesaurus;

/** Extractions from real TREC / SIGIR topics, checked by reading each topic. */
class NoteExtractorTest {

    private static final Map<String, String> TOPICS = new HashMap<>();
    private static NoteExtractor extractor;

    @BeforeAll
    static void load() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NoteExtractorTest.class.getResourceAsStream("trec-topics.jsonl"), StandardCharsets.UTF_8))) {
            ObjectMapper json = new ObjectMapper();
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode topic = json.readTree(line);
                TOPICS.put(topic.get("_id").asText(), topic.get("text").asText());
            }
        }
        extractor = new NoteExtractor(
                MeshThesaurus.loadDefault(),
                Abbreviations.loadDefault(),
                Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static NoteExtraction extract(String id) {
        return extractor.extract(TOPICS.get(id));
    }

    private static List<String> withStatus(NoteExtraction x, Status status) {
        return x.conditionPhrases().stream()
                .filter(c -> c.status() == status)
                .map(ConditionPhrase::text)
                .toList();
    }

    @Test
    void chestPainWithDeniedRiskFactorsAndAFamilyHistory() {
        NoteExtraction x = extract("sigir-20141");
        PatientProfile p = x.profile();
        assertThat(p.ageYears()).isEqualTo(58.0);
        assertThat(p.sex()).isEqualTo(Sex.FEMALE);
        assertThat(p.asOf()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(p.conditions()).contains("chest pain", "hypertension", "obesity", "nausea", "dyspnea");
        // "She denies smoking, diabetes, hypercholesterolemia, or a family history of heart disease."
        assertThat(withStatus(x, Status.NEGATED)).containsExactlyInAnyOrder("diabetes", "hypercholesterolemia");
        assertThat(p.conditions()).doesNotContain("diabetes", "hypercholesterolemia", "heart disease");
        assertThat(p.treatments()).isEmpty(); // "She currently takes no medications."
        Evidence age = x.evidence().stream()
                .filter(e -> e.fact().equals("age"))
                .findFirst()
                .orElseThrow();
        assertThat(TOPICS.get("sigir-20141").substring(age.start(), age.end())).isEqualTo("58-year-old");
    }

    @Test
    void shorthandAgeAndSexWithAnEjectionFraction() {
        NoteExtraction x = extract("trec-20212"); // "48 M with a h/o HTN hyperlipidemia, bicuspid aortic valve …"
        PatientProfile p = x.profile();
        assertThat(p.ageYears()).isEqualTo(48.0);
        assertThat(p.sex()).isEqualTo(Sex.MALE);
        assertThat(p.conditions()).contains("hyperlipidemia", "bicuspid aortic valve", "aortic stenosis");
        assertThat(x.conditionPhrases())
                .filteredOn(c -> c.text().equals("hyperlipidemia"))
                .allSatisfy(c -> assertThat(c.history()).isTrue());
        assertThat(p.labs()).containsExactly(new LabResult("EF", 25, "%", null, null, null)); // "EF was 25%"
        assertThat(p.treatments()).extracting(Treatment::name).doesNotContain("a preop workup", "preop workup");
    }

    @Test
    void metastaticThyroidCancerWithItsTreatments() {
        NoteExtraction x = extract("trec-202111");
        PatientProfile p = x.profile();
        assertThat(p.ageYears()).isEqualTo(75.0); // "A 75 yo M"
        assertThat(p.sex()).isEqualTo(Sex.MALE);
        assertThat(p.conditions()).contains("papillary thyroid cancer", "dysphagia");
        // "--Metastatic to lymph nodes and adrenal glands"
        assertThat(p.metastases()).containsExactly("lymph node", "adrenal");
        assertThat(p.treatments())
                .extracting(Treatment::name)
                .contains("XRT", "neck mass resection", "RAI ablation", "tonsillectomy");
    }

    @Test
    void labsWithTheirUnitsAsWritten() {
        // "Hemoglobin: 9.7 g/dL Platelet: 110,000 /cu.mm Creatinine: 3.6 mg/dL blood urea nitrogen (BUN): 73 mg/dL
        // direct bilirubin: 2.4 mg/dL lactate dehydrogenase (LDH): 881 IU/L"
        PatientProfile p = extract("trec-202132").profile();
        assertThat(p.ageYears()).isEqualTo(17.0);
        assertThat(p.sex()).isEqualTo(Sex.MALE);
        assertThat(p.labs())
                .containsExactly(
                        new LabResult("Hemoglobin", 9.7, "g/dL", null, null, null),
                        new LabResult("Platelet", 110_000, "/cu.mm", null, null, null),
                        new LabResult("Creatinine", 3.6, "mg/dL", null, null, null),
                        new LabResult("blood urea nitrogen", 73, "mg/dL", null, null, null),
                        new LabResult("direct bilirubin", 2.4, "mg/dL", null, null, null),
                        new LabResult("lactate dehydrogenase", 881, "IU/L", null, null, null));
        assertThat(Units.toCanonical(Analyte.PLATELETS, 110_000, "/cu.mm")).isCloseTo(110, within(1e-9));
        assertThat(p.conditions()).contains("diarrhea", "jaundice", "fever");
        assertThat(p.treatments()).isEmpty(); // "he is not on any medications"
    }

    @Test
    void countsWrittenAsTimesTenToTheNineWhoseSuperscriptWasLost() {
        // "hemoglobin (Hb) of 9.0 g/dL, white blood cell count 6.3 x 109/L, platelet count 119 x 109/L …
        //  The Hb is 8.9 g/dL, WBC count 7.1 x 109/L, and platelets 108 x 109/L": the later results win.
        NoteExtraction x = extract("sigir-201514");
        PatientProfile p = x.profile();
        assertThat(p.ageYears()).isEqualTo(27.0);
        assertThat(p.pregnant()).isTrue(); // "at 11 weeks gestation"
        assertThat(p.labs()).extracting(LabResult::value).containsExactly(8.9, 7.1, 108.0);
        LabResult platelets = p.labs().get(2);
        assertThat(Units.toCanonical(Analyte.PLATELETS, platelets.value(), platelets.unit()))
                .isEqualTo(108.0);
        assertThat(p.conditions()).contains("iron deficiency");
    }

    @Test
    void pregnancyAndAPronounWhoIsNotAScale() {
        NoteExtraction x = extract("trec-202151"); // "a 25-year-old G1 P1 pregnant woman who is 24W3D gestational old"
        assertThat(x.profile().pregnant()).isTrue();
        assertThat(x.profile().sex()).isEqualTo(Sex.FEMALE);
        assertThat(x.profile().performanceStatus()).isNull();
        assertThat(x.profile().labs()).extracting(LabResult::name).containsExactly("Hb", "WBC count");
        assertThat(x.profile().labs().get(1).value()).isEqualTo(14_120);
    }

    @Test
    void aNegativePregnancyTestARelativesDiseaseAndACountPerMillilitre() {
        NoteExtraction x = extract("trec-202138");
        PatientProfile p = x.profile();
        assertThat(p.pregnant()).isFalse(); // "Beta hcg: negative for pregnancy"
        assertThat(withStatus(x, Status.FAMILY))
                .containsExactly("hypertension"); // "Her 70-year-old father has hypertension."
        assertThat(p.ageYears()).isEqualTo(35.0);
        assertThat(p.conditions()).contains("myasthenia gravis", "diplopia").doesNotContain("hypertension");
        assertThat(p.treatments()).extracting(Treatment::name).containsExactly("pyridostigmine");
        // "Plt: 300000 /ml" is not a platelet count anyone reports: left unknown, and said so
        assertThat(p.labs()).extracting(LabResult::name).containsExactly("Hgb", "WBC", "Creatinine", "BUN");
        assertThat(x.warnings()).anySatisfy(w -> assertThat(w).contains("Plt: 300000 /ml"));
    }

    @Test
    void aNewbornsAgeInDaysAndElectrolytesInMilliequivalents() {
        PatientProfile p = extract("trec-202173").profile(); // "a 3-day-old female infant"
        assertThat(p.ageYears()).isCloseTo(3 / 365.25, within(1e-6));
        assertThat(p.sex()).isEqualTo(Sex.FEMALE);
        assertThat(p.pregnant()).isNull(); // "born at 34w of gestation" is her own birth
        assertThat(p.labs())
                .extracting(LabResult::name)
                .containsExactly(
                        "total bilirubin",
                        "Direct bilirubin",
                        "AST",
                        "ALT",
                        "GGT",
                        "Alkaline phosphatase",
                        "Creatinine",
                        "Na",
                        "K",
                        "CRP"); // "Urea: 29 mg/dL" is urea, not urea nitrogen: not read
        assertThat(p.conditions()).contains("neonatal jaundice");
    }

    @Test
    void handWrittenNoteWithPerformanceStatusMetastasesAndNegations() {
        String note = "62 yo F with metastatic colorectal cancer, liver metastases and no brain mets, ECOG 1. "
                + "s/p hemicolectomy, treated with FOLFOX and bevacizumab. No history of diabetes. "
                + "Labs: ANC 1.2 x10^9/L, platelets 90,000/mm3, ALT 120 U/L, HbA1c of 9.5%, creatinine 2.1 mg/dL.";
        NoteExtraction x = extractor.extract(note);
        PatientProfile p = x.profile();
        assertThat(p.ageYears()).isEqualTo(62.0);
        assertThat(p.sex()).isEqualTo(Sex.FEMALE);
        assertThat(p.performanceStatus()).isEqualTo(new PerformanceStatus(Scale.ECOG, 1));
        assertThat(p.metastases()).containsExactly("liver");
        assertThat(withStatus(x, Status.NEGATED)).contains("diabetes");
        assertThat(p.treatments()).extracting(Treatment::name).contains("hemicolectomy", "FOLFOX", "bevacizumab");
        assertThat(p.labs())
                .containsExactly(
                        new LabResult("ANC", 1.2, "x10^9/L", null, null, null),
                        new LabResult("platelets", 90_000, "/mm3", null, null, null),
                        new LabResult("ALT", 120, "U/L", null, null, null),
                        new LabResult("HbA1c", 9.5, "%", null, null, null),
                        new LabResult("creatinine", 2.1, "mg/dL", null, null, null));
        assertThat(x.patientConditionTexts()).contains("colorectal cancer");
        for (Evidence e : x.evidence()) {
            assertThat(note.substring(e.start(), e.end())).isEqualTo(e.text());
        }
    }

    @Test
    void conditionAbbreviationsOfTheSearchTableAreReadWithTheirMeshDescriptor() {
        String note = "68 yo M with POAG and T2DM, no COPD. His mother had RA. Seen by PE in clinic.";
        NoteExtraction x = extractor.extract(note);
        assertThat(x.conditionPhrases())
                .filteredOn(c -> c.text().equals("POAG"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.meshId()).isEqualTo("D005902"); // Glaucoma, Open-Angle
                    assertThat(c.status()).isEqualTo(Status.PRESENT);
                });
        assertThat(x.patientConditionTexts()).contains("POAG", "T2DM").doesNotContain("COPD", "RA", "PE");
        assertThat(withStatus(x, Status.NEGATED)).contains("COPD");
        assertThat(withStatus(x, Status.FAMILY)).contains("RA");
        // "PE" has several senses (embolism, pre-eclampsia, effusion …): not guessed
        assertThat(x.conditionPhrases()).noneMatch(c -> c.text().equals("PE"));
        for (ConditionPhrase c : x.conditionPhrases()) {
            assertThat(note.substring(c.start(), c.end())).isEqualTo(c.text());
        }
    }

    @Test
    void aLowerCaseWordIsNoShortAbbreviation() {
        // "all" is a word, "ALL" acute lymphoblastic leukaemia; "ms" milliseconds, "MS" multiple sclerosis
        assertThat(extractor.extract("She walks all day; reaction time 300 ms.").patientConditionTexts())
                .isEmpty();
    }

    @Test
    void aFieldAnsweredNoIsNegatedAndNoTermSpansAFieldOrSentenceBoundary() {
        String note = "glaucoma. comorbid ocular diseases: corneal edema. dementia: no. prior cataract surgery: none. "
                + "swollen joints. tuberculosis: yes.";
        NoteExtraction x = extractor.extract(note);
        assertThat(withStatus(x, Status.NEGATED)).contains("dementia", "cataract");
        assertThat(x.patientConditionTexts())
                .contains("glaucoma", "corneal edema", "tuberculosis")
                .doesNotContain("dementia", "cataract");
        assertThat(x.conditionPhrases())
                .extracting(ConditionPhrase::text)
                .noneMatch(t -> t.contains(":") || t.contains("."));
    }

    @Test
    void anEmptyNoteIsRefused() {
        assertThatThrownBy(() -> extractor.extract("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }
}
