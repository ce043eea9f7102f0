package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.FhirBundleReader;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

/**
 * The added labs as a patient brings them, against real trials of the repository sample: CRP from a FHIR
 * Observation (LOINC 1988-5, C reactive protein [Mass/volume] in Serum or Plasma, in mg/L) against NCT01640457's
 * exclusion "CRP > 10mg/dl" (10 mg/dL = 100 mg/L by UCUM), and GGT from a profile against NCT02369484's inclusion
 * "GGT < 2.5 × ULN.". The screening date is 2026-11-01.
 */
class AddedLabsOnRealTrialsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Path SAMPLE = Path.of("../sample/ctgov-v2-sample.jsonl.gz");
    private static final Map<String, Study> TRIALS = new HashMap<>();
    private final Prescreener prescreener = new Prescreener(new TrialCompiler(), CLOCK);

    @BeforeAll
    static void readTrials() throws IOException {
        Set<String> wanted = Set.of("NCT01640457", "NCT02369484");
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(SAMPLE)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && TRIALS.size() < wanted.size(); line = r.readLine()) {
                for (String id : wanted) {
                    if (line.contains("\"nctId\":\"" + id + "\"")) {
                        TRIALS.put(id, StudyJson.parse(line));
                    }
                }
            }
        }
        assertThat(TRIALS.keySet()).isEqualTo(wanted);
    }

    private static CriterionResult item(ScreeningResult r, String section, String text) {
        return r.criteria().stream()
                .filter(c -> c.section().equalsIgnoreCase(section)
                        && c.text().strip().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + section + " '" + text + "' in " + r.criteria()));
    }

    private static PatientProfile crp(double mgPerL) {
        return new FhirBundleReader(CLOCK)
                .read("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
                        + "{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p\",\"gender\":\"male\","
                        + "\"birthDate\":\"1960-01-01\"}},"
                        + "{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"crp\",\"status\":\"final\","
                        + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"1988-5\"}]},"
                        + "\"effectiveDateTime\":\"2026-10-20\",\"valueQuantity\":{\"value\":" + mgPerL
                        + ",\"unit\":\"mg/L\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mg/L\"}}}]}")
                .profile();
    }

    @Test
    void crpFromFhirAgainstALimitInMilligramsPerDecilitre() {
        Study trial = TRIALS.get("NCT01640457");
        CriterionResult low = item(prescreener.screen(crp(25), trial), "exclusion", "CRP > 10mg/dl");
        assertThat(low.outcome()).isEqualTo(Outcome.NOT_MET);
        CriterionResult high = item(prescreener.screen(crp(150), trial), "exclusion", "CRP > 10mg/dl");
        assertThat(high.outcome()).isEqualTo(Outcome.MET);
        CriterionResult none = item(
                prescreener.screen(
                        new PatientProfileReader(CLOCK).read("{\"age\":60}").profile(), trial),
                "exclusion",
                "CRP > 10mg/dl");
        assertThat(none.outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    private static PatientProfile ggt(String lab) {
        return new PatientProfileReader(CLOCK)
                .read("{\"age\":60,\"sex\":\"male\",\"labs\":[" + lab + "]}")
                .profile();
    }

    @Test
    void ggtAgainstItsUpperLimitOfNormal() {
        Study trial = TRIALS.get("NCT02369484");
        // 150 U/L against a ULN of 50: 3 × ULN, not < 2.5 × ULN
        CriterionResult high = item(
                prescreener.screen(ggt("{\"name\":\"GGT\",\"value\":150,\"unit\":\"U/L\",\"uln\":50}"), trial),
                "inclusion",
                "GGT < 2.5 × ULN.");
        assertThat(high.outcome()).isEqualTo(Outcome.NOT_MET);
        CriterionResult fine = item(
                prescreener.screen(
                        ggt("{\"name\":\"gamma-glutamyl transferase\",\"value\":60,\"unit\":\"U/L\",\"uln\":50}"),
                        trial),
                "inclusion",
                "GGT < 2.5 × ULN.");
        assertThat(fine.outcome()).isEqualTo(Outcome.MET);
    }
}
