package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.model.Study;

/**
 * The older (PDQ) layout's sub-headings without a colon ("Chemotherapy" above "* Not specified") on real
 * trials of the repository sample: never read as therapy the patient must have had. Found by
 * {@code bench/run trec --false-exclusions} on TREC 2021 (NCT00008216 and NCT00004165 excluded patients
 * judged eligible for want of chemotherapy, endocrine therapy, radiotherapy and surgery).
 *
 * <ul>
 *   <li>NCT00057759: "Biologic therapy / * Not specified / Chemotherapy / * Not specified / Endocrine therapy /
 *       * More than 6 months since prior androgen suppression … / Radiotherapy / * See Disease Characteristics /
 *       Surgery / * No prior penile implant …"</li>
 *   <li>NCT00084552: the same headings over "* Not specified", "* No prior pelvic radiotherapy", "* No prior
 *       or planned radical prostate surgery".</li>
 * </ul>
 */
class PdqSubHeadingsOnRealTrialsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    private static final List<String> HEADINGS =
            List.of("Biologic therapy", "Chemotherapy", "Endocrine therapy", "Radiotherapy", "Surgery");
    private static Map<String, Study> trials;

    @BeforeAll
    static void read() {
        trials = SampleTrials.byId("NCT00057759", "NCT00084552");
    }

    @Test
    void eachSubHeadingIsKeptUnreadAndNotDropped() {
        for (Study trial : trials.values()) {
            List<CompiledCriterion> criteria =
                    TrialCompiler.compileUncached(trial).criteria();
            for (String heading : HEADINGS) {
                assertThat(criteria)
                        .as("%s: %s", trial.nctId(), heading)
                        .filteredOn(c -> c.text().equals(heading))
                        .singleElement()
                        .satisfies(c -> assertThat(c.tree()).isInstanceOf(NotComputable.class));
            }
        }
    }

    @Test
    void aPatientWithNoPriorTreatmentIsNotExcludedByTheHeadings() {
        var patient = new PatientProfileReader(CLOCK)
                .read("{\"age\":66,\"sex\":\"male\",\"conditions\":[\"prostate cancer\"],\"treatments\":[],"
                        + "\"asOf\":\"2026-11-01\"}")
                .profile();
        for (Study trial : trials.values()) {
            ScreeningResult r = new Prescreener(new TrialCompiler(), CLOCK).screen(patient, trial);
            assertThat(r.failed())
                    .as(trial.nctId())
                    .noneSatisfy(f -> assertThat(HEADINGS).contains(f.text()));
        }
    }
}
