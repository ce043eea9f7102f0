package org.trialfinder.search.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trialfinder.search.contract.ContractEngine.engine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.search.SearchException;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.essie.EssieParser;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.StudyStore;

/** Paging to the end returns each match of the first page's data version exactly once, even while data changes. */
public abstract class PageTokenStabilityContract {
    protected static StudyDocument study(int n, String title, String lastUpdate) {
        String json = """
                {"protocolSection":{"identificationModule":{"nctId":"NCT%08d","briefTitle":"%s"},
                 "statusModule":{"overallStatus":"RECRUITING","lastUpdatePostDateStruct":{"date":"%s","type":"ACTUAL"}},
                 "conditionsModule":{"conditions":["Asthma"]}},"hasResults":false}""".formatted(n, title, lastUpdate);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new StudyDocument(StudyJson.parse(bytes), bytes, List.of(), SourceForm.API_V2);
    }

    protected static SearchRequest request(Optional<String> token) {
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
        try (StudyStore store = engine().openEmptyStore()) {
            try (StoreWriter w = store.openWriter()) {
                for (int i = 1; i <= 30; i++) {
                    w.upsert(study(i, "Asthma study " + i, "2024-01-01"));
                }
                w.commit(Map.of("data.timestamp", Instant.now().toString()));
            }
            StudySearch search = engine().search(store, Synonyms.NONE);
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
        try (StudyStore store = engine().openEmptyStore()) {
            try (StoreWriter w = store.openWriter()) {
                for (int i = 1; i <= 10; i++) {
                    w.upsert(study(i, "Asthma study " + i, "2024-01-01"));
                }
                w.commit(Map.of("data.timestamp", Instant.now().toString()));
            }
            StudySearch search = engine().search(store, Synonyms.NONE);
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
}
