package org.trialfinder.eligibility.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.eligibility.intake.PatientReading;
import org.trialfinder.eligibility.screen.CompiledCriteriaAttachment;
import org.trialfinder.eligibility.screen.Prescreener;
import org.trialfinder.eligibility.screen.ScreeningResult;
import org.trialfinder.eligibility.screen.TrialCompiler;
import org.trialfinder.eligibility.screen.Verdict;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.model.NctId;
import org.trialfinder.model.Study;
import org.trialfinder.model.vocab.OverallStatus;

/**
 * The criteria compiled when the bundled sample is ingested give the same verdicts, criterion by criterion,
 * as compiling each trial on demand from its stored record: for every recruiting trial of the sample, both
 * through the scans of all recruiting trials (full results, verdicts alone) and through the one-trial
 * screening the API and pages use.
 */
class CompiledAtIngestTest {
    @TempDir
    static Path dir;

    static Trialfinder app;
    static List<Study> recruiting = new ArrayList<>();

    private static final List<String> PATIENTS = List.of("""
            {"age":58,"sex":"female","pregnant":false,"performanceStatus":{"scale":"ECOG","value":1},
             "labs":[{"name":"ANC","value":1500,"unit":"/uL"},{"name":"ALT","value":30,"unit":"U/L","uln":40}],
             "conditions":["recurrent rectal cancer"],"metastases":["liver"],
             "treatments":[{"name":"oxaliplatin","date":"2025-03-01"}]}
            """, """
            {"age":9,"sex":"male","conditions":["asthma"]}
            """, """
            {"age":71,"sex":"male","conditions":["type 2 diabetes"],"labs":[{"name":"HbA1c","value":8.1,"unit":"%"}]}
            """);

    @BeforeAll
    static void ingestSample() {
        app = Trialfinder.open(dir, System.out);
        app.loadSample(IngestOptions.quiet());
        app.store().forEach(s -> {
            Study study = s.study();
            if (study.overallStatus() == OverallStatus.RECRUITING) {
                recruiting.add(study);
            }
        });
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void everyRecruitingTrialWasCompiledAtIngestAsItCompilesNow() {
        assertThat(recruiting).hasSizeGreaterThan(100);
        for (Study s : recruiting) {
            assertThat(app.store()
                            .attachment(s.nctId(), CompiledCriteriaAttachment.NAME)
                            .flatMap(CompiledCriteriaAttachment::decode))
                    .as(s.nctId())
                    .hasValue(TrialCompiler.compileUncached(s));
        }
        long[] stored = {0};
        app.store().forEachAttachment(CompiledCriteriaAttachment.NAME, (id, bytes) -> stored[0]++);
        assertThat(stored[0]).isEqualTo(recruiting.size());
    }

    @Test
    void screeningAllRecruitingTrialsGivesTheOnDemandResults() {
        Prescreener onDemand = new Prescreener();
        for (String json : PATIENTS) {
            PatientReading patient = app.intake().json(json);
            Map<String, ScreeningResult> scanned = new HashMap<>();
            long n = app.eligibility()
                    .screenRecruiting(
                            patient.profile(),
                            r -> assertThat(scanned.put(r.nctId(), r)).isNull());
            assertThat(n).isEqualTo(recruiting.size());
            Map<String, Verdict> verdicts = app.eligibility().recruitingVerdicts(patient.profile());
            assertThat(verdicts).hasSize(recruiting.size());
            for (Study s : recruiting) {
                ScreeningResult expected = onDemand.screen(patient.profile(), TrialCompiler.compileUncached(s));
                assertThat(scanned.get(s.nctId())).as(s.nctId()).isEqualTo(expected);
                assertThat(verdicts.get(s.nctId())).as(s.nctId()).isEqualTo(expected.verdict());
                assertThat(app.eligibility()
                                .screen(NctId.parse(s.nctId()).orElseThrow(), patient)
                                .orElseThrow()
                                .result())
                        .as(s.nctId())
                        .isEqualTo(expected);
            }
        }
    }
}
