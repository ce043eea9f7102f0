package org.trialfinder.app.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.trialfinder.app.site.PlainWords;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.SortKey;
import org.trialfinder.search.StudySearch;

/**
 * The trials the home page lists: enrolling ones, most recently updated first, then (when fewer
 * than {@link #SHOWN} enrol) the most recently updated others; and the counts. Two searches.
 */
final class HomeListing {
    static final int SHOWN = 50;

    private final StudySearch search;

    HomeListing(StudySearch search) {
        this.search = search;
    }

    HomeView view() {
        SearchPage recruiting = search.search(request(Set.of("RECRUITING"), SHOWN));
        SearchPage all = search.search(request(Set.of(), SHOWN));
        List<StudyCard> cards = new ArrayList<>();
        recruiting.hits().forEach(h -> cards.add(card(h)));
        for (SearchHit h : all.hits()) {
            if (cards.size() >= SHOWN) {
                break;
            }
            if (cards.stream().noneMatch(c -> c.nctId().equals(h.nctId()))) {
                cards.add(card(h));
            }
        }
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

    private static StudyCard card(SearchHit hit) {
        Study s = StudyJson.parse(hit.json());
        String sponsor = s.protocolSection() != null
                        && s.protocolSection().sponsorCollaboratorsModule() != null
                        && s.protocolSection().sponsorCollaboratorsModule().leadSponsor() != null
                ? s.protocolSection().sponsorCollaboratorsModule().leadSponsor().name()
                : null;
        return new StudyCard(
                s.nctId(),
                s.briefTitle(),
                s.overallStatus() == null ? "" : s.overallStatus().name(),
                PlainWords.status(s.overallStatus()),
                s.conditions(),
                sponsor);
    }
}
