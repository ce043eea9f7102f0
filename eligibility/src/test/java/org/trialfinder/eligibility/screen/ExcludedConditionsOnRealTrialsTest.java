package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.model.Study;

/**
 * Patients against conditions that real trials of the sample exclude, read through MeSH. What each patient should
 * get comes from the trial's text and the MeSH tree: restless legs syndrome (C10.886.425.800.700) is a sleep
 * disorder (Sleep Wake Disorders, C10.886) other than insomnia (C10.886.425.800.800); osteomalacia
 * (C05.116.198.816.640) is a metabolic bone disease (C05.116.198); relapsing-remitting multiple sclerosis
 * (C10.114.375.500.600) is a multiple sclerosis (C10.114.375.500); sickle cell anaemia is Anemia, Sickle Cell.
 */
class ExcludedConditionsOnRealTrialsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC);
    private static Map<String, Study> sample;
    private final Prescreener prescreener = new Prescreener(new TrialCompiler(), CLOCK);

    @BeforeAll
    static void load() throws IOException {
        sample = CompiledTrialCodecTest.sample().stream().collect(Collectors.toMap(Study::nctId, Function.identity()));
    }

    private ScreeningResult screen(String nctId, String patientJson) {
        return prescreener.screen(
                new PatientProfileReader(CLOCK).read(patientJson).profile(), sample.get(nctId));
    }

    private static CriterionResult exclusion(ScreeningResult r, String index) {
        return r.criteria().stream()
                .filter(c -> c.section().equals("exclusion") && c.index().equals(index))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSleepDisorderOtherThanInsomniaExcludesFromAnInsomniaTrial() {
        // NCT05809544 exclusion 2: "sleep disorders diagnosis other than insomnia (ex. Obstructive sleep apnea, …)"
        ScreeningResult withRestlessLegs = screen(
                "NCT05809544",
                "{\"age\":40,\"sex\":\"female\",\"conditions\":[\"insomnia\",\"restless legs syndrome\"]}");
        assertThat(withRestlessLegs.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(withRestlessLegs.failed()).extracting(CriterionResult::index).containsExactly("2");
        assertThat(withRestlessLegs.failed().get(0).facts())
                .containsExactly("condition 'restless legs syndrome' counts as Sleep Wake Disorders (MeSH D012893)"
                        + " other than Sleep Initiation and Maintenance Disorders (MeSH D007319)");

        ScreeningResult insomniaOnly =
                screen("NCT05809544", "{\"age\":40,\"sex\":\"female\",\"conditions\":[\"insomnia\"]}");
        assertThat(exclusion(insomniaOnly, "2").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(insomniaOnly.verdict()).isNotEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void aConditionUnderTheExcludedDescriptorExcludesWithTheConditionNamed() {
        // NCT04623593 exclusion 6: "Metabolic bone disease."
        ScreeningResult osteomalacia = screen(
                "NCT04623593",
                "{\"age\":55,\"sex\":\"male\",\"conditions\":[\"cervical spondylosis\",\"osteomalacia\"]}");
        assertThat(osteomalacia.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(osteomalacia.failed()).extracting(CriterionResult::index).containsExactly("6");
        assertThat(osteomalacia.failed().get(0).facts())
                .containsExactly("condition 'osteomalacia' counts as Bone Diseases, Metabolic (MeSH D001851)");
        assertThat(exclusion(screen("NCT04623593", "{\"age\":55,\"conditions\":[\"cervical spondylosis\"]}"), "6")
                        .outcome())
                .isEqualTo(Outcome.NOT_MET);

        // NCT00867815 exclusion 1: "History of multiple sclerosis or optic neuritis"
        ScreeningResult ms = screen(
                "NCT00867815",
                "{\"age\":60,\"sex\":\"male\",\"conditions\":[\"anterior ischemic optic neuropathy\","
                        + "\"relapsing-remitting multiple sclerosis\"]}");
        assertThat(ms.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(ms.failed()).extracting(CriterionResult::index).containsExactly("1");
        assertThat(ms.failed().get(0).facts())
                .contains("condition 'relapsing-remitting multiple sclerosis' counts as Multiple Sclerosis (MeSH"
                        + " D009103)");
    }

    @Test
    void anExclusionNamingTheTrialsOwnConditionIsNeverReadAsHavingIt() {
        // NCT00867815 is a trial of NAION (Optic Neuropathy, Ischemic, D018917): its exclusion 4 "Previous history of
        // NAION" is an earlier episode, which every participant's current NAION does not tell
        ScreeningResult r = screen(
                "NCT00867815", "{\"age\":60,\"sex\":\"male\",\"conditions\":[\"anterior ischemic optic neuropathy\"]}");
        CriterionResult previous = exclusion(r, "4");
        assertThat(previous.criterion()).isEqualTo("and(diagnosis(MESH:D018917), not_computable)");
        assertThat(previous.outcome()).isEqualTo(Outcome.NOT_COMPUTABLE);
        assertThat(r.failed()).isEmpty();
    }

    @Test
    void typeTwoDiabetesAgainstAnExclusionOfDiabetesMellitus() {
        // NCT00652262 exclusion 1: "History of diabetes mellitus"
        ScreeningResult r = screen(
                "NCT00652262",
                "{\"age\":40,\"sex\":\"male\",\"conditions\":[\"erectile dysfunction\",\"spinal cord injury\","
                        + "\"type 2 diabetes\"]}");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(r.failed()).extracting(CriterionResult::index).containsExactly("1");
        assertThat(r.failed().get(0).facts()).containsExactly("condition 'type 2 diabetes'");
    }

    @Test
    void aPatientWithoutTheConditionIsNotExcludedByGuessWhenTheItemHasUnreadParts() {
        // NCT02713789 exclusion 1: "A history of sickle-cell disease, sickle cell trait, or any other medical
        // condition that, in the judgment of the investigator, would contraindicate …"
        ScreeningResult without =
                screen("NCT02713789", "{\"age\":50,\"sex\":\"male\",\"conditions\":[\"erectile dysfunction\"]}");
        CriterionResult item = exclusion(without, "1");
        assertThat(item.criterion()).isEqualTo("or(diagnosis(MESH:D000755), diagnosis(MESH:D012805), not_computable)");
        // undecided for the unread alternative, never "not met" by guess nor "met"
        assertThat(item.outcome()).isEqualTo(Outcome.NOT_COMPUTABLE);
        assertThat(without.failed()).isEmpty();
        assertThat(without.verdict()).isEqualTo(Verdict.POSSIBLY_ELIGIBLE);

        ScreeningResult with = screen(
                "NCT02713789",
                "{\"age\":50,\"sex\":\"male\",\"conditions\":[\"erectile dysfunction\",\"sickle cell anemia\"]}");
        assertThat(with.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(with.failed()).extracting(CriterionResult::index).containsExactly("1");
    }
}
