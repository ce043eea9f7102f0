package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.TestResultCheck;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.model.text.TextSpan;
import org.trialfinder.model.vocab.OverallStatus;

/**
 * The compiled form stored at ingest is the compiled trial itself: over every real record of the sample,
 * decoding the encoding gives a trial equal to the one compiled (every node, span and text), and patients
 * screened against either get equal results.
 */
public class CompiledTrialCodecTest {
    private static final Path SAMPLE = Path.of("../sample/ctgov-v2-sample.jsonl.gz");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC);

    private static final List<String> PATIENTS = List.of("""
            {"age":58,"sex":"female","pregnant":false,"performanceStatus":{"scale":"ECOG","value":1},
             "labs":[{"name":"ANC","value":1500,"unit":"/uL"},{"name":"ALT","value":30,"unit":"U/L","uln":40}],
             "conditions":["recurrent rectal cancer"],"metastases":["liver"],
             "treatments":[{"name":"oxaliplatin","date":"2025-03-01"}]}
            """, """
            {"age":9,"sex":"male","conditions":["asthma"]}
            """, """
            {}
            """);

    private static List<CompiledTrial> compiledSample;

    /** Every sample trial compiled, once for the class (compiling 1,492 trials takes seconds). */
    private static synchronized List<CompiledTrial> compiledSample() throws IOException {
        if (compiledSample == null) {
            compiledSample =
                    sample().stream().map(TrialCompiler::compileUncached).toList();
        }
        return compiledSample;
    }

    public static List<Study> sample() throws IOException {
        List<Study> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(SAMPLE)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(StudyJson.parse(line.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    @Test
    void everySampleTrialDecodesToTheTrialCompiled() throws IOException {
        List<Study> sample = sample();
        assertThat(sample).hasSizeGreaterThan(1400);
        int criteria = 0;
        for (Study s : sample) {
            CompiledTrial compiled = TrialCompiler.compileUncached(s);
            CompiledTrial decoded = CompiledTrialCodec.decode(CompiledTrialCodec.encode(compiled));
            assertThat(decoded).as(s.nctId()).isEqualTo(compiled);
            criteria += compiled.criteria().size();
        }
        assertThat(criteria).isGreaterThan(20_000);
    }

    @Test
    void patientsGetTheSameResultsFromTheDecodedTrial() throws IOException {
        Prescreener prescreener = new Prescreener(new TrialCompiler(), CLOCK);
        List<PatientProfile> patients = PATIENTS.stream()
                .map(p -> new PatientProfileReader(CLOCK).read(p).profile())
                .toList();
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        for (CompiledTrial compiled : compiledSample()) {
            CompiledTrial decoded = CompiledTrialCodec.decode(CompiledTrialCodec.encode(compiled));
            for (PatientProfile p : patients) {
                assertThat(prescreener.screen(p, decoded))
                        .as(compiled.nctId())
                        .isEqualTo(prescreener.screen(p, compiled));
            }
        }
    }

    @Test
    void theVerdictFromTheStoredChecksIsTheScreeningsVerdict() throws IOException {
        Prescreener prescreener = new Prescreener(new TrialCompiler(), CLOCK);
        List<PatientProfile> patients = PATIENTS.stream()
                .map(p -> new PatientProfileReader(CLOCK).read(p).profile())
                .toList();
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        int grouped = 0;
        for (CompiledTrial compiled : compiledSample()) {
            TrialChecks checks = CompiledTrialCodec.decodeChecks(CompiledTrialCodec.encode(compiled));
            grouped += compiled.criteria().stream().anyMatch(c -> !c.groups().isEmpty()) ? 1 : 0;
            for (PatientProfile p : patients) {
                PatientFacts facts = prescreener.facts(p);
                Verdict full = Prescreener.screen(facts, compiled).verdict();
                assertThat(Prescreener.verdict(prescreener.facts(p), checks))
                        .as(compiled.nctId())
                        .isEqualTo(full);
                verdicts.add(full);
            }
        }
        // "eligible" needs every medical criterion decided: no sample trial is read that far for these patients
        assertThat(verdicts).contains(Verdict.NOT_ELIGIBLE, Verdict.POSSIBLY_ELIGIBLE);
        assertThat(grouped).as("trials with patient groups").isGreaterThan(5);
    }

    @Test
    void onlyRecruitingTrialsAreCompiledAtIngest() throws IOException {
        CompiledCriteriaAttachment attachment = new CompiledCriteriaAttachment();
        int recruiting = 0;
        for (Study s : sample()) {
            if (s.overallStatus() == OverallStatus.RECRUITING) {
                recruiting++;
                assertThat(attachment.derive(s).flatMap(CompiledCriteriaAttachment::decode))
                        .as(s.nctId())
                        .hasValue(TrialCompiler.compileUncached(s));
            } else {
                assertThat(attachment.derive(s)).as(s.nctId()).isEmpty();
            }
        }
        assertThat(recruiting).isGreaterThan(100);
    }

    @Test
    void bytesOfAnotherFormatOrCutShortAreRefused() throws IOException {
        byte[] bytes = CompiledTrialCodec.encode(TrialCompiler.compileUncached(sample().get(0)));
        byte[] other = bytes.clone();
        other[0] = (byte) (CompiledTrialCodec.FORMAT + 1);
        assertThatThrownBy(() -> CompiledTrialCodec.decode(other)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CompiledCriteriaAttachment.decode(other)).isEmpty();
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
        assertThatThrownBy(() -> CompiledTrialCodec.decode(cut)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theChecksAloneAreTheCompiledTrialsChecks() throws IOException {
        for (CompiledTrial compiled : compiledSample()) {
            TrialChecks checks = CompiledTrialCodec.decodeChecks(CompiledTrialCodec.encode(compiled));
            assertThat(checks.nctId()).isEqualTo(compiled.nctId());
            assertThat(checks.checks())
                    .as(compiled.nctId())
                    .isEqualTo(compiled.criteria().stream()
                            .map(c -> new CompiledCheck(c.source(), c.section(), c.tree(), c.groups()))
                            .toList());
        }
    }

    @Test
    void testResultsRoundTripWithTheirSpans() {
        String text = "Inclusion Criteria:\n* HBsAg negative and TB test negative\n";
        Criterion tree = new And(
                List.of(
                        new TestResultCheck(
                                TestResultCheck.Test.HBSAG, TestResultCheck.Result.NEGATIVE, new TextSpan(22, 36)),
                        new Not(
                                new TestResultCheck(
                                        TestResultCheck.Test.TB, TestResultCheck.Result.POSITIVE, new TextSpan(41, 57)),
                                new TextSpan(41, 57))),
                new TextSpan(22, 57));
        CompiledTrial trial = new CompiledTrial(
                "NCT00000000",
                "2026-01-01",
                text,
                List.of(new CompiledCriterion(
                        "criteria",
                        Section.INCLUSION,
                        "1",
                        "HBsAg negative and TB test negative",
                        tree,
                        new TextSpan(22, 57))));
        byte[] bytes = CompiledTrialCodec.encode(trial);
        assertThat(CompiledTrialCodec.decode(bytes)).isEqualTo(trial);
        assertThat(CompiledTrialCodec.decode(bytes).criteria().get(0).notation())
                .isEqualTo("and(test(HBSAG) = negative, not(test(TB) = positive))");
        for (TestResultCheck.Test test : TestResultCheck.Test.values()) {
            for (TestResultCheck.Result result : TestResultCheck.Result.values()) {
                CompiledTrial one = new CompiledTrial(
                        "NCT00000001",
                        null,
                        text,
                        List.of(new CompiledCriterion(
                                "criteria",
                                Section.EXCLUSION,
                                "1",
                                "x",
                                new TestResultCheck(test, result, TextSpan.NONE),
                                new TextSpan(0, 1))));
                assertThat(CompiledTrialCodec.decodeChecks(CompiledTrialCodec.encode(one))
                                .checks()
                                .get(0)
                                .tree())
                        .isEqualTo(new TestResultCheck(test, result, TextSpan.NONE));
            }
        }
    }

    @Test
    void theVersionNamesTheFormatAndTheCompilerCode() {
        assertThat(new CompiledCriteriaAttachment().version()).matches(CompiledTrialCodec.FORMAT + "-[0-9a-f]{16}");
    }
}
