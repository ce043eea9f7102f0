package org.trialfinder.store.opensearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.search.SearchException;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.essie.EssieParser;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.opensearch.OpenSearchConnection;
import org.trialfinder.store.opensearch.OpenSearchStoreSettings;
import org.trialfinder.store.opensearch.OpenSearchStudyStore;
import org.trialfinder.store.opensearch.testing.TestCluster;

/**
 * Paging to the end returns each match of the first page's data version exactly once, even while data changes
 * (the embedded engine's test, same expected answers, on a real node; each test in a store of its own name).
 */
class PageTokenStabilityTest {
    private static MeshThesaurus mesh;
    private static OpenSearchConnection os;
    private String name;

    @BeforeAll
    static void connect() {
        mesh = MeshThesaurus.loadDefault();
        os = OpenSearchConnection.to(List.of(TestCluster.url()));
    }

    @AfterAll
    static void disconnect() {
        os.close();
    }

    @BeforeEach
    void freshName() {
        name = TestCluster.uniqueName("tokens");
    }

    private OpenSearchStudyStore open() {
        return OpenSearchStudyStore.open(os, new OpenSearchStoreSettings(name, 1, 0), mesh, List.of());
    }

    private static StudyDocument study(int n, String title, String lastUpdate) {
        String json = """
                {"protocolSection":{"identificationModule":{"nctId":"NCT%08d","briefTitle":"%s"},
                 "statusModule":{"overallStatus":"RECRUITING","lastUpdatePostDateStruct":{"date":"%s","type":"ACTUAL"}},
                 "conditionsModule":{"conditions":["Asthma"]}},"hasResults":false}""".formatted(n, title, lastUpdate);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new StudyDocument(StudyJson.parse(bytes), bytes, List.of(), SourceForm.API_V2);
    }

    private static SearchRequest request(Optional<String> token) {
        var area = SearchAreas.standard().byParam("query.cond").orElseThrow();
        return new SearchRequest(
                List.of(new SearchRequest.AreaQuery(area, EssieParser.parse("asthma"), "asthma")),
                List.of(),
                Set.of(),
                List.of(),
                Set.of(),
                List.of(),
                OptionalDouble.empty(),
                Optional.empty(),
                List.of(),
                7,
                token,
                true,
                false);
    }

    @Test
    void aCommitBetweenPagesChangesNothingForTheOngoingPaging() {
        try (var store = open()) {
            try (StoreWriter w = store.openWriter()) {
                for (int i = 1; i <= 30; i++) {
                    w.upsert(study(i, "Asthma study " + i, "2024-01-01"));
                }
                w.commit(Map.of("data.timestamp", Instant.now().toString()));
            }
            OpenSearchStudySearch search = new OpenSearchStudySearch(store, Synonyms.NONE);
            SearchPage first = search.search(request(Optional.empty()));
            assertThat(first.total()).hasValue(30);
            List<String> ids =
                    new ArrayList<>(first.hits().stream().map(SearchHit::nctId).toList());

            // new matching studies and an update arrive between pages
            try (StoreWriter w = store.openWriter()) {
                for (int i = 31; i <= 40; i++) {
                    w.upsert(study(i, "Asthma asthma asthma " + i, "2025-01-01"));
                }
                w.upsert(study(3, "Asthma asthma asthma asthma (updated)", "2025-01-01"));
                w.commit(Map.of("data.timestamp", Instant.now().toString()));
            }
            Optional<String> token = first.nextPageToken();
            while (token.isPresent()) {
                SearchPage page = search.search(request(token));
                page.hits().forEach(h -> ids.add(h.nctId()));
                token = page.nextPageToken();
            }
            assertThat(ids).hasSize(30).doesNotHaveDuplicates().allMatch(id -> Integer.parseInt(id.substring(3)) <= 30);
            // a new search sees the new data
            assertThat(search.search(request(Optional.empty())).total()).hasValue(40);
        }
    }

    @Test
    void aTokenFromAnotherSearchOrGarbageIsRefusedWithAReason() {
        try (var store = open()) {
            try (StoreWriter w = store.openWriter()) {
                for (int i = 1; i <= 10; i++) {
                    w.upsert(study(i, "Asthma study " + i, "2024-01-01"));
                }
                w.commit(Map.of("data.timestamp", Instant.now().toString()));
            }
            OpenSearchStudySearch search = new OpenSearchStudySearch(store, Synonyms.NONE);
            String token =
                    search.search(request(Optional.empty())).nextPageToken().orElseThrow();
            var area = SearchAreas.standard().byParam("query.cond").orElseThrow();
            SearchRequest other = new SearchRequest(
                    List.of(new SearchRequest.AreaQuery(area, EssieParser.parse("copd"), "copd")),
                    List.of(),
                    Set.of(),
                    List.of(),
                    Set.of(),
                    List.of(),
                    OptionalDouble.empty(),
                    Optional.empty(),
                    List.of(),
                    7,
                    Optional.of(token),
                    false,
                    false);
            assertThatThrownBy(() -> search.search(other))
                    .isInstanceOf(SearchException.class)
                    .hasMessageContaining("different search");
            assertThatThrownBy(() -> search.search(request(Optional.of("not-a-token"))))
                    .isInstanceOf(SearchException.class)
                    .hasMessageContaining("pageToken");
        }
    }

    @Test
    void aTokenWhoseDataWasReplacedTwiceSaysToStartAgain() {
        try (var store = open()) {
            for (int round = 0; round < 3; round++) {
                try (StoreWriter w = store.openWriter()) {
                    for (int i = 1; i <= 10; i++) {
                        w.upsert(study(i, "Asthma study " + i + " round " + round, "2024-01-0" + (round + 1)));
                    }
                    w.commit(Map.of());
                }
                if (round == 0) {
                    token = new OpenSearchStudySearch(store, Synonyms.NONE)
                            .search(request(Optional.empty()))
                            .nextPageToken()
                            .orElseThrow();
                }
            }
            OpenSearchStudySearch search = new OpenSearchStudySearch(store, Synonyms.NONE);
            // the generation the token read is kept over one commit (tokens in flight), gone after the second
            assertThatThrownBy(() -> search.search(request(Optional.of(token))))
                    .isInstanceOf(SearchException.class)
                    .hasMessageContaining("start again from the first page");
        }
    }

    private String token;
}
