package org.trialfinder.bench.trec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

/**
 * Reading topics, judgments and TrialGPT-format trials: on small files written here, and on the real
 * files of {@code ../shared/data/trec} when they are there (skipped otherwise).
 */
class TrecFilesTest {
    private static final Path SHARED_TREC = locateSharedTrec();

    /** {@code shared/} lies beside the repository (the module's folder is one level deeper); TRIALFINDER_SHARED_DATA overrides. */
    private static Path locateSharedTrec() {
        String env = System.getenv("TRIALFINDER_SHARED_DATA");
        List<Path> candidates = env != null
                ? List.of(Path.of(env, "trec"))
                : List.of(Path.of("../../shared/data/trec"), Path.of("../shared/data/trec"));
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void trec2023TemplateAndFieldsBecomeANote(@TempDir Path dir) throws IOException {
        Path xml = dir.resolve("topics.xml");
        Files.writeString(xml, """
                <topics task="2023 TREC Clinical Trials">
                  <topic number="4" template="glaucoma">
                    <field name="definitive diagnosis">POAG</field>
                    <field name="intraocular pressure">48 mmHg</field>
                    <field name="visual field"/>
                    <field name="prior LASIK surgery">no</field>
                  </topic>
                </topics>
                """, StandardCharsets.UTF_8);
        List<Topic> topics = TopicReader.readTrec2023(xml);
        assertThat(topics)
                .containsExactly(
                        new Topic(
                                "4",
                                "glaucoma. definitive diagnosis: POAG. intraocular pressure: 48 mmHg. prior LASIK surgery: no."));
    }

    @Test
    void qrelsAreReadPerTopicAndRestrictedToThePool(@TempDir Path dir) throws IOException {
        Path qrels = dir.resolve("qrels.tsv");
        Files.writeString(
                qrels, "query-id\tcorpus-id\tscore\nt1\tNCT00000001\t2\nt1\tNCT00000002\t0\nt2\tNCT00000001\t1\n");
        Judgments j = Judgments.read(qrels);
        assertThat(j.trials()).containsExactly("NCT00000001", "NCT00000002");
        assertThat(j.of("t1", Set.of("NCT00000001"))).isEqualTo(Map.of("NCT00000001", 2));
        assertThat(j.of("t2", Set.of("NCT00000002"))).isEmpty();
    }

    @Test
    void aBadQrelsLineIsNamed(@TempDir Path dir) throws IOException {
        Path qrels = dir.resolve("qrels.tsv");
        Files.writeString(qrels, "query-id\tcorpus-id\tscore\nt1\tNCT00000001\ttwo\n");
        Assertions.assertThatThrownBy(() -> Judgments.read(qrels))
                .hasMessageContaining("qrels.tsv:2")
                .hasMessageContaining("two");
    }

    @Test
    void trialGptTrialBecomesAMarkedMinimalRecordWithItsWordsUnchanged() throws IOException {
        JsonNode trial = StudyJson.mapper().readTree("""
                {"_id":"NCT00000430","title":"Low-Dose HRT and Alendronate for Osteoporosis","text":"…",
                 "metadata":{"diseases_list":["Osteopenia","Osteoporosis"],"drugs_list":["Alendronate"],
                 "inclusion_criteria":"inclusion criteria: \\n\\n Women at least 60 years of age. \\n",
                 "exclusion_criteria":": \\n\\n Serum creatinine >1.9 mg/dl. \\n","brief_summary":"Bones break easily."}}
                """);
        Study study = StudyJson.fromTree(TrialGptRecords.toV2(trial, "corpus-subset.jsonl"));
        assertThat(study.nctId()).isEqualTo("NCT00000430");
        assertThat(study.briefTitle()).isEqualTo("Low-Dose HRT and Alendronate for Osteoporosis");
        assertThat(study.conditions()).containsExactly("Osteopenia", "Osteoporosis");
        String criteria = study.protocolSection().eligibilityModule().eligibilityCriteria();
        assertThat(criteria)
                .startsWith("Inclusion Criteria:")
                .contains("Women at least 60 years of age.")
                .contains("Exclusion Criteria:")
                .contains("Serum creatinine >1.9 mg/dl.");
        assertThat(study.unknownFields()).containsKey(TrialGptRecords.MARK);
    }

    @Test
    void realTopicsAndJudgmentsLoad() {
        assumeTrue(SHARED_TREC != null, "no shared TREC data beside the repository");
        for (TrecCollection.Source source : TrecCollection.Source.values()) {
            assumeTrue(source.presentIn(SHARED_TREC), source.label + " files missing");
            TrecCollection c = source.load(SHARED_TREC);
            assertThat(c.topics()).as(source.label).hasSizeGreaterThanOrEqualTo(40);
            assertThat(c.topics()).allSatisfy(t -> assertThat(t.note()).isNotBlank());
            // every judged topic id is one of the topics: the 2023 ids are the bare numbers
            assertThat(c.topics().stream().map(Topic::id).toList())
                    .as(source.label)
                    .containsAll(c.judgments().byTopic().keySet());
            assertThat(c.judgments().byTopic().values())
                    .allSatisfy(g -> assertThat(g.values()).allMatch(s -> s >= 0 && s <= 2));
        }
        TrecCollection t2023 = TrecCollection.Source.TREC_2023.load(SHARED_TREC);
        assertThat(t2023.topics().getFirst().note())
                .startsWith("glaucoma. definitive diagnosis: primary open angle glaucoma.");
    }
}
