package org.trialfinder.app.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.trialfinder.app.site.PlainWords;
import org.trialfinder.app.site.search.HitSummaries;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.SortKey;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.search.summary.StudySummary;

/**
 * The trials the home page lists: enrolling ones, most recently updated first, then (when fewer
 * than {@link #SHOWN} enrol) the most recently updated others; and the counts. Two searches.
 */
final class HomeListing {
    static final int SHOWN = 50;

    private final StudySearch search;
    private final StudySummaries summaries;

    HomeListing(StudySearch search, StudySummaries summaries) {
        this.search = search;
        this.summaries = summaries;
    }

    HomeView view() {
        SearchPage recruiting = search.search(request(Set.of("RECRUITING"), SHOWN));
        SearchPage all = search.search(request(Set.of(), SHOWN));
        List<SearchHit> listed = new ArrayList<>(recruiting.hits());
        for (SearchHit h : all.hits()) {
            if (listed.size() >= SHOWN) {
                break;
            }
            if (listed.stream().noneMatch(c -> c.nctId().equals(h.nctId()))) {
                listed.add(h);
            }
        }
        List<StudyCard> cards = HitSummaries.of(summaries, listed).stream()
                .map(HomeListing::card)
                .toList();
        return new HomeView(all.total().orElse(0), recruiting.total().orElse(0), cards);
    }

    private static SearchRequest request(Set<String> statuses, int size) {
        return new SearchRequest(
                List.of(),
                List.of(),
                statuses,
                List.of(),
                Set.of(),
                List.of(),
                OptionalDouble.empty(),
                Optional.empty(),
                List.of(new SortKey("LastUpdatePostDate", true)),
                size,
                Optional.empty(),
                true,
                false);
    }

    private static StudyCard card(StudySummary s) {
        OverallStatus status = null;
        if (s.overallStatus() != null) {
            status = OverallStatus.valueOf(s.overallStatus()); // the record was read with strict enums
        }
        return new StudyCard(
                s.nctId(),
                s.briefTitle(),
                s.overallStatus() == null ? "" : s.overallStatus(),
                PlainWords.status(status),
                s.conditions(),
                s.leadSponsor());
    }
}
