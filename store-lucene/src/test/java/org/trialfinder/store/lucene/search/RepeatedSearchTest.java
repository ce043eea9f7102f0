package org.trialfinder.store.lucene.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.search.contract.SampleSearches.hitIds;
import static org.trialfinder.search.contract.SampleSearches.page;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.Facet;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.contract.Ask;

/**
 * A first page answered again (from the commit's recent results) is the page a search of its own gives: the
 * same studies in the same order, the same total, and a token to the same next page, whatever page size and
 * whether or not the earlier search counted. The reference is a page of 200, which no cache answers.
 */
class RepeatedSearchTest {
    private static final List<Supplier<Ask>> SEARCHES = List.of(
            () -> Ask.query("query.cond", "breast cancer"),
            () -> Ask.query("query.term", "cancer").statuses("RECRUITING", "NOT_YET_RECRUITING"),
            () -> Ask.query("query.intr", "placebo").sort("StartDate", true),
            () -> Ask.all().facet(Facet.PHASE, "3").age(40),
            () -> Ask.advanced("AREA[StartDate]RANGE[2020-01-01,MAX]").sort("EnrollmentCount", true),
            () -> Ask.all());

    @Test
    void repeatedFirstPagesAreTheSearchesOwnPages() {
        for (Supplier<Ask> search : SEARCHES) {
            SearchPage reference = page(search.get().countTotal().pageSize(200));
            List<String> all = hitIds(reference);
            assertThat(all).as(search.get().request().toString()).hasSizeGreaterThan(10);
            for (int size : List.of(10, 37, 50, 10)) {
                for (boolean count : List.of(false, true, false)) {
                    Ask ask = search.get().pageSize(size);
                    SearchPage first = page(count ? ask.countTotal() : ask);
                    assertThat(hitIds(first)).isEqualTo(all.subList(0, Math.min(size, all.size())));
                    if (count) {
                        assertThat(first.total()).isEqualTo(reference.total());
                    } else {
                        assertThat(first.total()).isEmpty();
                    }
                    if (all.size() > size) {
                        SearchPage second = page(search.get()
                                .pageSize(size)
                                .pageToken(first.nextPageToken().orElseThrow()));
                        assertThat(hitIds(second)).isEqualTo(all.subList(size, Math.min(2 * size, all.size())));
                    } else {
                        assertThat(first.nextPageToken()).isEmpty();
                    }
                }
            }
        }
    }
}
