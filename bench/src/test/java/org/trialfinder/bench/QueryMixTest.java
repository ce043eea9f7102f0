package org.trialfinder.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.studies.ListStudiesParams;
import org.trialfinder.search.fields.Projection;

class QueryMixTest {
    private static final int STUDIES = 5_000;
    private static final int N = 5_000;
    private static List<byte[]> templates;

    @BeforeAll
    static void load() {
        templates = QueryMix.sampleTemplates();
    }

    private static List<QueryMix.Query> queries(long seed) {
        QueryMix mix = new QueryMix(templates, STUDIES, 42, seed);
        List<QueryMix.Query> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            out.add(mix.query(i));
        }
        return out;
    }

    @Test
    void isDeterministicForASeed() {
        List<QueryMix.Query> a = queries(7);
        assertThat(queries(7)).isEqualTo(a);
        assertThat(queries(8)).isNotEqualTo(a);
        // query i does not depend on the queries before it: any worker order gives the same requests
        QueryMix mix = new QueryMix(templates, STUDIES, 42, 7);
        assertThat(mix.query(4321)).isEqualTo(a.get(4321));
        assertThat(mix.query(17)).isEqualTo(a.get(17));
    }

    @Test
    void everyQueryIsAWellFormedRequestTheApiAccepts() {
        Set<String> ids = new HashSet<>();
        for (long i = 0; i < STUDIES; i++) {
            ids.add(CorpusGenerator.nctId(i, 42));
        }
        Map<QueryMix.Kind, Integer> counts = new EnumMap<>(QueryMix.Kind.class);
        for (QueryMix.Query q : queries(1)) {
            counts.merge(q.kind(), 1, Integer::sum);
            URI uri = URI.create("http://127.0.0.1:8080" + q.path());
            assertThat(uri.getPath()).startsWith("/api/v2/studies");
            if (q.kind() == QueryMix.Kind.FETCH) {
                assertThat(uri.getRawQuery()).isNull();
                assertThat(ids).contains(uri.getPath().substring("/api/v2/studies/".length()));
                continue;
            }
            assertThat(uri.getPath()).isEqualTo("/api/v2/studies");
            assertThat(uri.getRawQuery()).doesNotContain(" ", "+");
            Map<String, List<String>> params = new LinkedHashMap<>();
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                assertThat(kv).as(q.path()).hasSize(2);
                assertThat(params.put(kv[0], List.of(URLDecoder.decode(kv[1], StandardCharsets.UTF_8))))
                        .as(q.path())
                        .isNull();
            }
            assertThat(params).as(q.path()).containsKey("pageSize");
            int pageSize = Integer.parseInt(params.get("pageSize").get(0));
            assertThat(pageSize).isBetween(10, 50);
            assertThatCode(() -> ListStudiesParams.parse(params)).as(q.path()).doesNotThrowAnyException();
            if (params.containsKey("fields")) {
                assertThatCode(() -> Projection.of(params.get("fields")))
                        .as(q.path())
                        .doesNotThrowAnyException();
            }
        }
        assertThat(counts).containsOnlyKeys(QueryMix.Kind.values());
        for (QueryMix.Kind k : QueryMix.Kind.values()) {
            double share = 100.0 * counts.get(k) / N;
            assertThat(share).as(k.name()).isBetween(k.weight * 0.7, k.weight * 1.3);
        }
    }

    @Test
    void drawsTheCommonSearchesAndRealPlaces() {
        String all =
                String.join("\n", queries(3).stream().map(QueryMix.Query::path).toList());
        assertThat(all)
                .contains(
                        "query.cond=breast%20cancer",
                        "query.cond=asthma",
                        "query.cond=erectile%20dysfunction",
                        "filter.geo=distance%28",
                        "sort=%40distance",
                        "countTotal=true",
                        "tf.age=",
                        "aggFilters=phase%3A2%203%2Cstatus%3Arec",
                        "filter.advanced=AREA%5BStartDate%5DRANGE%5B2022-01-01%2CMAX%5D",
                        "query.term=",
                        "query.intr=",
                        "query.locn=");
    }
}
