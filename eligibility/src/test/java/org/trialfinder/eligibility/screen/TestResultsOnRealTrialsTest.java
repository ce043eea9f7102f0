package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.FhirBundleReader;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.model.Study;

/**
 * Test results on real recruiting trials of the repository's sample (issue 12 point 3): a required negative
 * test with no result stays unknown, with the test named, and never excludes; a positive result excludes
 * through an exclusion that names it; a FHIR Observation carries the result. The items are quoted from the
 * records; the expected outcomes are read from them.
 */
class TestResultsOnRealTrialsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC);
    private static Map<String, Study> trials;

    @BeforeAll
    static void load() {
        trials = SampleTrials.byId("NCT05814159", "NCT05333159", "NCT06060392");
    }

    private static ScreeningResult screen(PatientProfile p, String nctId) {
        return new Prescreener(new TrialCompiler(), CLOCK).screen(p, trials.get(nctId));
    }

    private static PatientProfile profile(String json) {
        return new PatientProfileReader(CLOCK).read(json).profile();
    }

    private static CriterionResult item(ScreeningResult r, String section, String index) {
        return r.criteria().stream()
                .filter(c -> c.section().equals(section) && index.equals(c.index()))
                .findFirst()
                .orElseThrow();
    }

    // NCT05814159 (Still's disease), inclusion 5: "The result of tuberculosis test within 8 weeks prior to
    // enrollment is negative." Read before as a tuberculosis diagnosis the patient lacks: it excluded everyone.
    private static final String STILL =
            "{\"age\":34,\"sex\":\"female\",\"conditions\":[\"adult-onset Still's disease\"]";

    @Test
    void aPatientWithNoTuberculosisTestIsNotExcludedAndTheTestIsNamed() {
        ScreeningResult r = screen(profile(STILL + "}"), "NCT05814159");
        CriterionResult tb = item(r, "inclusion", "5");
        assertThat(tb.text()).contains("tuberculosis test");
        assertThat(tb.criterion()).isEqualTo("test(TB) = negative");
        assertThat(tb.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(tb.missing()).singleElement().asString().contains("tuberculosis test");
        assertThat(r.failed()).doesNotContain(tb);
        assertThat(r.verdict()).isNotEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void aNegativeIgraObservationInAFhirBundleMeetsTheTuberculosisItem() {
        String bundle = """
                {"resourceType":"Bundle","type":"collection","entry":[
                 {"resource":{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1991-03-02"}},
                 {"resource":{"resourceType":"Condition","id":"c1","code":{"text":"adult-onset Still's disease"}}},
                 {"resource":{"resourceType":"Observation","id":"igra","status":"final",
                  "code":{"coding":[{"system":"http://loinc.org","code":"71773-6",
                    "display":"Mycobacterium tuberculosis stimulated gamma interferon [Interpretation] in Blood"}]},
                  "effectiveDateTime":"2026-01-05",
                  "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"260385009","display":"Negative"}]}}}
                ]}""";
        PatientProfile p = new FhirBundleReader(CLOCK).read(bundle).profile();
        CriterionResult tb = item(screen(p, "NCT05814159"), "inclusion", "5");
        assertThat(tb.outcome()).isEqualTo(Outcome.MET);
        assertThat(tb.facts()).anyMatch(f -> f.contains("negative"));
        // a positive one fails it, as the trial says
        PatientProfile positive = profile(STILL + ",\"tests\":{\"QuantiFERON\":\"positive\"}}");
        assertThat(item(screen(positive, "NCT05814159"), "inclusion", "5").outcome())
                .isEqualTo(Outcome.NOT_MET);
    }

    // NCT05333159 (SGLT-2 inhibitor after PCI), exclusion 4: "History of hepatitis B surface antigen or
    // hepatitis C antibody positive".
    private static final String PCI =
            "{\"age\":61,\"sex\":\"male\",\"conditions\":[\"coronary heart disease\",\"type 2 diabetes mellitus\"]";

    @Test
    void aPositiveHbsAgExcludesThroughTheExclusionThatNamesIt() {
        ScreeningResult r = screen(profile(PCI + ",\"tests\":{\"HBsAg\":\"positive\"}}"), "NCT05333159");
        CriterionResult hep = item(r, "exclusion", "4");
        assertThat(hep.criterion()).isEqualTo("or(test(HBSAG) = positive, test(HCV_AB) = positive)");
        assertThat(hep.outcome()).isEqualTo(Outcome.MET);
        assertThat(r.failed()).contains(hep);
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void withoutResultsTheSerologyExclusionIsUnknownNotAMissingDiagnosis() {
        ScreeningResult none = screen(profile(PCI + "}"), "NCT05333159");
        CriterionResult hep = item(none, "exclusion", "4");
        assertThat(hep.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(hep.missing()).anyMatch(m -> m.contains("HBsAg")).anyMatch(m -> m.contains("HCV antibody"));
        assertThat(none.failed()).doesNotContain(hep);
        // both negative: the exclusion does not apply
        ScreeningResult both =
                screen(profile(PCI + ",\"tests\":{\"HBsAg\":\"negative\",\"anti-HCV\":\"negative\"}}"), "NCT05333159");
        assertThat(item(both, "exclusion", "4").outcome()).isEqualTo(Outcome.NOT_MET);
    }

    // NCT06060392 (liver transplant, diabetes), exclusion 15: "History of human immunodeficiency virus (HIV)
    // antibody positive at Screening."
    @Test
    void aKnownHivInfectionMakesAnHivAntibodyExclusionMetWhileItsAbsenceDecidesNothing() {
        String base = "{\"age\":55,\"sex\":\"male\",\"conditions\":[\"liver transplantation\",\"type 2 diabetes\"";
        CriterionResult withHiv =
                item(screen(profile(base + ",\"HIV infection\"]}"), "NCT06060392"), "exclusion", "15");
        assertThat(withHiv.criterion()).isEqualTo("test(HIV) = positive");
        assertThat(withHiv.outcome()).isEqualTo(Outcome.MET);
        assertThat(withHiv.facts()).anyMatch(f -> f.contains("HIV infection"));
        CriterionResult without = item(screen(profile(base + "]}"), "NCT06060392"), "exclusion", "15");
        assertThat(without.outcome()).isEqualTo(Outcome.UNKNOWN);
    }
}
