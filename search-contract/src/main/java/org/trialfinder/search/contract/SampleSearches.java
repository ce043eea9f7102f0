package org.trialfinder.search.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;

/** Searches over the engine's shared sample, paged to the end, and their comparison with a scan of the records. */
public final class SampleSearches {
    private SampleSearches() {}

    /** The sample of the one engine this test JVM runs (see {@link ContractEngine}). */
    public static EngineSample index() {
        return ContractEngine.engine().sample();
    }

    public static SearchPage page(Ask ask) {
        return index().search().search(ask.request());
    }

    /** Every match in order, following the page tokens to the last page. */
    public static List<String> allIds(Ask ask, int pageSize) {
        ask.pageSize(pageSize);
        List<String> ids = new ArrayList<>();
        Optional<String> token = Optional.empty();
        int pages = 0;
        do {
            token.ifPresent(ask::pageToken);
            SearchPage page = page(ask);
            page.hits().forEach(h -> ids.add(h.nctId()));
            token = page.nextPageToken();
            if (++pages > 10_000) {
                throw new AssertionError("paging does not end");
            }
        } while (token.isPresent());
        return ids;
    }

    /** All matches, each once, as a sorted set. */
    public static Set<String> idSet(Ask ask) {
        List<String> ids = allIds(ask, 1000);
        assertThat(ids).as("no study twice").doesNotHaveDuplicates();
        return new TreeSet<>(ids);
    }

    public static long total(Ask ask) {
        return page(ask.countTotal().pageSize(1)).total().orElseThrow();
    }

    public static Set<String> scan(Predicate<JsonNode> p) {
        return RecordScan.ids(index().records(), p);
    }

    /** The search finds exactly what the scan finds (something), and counts as many. */
    public static void same(String description, Ask ask, Predicate<JsonNode> expected) {
        Set<String> want = scan(expected);
        assertThat(want).as("the scan finds something for " + description).isNotEmpty();
        SearchPage first = page(ask.countTotal().pageSize(1000));
        assertThat(first.total()).as("total of " + description).hasValue(want.size());
        assertThat(idSet(ask)).as(description).isEqualTo(want);
    }

    public static List<String> hitIds(SearchPage page) {
        return page.hits().stream().map(SearchHit::nctId).toList();
    }
}
