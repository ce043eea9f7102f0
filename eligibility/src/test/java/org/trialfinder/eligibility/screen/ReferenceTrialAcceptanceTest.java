package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trialfinder.eligibility.criterion.CatalogUnits;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Equivalence;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.eligibility.parse.CriterionParser;
import org.trialfinder.eligibility.split.CriteriaSplitter;
import org.trialfinder.eligibility.split.CriterionItem;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.eligibility.split.SplitCriteria;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

/**
 * The acceptance for NCT06751394 (the repository's own copy of the record): the parsed trees of
 * inclusion 1-2, 5, 7, 9 and exclusion 1-4, 8, 9, 14-16, written by reading the text; and three patients.
 */
class ReferenceTrialAcceptanceTest {

    private static Study study;
    private static SplitCriteria split;
    private static final Equivalence SAME = new Equivalence(CatalogUnits.INSTANCE);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void read() throws IOException {
        study = StudyJson.parse(Files.readString(Path.of("../sample/NCT06751394.json")));
        split = CriteriaSplitter.split(
                study.protocolSection().eligibilityModule().eligibilityCriteria());
    }

    static Stream<Arguments> items() {
        return Stream.of(
                // "Patient is 18-75 years old at the time of signing the informed consent form."
                Arguments.of(Section.INCLUSION, "1", "and(age >= 18 a, age <= 75 a)"),
                // "ECOG performance status 0-1."
                Arguments.of(Section.INCLUSION, "2", "ecog in {0,1}"),
                // "No prior radiotherapy within 6 months."
                Arguments.of(Section.INCLUSION, "5", "not(within(6 mo, therapy(radiotherapy)))"),
                // "Life expectancy at least 24 weeks."
                Arguments.of(Section.INCLUSION, "7", "life_expectancy >= 24 wk"),
                // "Non pregnancy or lactation."
                Arguments.of(Section.INCLUSION, "9", "not(or(pregnant, lactating))"),
                // "Neutrophil < 1.5×10^9/L, PLT < 75×10^9/L." (either out of range excludes)
                Arguments.of(Section.EXCLUSION, "1", "or(lab(ANC) < 1.5 10*9/L, lab(PLATELETS) < 75 10*9/L)"),
                // "TBIL > 1.5 ULN."
                Arguments.of(Section.EXCLUSION, "2", "lab(BILIRUBIN) > 1.5 ULN"),
                // "AST or ALT > 2.5 ULN, or ALT and / or AST > 5 ULN in patients with liver metastasis."
                Arguments.of(
                        Section.EXCLUSION,
                        "3",
                        "or(and(not(metastasis(liver)), or(lab(AST) > 2.5 ULN, lab(ALT) > 2.5 ULN)),"
                                + " and(metastasis(liver), or(lab(AST) > 5 ULN, lab(ALT) > 5 ULN)))"),
                // "Cr > 1.5 ULN."
                Arguments.of(Section.EXCLUSION, "4", "lab(CREATININE) > 1.5 ULN"),
                // "Congestive cardiac failure ≥ NYHA grade 2."
                Arguments.of(Section.EXCLUSION, "8", "and(diagnosis(heart_failure), nyha >= 2)"),
                // "HIV infection or AIDS, untreated active hepatitis (hepatitis B defined as HBV-DNA ≥ 500 IU/ml;
                // hepatitis C
                // defined as HCV-RNA higher than lower limit of detection) or hepatitis B and hepatitis C virus
                // co-infection."
                // HIV/AIDS and the B+C co-infection are read exactly; "untreated active hepatitis (… defined as …; …
                // higher
                // than lower limit of detection)" is an unread alternative (an untreated state, a detection limit), so
                // HIV
                // or the co-infection excludes and the rest is left to a person.
                Arguments.of(
                        Section.EXCLUSION,
                        "9",
                        "or(diagnosis(hiv), and(diagnosis(hepatitis_b), diagnosis(hepatitis_c)), not_computable)"),
                // "History of any immune checkpoint inhibitor therapy."
                Arguments.of(Section.EXCLUSION, "14", "therapy(immune_checkpoint_inhibitor)"),
                // "Clinically detectable second primary malignancy, or history of other malignancies within 5 years."
                Arguments.of(
                        Section.EXCLUSION,
                        "15",
                        "or(diagnosis(second_malignancy), within(5 a, diagnosis(second_malignancy)))"),
                // "Pregnant or lactating women or women who may be pregnant have a positive pregnancy test before the
                // first
                // medication; Or the female participants themselves and their partners who were unwilling to implement
                // strict
                // contraception during the study period."
                // "women who may be pregnant" and the partners' unwillingness are unread alternatives.
                Arguments.of(Section.EXCLUSION, "16", "or(pregnant, lactating, not_computable)"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("items")
    void parsesTheItemExactly(Section section, String index, String expected) {
        CriterionItem item = split.find(section, index);
        assertThat(item).as(section + " " + index).isNotNull();
        Criterion parsed = CriterionParser.parse(item.text(), section);
        assertThat(SAME.equivalent(parsed, Notation.parse(expected)))
                .as("%s %s: %s%n  parsed   %s", section, index, item.text(), Notation.print(parsed))
                .isTrue();
    }

    private static PatientProfile patient(String labs, String metastases) {
        String json = "{\"age\":58,\"sex\":\"female\",\"pregnant\":false,\"lactating\":false,"
                + "\"performanceStatus\":{\"scale\":\"ECOG\",\"value\":1},\"lifeExpectancyMonths\":12,"
                + "\"labs\":[" + labs + "],"
                + "\"conditions\":[\"recurrent rectal cancer\"],\"metastases\":[" + metastases + "],"
                + "\"treatments\":[{\"name\":\"oxaliplatin\",\"date\":\"2025-03-01\"}],\"asOf\":\"2026-11-01\"}";
        return new PatientProfileReader(CLOCK).read(json).profile();
    }

    private static final String NORMAL_LABS = "{\"name\":\"ANC\",\"value\":2100,\"unit\":\"/uL\"},"
            + "{\"name\":\"PLT\",\"value\":210,\"unit\":\"10^9/L\"},"
            + "{\"name\":\"TBIL\",\"value\":0.8,\"unit\":\"mg/dL\",\"uln\":1.2},"
            + "{\"name\":\"AST\",\"value\":28,\"unit\":\"U/L\",\"uln\":40},"
            + "{\"name\":\"creatinine\",\"value\":0.9,\"unit\":\"mg/dL\",\"uln\":1.2}";

    private static ScreeningResult screen(PatientProfile p) {
        return new Prescreener(new TrialCompiler(), CLOCK).screen(p, study);
    }

    @Test
    void aPatientMeetingEveryCheckableCriterionIsOnlyPossiblyEligibleWhileMedicalCriteriaAreUnread() {
        ScreeningResult r =
                screen(patient(NORMAL_LABS + ",{\"name\":\"ALT\",\"value\":30,\"unit\":\"U/L\",\"uln\":40}", ""));
        assertThat(r.failed()).isEmpty();
        assertThat(r.missingFacts()).isEmpty();
        // Inclusion 3 (pelvic recurrence confirmed by pathology or imaging) and exclusion 5 (serious electrolyte
        // abnormalities) are about the patient's health and cannot be checked from a profile: "eligible" would
        // promise more than was checked.
        assertThat(r.verdict()).as("%s", r).isEqualTo(Verdict.POSSIBLY_ELIGIBLE);
        // what could not be read is listed for the trial team, and did not decide
        assertThat(r.notComputable()).extracting(CriterionResult::index).contains("3", "10", "5", "17");
        // inclusion 10 is the consent: procedural, it does not count against the patient
        assertThat(result(r, "inclusion", "10").procedural()).isTrue();
        assertThat(result(r, "inclusion", "3").procedural()).isFalse();
        assertThat(result(r, "exclusion", "17").procedural())
                .as("the investigator's judgement of clinical or laboratory abnormalities is medical")
                .isFalse();
        Coverage c = r.coverage();
        assertThat(c.criteria()).isEqualTo(r.criteria().size());
        assertThat(c.procedural()).isEqualTo(1);
        assertThat(c.notRead()).isEqualTo(r.notComputable().size() - 1);
        assertThat(c.decided() + c.notRead() + c.procedural()).isEqualTo(c.criteria());
        assertThat(result(r, "exclusion", "1").facts()).contains("ANC 2100 /uL = 2.1 10*9/L", "PLT 210 10^9/L");
        assertThat(result(r, "exclusion", "14").outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void neutrophilsOf1200PerMicrolitreExclude() {
        String labs = NORMAL_LABS.replace("\"value\":2100", "\"value\":1200")
                + ",{\"name\":\"ALT\",\"value\":30,\"unit\":\"U/L\",\"uln\":40}";
        ScreeningResult r = screen(patient(labs, ""));
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.section()).isEqualTo("exclusion");
            assertThat(f.index()).isEqualTo("1");
            assertThat(f.outcome()).isEqualTo(Outcome.MET);
            assertThat(f.facts()).contains("ANC 1200 /uL = 1.2 10*9/L");
            assertThat(f.decidingText()).isEqualTo("Neutrophil \\< 1.5×10^9/L");
        });
    }

    @Test
    void altAt3TimesUlnExcludesWithoutLiverMetastasesButNotWithThem() {
        String labs = NORMAL_LABS + ",{\"name\":\"ALT\",\"value\":120,\"unit\":\"U/L\",\"uln\":40}";
        ScreeningResult without = screen(patient(labs, ""));
        assertThat(without.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(without.failed()).singleElement().satisfies(f -> {
            assertThat(f.index()).isEqualTo("3");
            assertThat(f.facts()).contains("ALT 120 U/L = 3 × ULN (ULN 40 U/L)");
        });

        ScreeningResult with = screen(patient(labs, "\"liver\""));
        assertThat(with.failed()).isEmpty();
        assertThat(with.verdict()).isIn(Verdict.ELIGIBLE, Verdict.POSSIBLY_ELIGIBLE);
        CriterionResult alt = result(with, "exclusion", "3");
        assertThat(alt.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(alt.facts()).contains("metastasis: liver", "ALT 120 U/L = 3 × ULN (ULN 40 U/L)");
    }

    @Test
    void aGenericUlnIsUsedOnlyWhenTheProfileGivesNoneAndSaidSo() {
        String labs = NORMAL_LABS + ",{\"name\":\"ALT\",\"value\":30,\"unit\":\"U/L\"}";
        ScreeningResult r = screen(patient(labs, ""));
        assertThat(r.defaultsUsed()).singleElement().asString().startsWith("ULN default 40 U/L used for ALT");
        assertThat(r.failed()).isEmpty();
    }

    @Test
    void missingLabsMakeThePatientPossiblyEligibleAndAreNamed() {
        ScreeningResult r = screen(patient("{\"name\":\"ANC\",\"value\":2100,\"unit\":\"/uL\"}", ""));
        assertThat(r.verdict()).isEqualTo(Verdict.POSSIBLY_ELIGIBLE);
        assertThat(r.missingFacts())
                .anySatisfy(m -> assertThat(m).contains("PLATELETS"))
                .anySatisfy(m -> assertThat(m).contains("BILIRUBIN"));
    }

    private static CriterionResult result(ScreeningResult r, String section, String index) {
        return r.criteria().stream()
                .filter(c -> c.section().equals(section) && c.index().equals(index))
                .findFirst()
                .orElseThrow();
    }
}
