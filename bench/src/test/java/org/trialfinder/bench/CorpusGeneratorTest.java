package org.trialfinder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.ingest.IngestSummary;
import org.trialfinder.ingest.Ingester;
import org.trialfinder.model.NctId;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StudyStore;
import org.trialfinder.store.lucene.LuceneStudyStore;

class CorpusGeneratorTest {
    private static CorpusGenerator generator;

    @BeforeAll
    static void templates() {
        generator = CorpusGenerator.fromSample();
    }

    private static List<CorpusGenerator.GeneratedStudy> generate(int n, long seed) {
        List<CorpusGenerator.GeneratedStudy> out = new ArrayList<>();
        generator.generate(n, seed, out::add);
        return out;
    }

    @Test
    void usesTheRealSample() {
        assertThat(generator.templateCount()).isEqualTo(1492);
    }

    @Test
    void isDeterministicForASeed() {
        List<CorpusGenerator.GeneratedStudy> a = generate(300, 11);
        List<CorpusGenerator.GeneratedStudy> b = generate(300, 11);
        List<CorpusGenerator.GeneratedStudy> c = generate(300, 12);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).nctId()).isEqualTo(b.get(i).nctId());
            assertThat(a.get(i).json()).isEqualTo(b.get(i).json());
        }
        assertThat(c.stream().map(CorpusGenerator.GeneratedStudy::nctId).toList())
                .isNotEqualTo(
                        a.stream().map(CorpusGenerator.GeneratedStudy::nctId).toList());
    }

    @Test
    void idsAreUniqueValidAndOutsideTheRealRange() {
        Set<String> ids = new HashSet<>();
        for (long i = 0; i < 200_000; i++) {
            String id = CorpusGenerator.nctId(i, 42);
            assertThat(NctId.isCanonical(id)).as(id).isTrue();
            assertThat(id).startsWith("NCT9");
            ids.add(id);
        }
        assertThat(ids).hasSize(200_000);
    }

    @Test
    void recordsParseVaryAndKeepTheSizeDistribution() throws IOException {
        List<CorpusGenerator.GeneratedStudy> studies = generate(2000, 42);
        Set<String> ids = new HashSet<>();
        Set<String> bodies = new HashSet<>();
        long[] sizes = new long[studies.size()];
        for (int i = 0; i < studies.size(); i++) {
            CorpusGenerator.GeneratedStudy s = studies.get(i);
            JsonNode tree = StudyJson.mapper().readTree(s.json());
            Study study = StudyJson.fromTree(tree);
            assertThat(study.nctId()).isEqualTo(s.nctId());
            assertThat(study.nctIdAliases()).isEmpty();
            assertThat(tree.at("/protocolSection/identificationModule/nctIdAliases")
                            .isMissingNode())
                    .isTrue();
            ids.add(s.nctId());
            bodies.add(new String(s.json(), StandardCharsets.UTF_8).replace(s.nctId(), ""));
            sizes[i] = s.json().length;
        }
        assertThat(ids).hasSize(2000);
        // Templates are reused (1,492 of them for 2,000 records), but the variation makes the records differ.
        assertThat(bodies.size()).isGreaterThan(1900);

        CorpusGenerator.SizeStats real = generator.templateSizes();
        CorpusGenerator.SizeStats generated = CorpusGenerator.SizeStats.of(sizes);
        assertThat((double) generated.median()).isCloseTo(real.median(), Percentage.withPercentage(15));
        assertThat(generated.mean()).isCloseTo(real.mean(), Percentage.withPercentage(15));
    }

    @Test
    void aThousandGeneratedStudiesIngest(@TempDir Path dir) {
        CorpusGenerator.Result corpus = generator.write(dir.resolve("corpus.jsonl.gz"), 1000, 5);
        assertThat(corpus.studies()).isEqualTo(1000);
        try (StudyStore store = LuceneStudyStore.open(dir.resolve("store"), MeshThesaurus.loadDefault())) {
            IngestSummary summary = new Ingester(store, Gazetteer.loadDefault(), IngestOptions.quiet())
                    .ingestPaths(List.of(corpus.file()));
            assertThat(summary.rejections()).isEmpty();
            assertThat(summary.added()).isEqualTo(1000);
            assertThat(store.count()).isEqualTo(1000);
        }
    }

    @Test
    void writesABulkStyleZip(@TempDir Path dir) {
        CorpusGenerator.Result corpus = generator.write(dir.resolve("corpus.zip"), 50, 5);
        try (StudyStore store = LuceneStudyStore.open(dir.resolve("store"), MeshThesaurus.loadDefault())) {
            IngestSummary summary = new Ingester(store, Gazetteer.loadDefault(), IngestOptions.quiet())
                    .ingestPaths(List.of(corpus.file()));
            assertThat(summary.added()).isEqualTo(50);
            assertThat(store.count()).isEqualTo(50);
        }
    }
}
