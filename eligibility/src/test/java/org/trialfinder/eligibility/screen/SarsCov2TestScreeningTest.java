package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.FhirBundleReader;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.model.Study;

/**
 * A SARS-CoV-2 test result carried by a FHIR Observation (LOINC 94500-6, SARS-CoV-2 RNA [Presence] in
 * Respiratory specimen by NAA) against the inclusion of NCT05897541 (its item 5, as written): "Has a negative
 * screening for SARS-CoV-2 infection, as determined by SARS-CoV-2 test (…)". A negative result meets it; a
 * positive one leaves the unread rest to the trial team; no result is unknown, never a missing diagnosis.
 */
class SarsCov2TestScreeningTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String ITEM = "Has a negative screening for SARS-CoV-2 infection, as determined by SARS-CoV-2"
            + " test (a nucleic acid amplification test or antigen test) from any respiratory tract specimen (for"
            + " example, oropharyngeal, nasopharyngeal or nasal swab, or saliva).";
    private static final Study TRIAL =
            PrescreenerTest.study("NCT00000104", "2025-01-01", "Inclusion Criteria:\n\n* " + ITEM, null, "ALL");
    private final Prescreener prescreener = new Prescreener(new TrialCompiler(), CLOCK);

    private static PatientProfile patient(String observation) {
        return new FhirBundleReader(CLOCK)
                .read("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
                        + "{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p\",\"gender\":\"male\","
                        + "\"birthDate\":\"1980-01-01\"}}" + observation + "]}")
                .profile();
    }

    private static String pcr(String snomed) {
        return ",{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"pcr\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"94500-6\"}]},"
                + "\"effectiveDateTime\":\"2026-10-30\",\"valueCodeableConcept\":{\"coding\":[{\"system\":"
                + "\"http://snomed.info/sct\",\"code\":\"" + snomed + "\"}]}}}";
    }

    private CriterionResult item(PatientProfile p) {
        return prescreener.screen(p, TRIAL).criteria().getFirst();
    }

    @Test
    void aNegativePcrMeetsTheInclusion() {
        // SNOMED CT 260415000 "Not detected"
        CriterionResult r = item(patient(pcr("260415000")));
        assertThat(r.outcome()).isEqualTo(Outcome.MET);
        assertThat(r.facts()).singleElement().asString().contains("negative");
    }

    @Test
    void aPositivePcrIsNotDecidedAgainstThePatient() {
        // SNOMED CT 260373001 "Detected": the negative test the item names is not there; the rest is unread
        assertThat(item(patient(pcr("260373001"))).outcome()).isNotEqualTo(Outcome.MET);
        assertThat(item(patient(pcr("260373001"))).outcome()).isNotEqualTo(Outcome.NOT_MET);
    }

    @Test
    void noResultIsUnknown() {
        CriterionResult r = item(patient(""));
        assertThat(r.outcome()).isIn(Outcome.UNKNOWN, Outcome.NOT_COMPUTABLE);
        assertThat(r.outcome()).isNotEqualTo(Outcome.NOT_MET);
    }
}
