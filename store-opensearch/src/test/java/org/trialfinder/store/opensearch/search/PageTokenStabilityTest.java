package org.trialfinder.store.opensearch.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trialfinder.search.contract.ContractEngine.engine;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.SearchException;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.contract.PageTokenStabilityContract;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyStore;

/**
 * The contract, and what this engine adds: a token pins an index generation, and a generation is kept over one
 * commit only (for the tokens in flight), so a token whose data was replaced twice says to start again.
 */
class PageTokenStabilityTest extends PageTokenStabilityContract {
    private String token;

    @Test
    void aTokenWhoseDataWasReplacedTwiceSaysToStartAgain() {
        try (StudyStore store = engine().openEmptyStore()) {
            for (int round = 0; round < 3; round++) {
                try (StoreWriter w = store.openWriter()) {
                    for (int i = 1; i <= 10; i++) {
                        w.upsert(study(i, "Asthma study " + i + " round " + round, "2024-01-0" + (round + 1)));
                    }
                    w.commit(Map.of());
                }
                if (round == 0) {
                    token = engine().search(store, Synonyms.NONE)
                            .search(request(Optional.empty()))
                            .nextPageToken()
                            .orElseThrow();
                }
            }
            StudySearch search = engine().search(store, Synonyms.NONE);
            // the generation the token read is kept over one commit (tokens in flight), gone after the second
            assertThatThrownBy(() -> search.search(request(Optional.of(token))))
                    .isInstanceOf(SearchException.class)
                    .hasMessageContaining("start again from the first page");
        }
    }
}
