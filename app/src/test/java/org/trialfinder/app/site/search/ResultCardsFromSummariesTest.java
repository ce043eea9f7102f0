package org.trialfinder.app.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.SampleServer;
import org.trialfinder.app.site.search.SearchView.ResultCard;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.model.protocol.Location;
import org.trialfinder.search.NearestSite;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.summary.StudySummary;

/**
 * Every search result card of the sample, built from the stored summary as the page does, shows
 * what a card built from the parsed record shows (the oracle below is how cards were made before
 * summaries), with and without a nearest site.
 */
class ResultCardsFromSummariesTest {
    private static final Radius RADIUS = new Radius(50, "km");

    @Test
    void aCardFromTheSummaryEqualsACardFromTheRecord() throws Exception {
        SampleServer s = SampleServer.get();
        int[] cards = {0};
        s.store.forEach(stored -> {
            Study study = StudyJson.parse(stored.json());
            StudySummary summary = s.app.summaries().of(List.of(stored.nctId())).get(stored.nctId());
            int sites = study.locations().size();
            for (int index : sites == 0 ? new int[] {-1} : new int[] {-1, 0, sites - 1}) {
                Optional<NearestSite> nearest =
                        index < 0 ? Optional.empty() : Optional.of(new NearestSite(index, 12.34, true, false));
                SearchHit hit = new SearchHit(stored.nctId(), 1f, nearest, stored.json());
                assertThat(SearchPages.card(hit, summary, RADIUS)).isEqualTo(fromRecord(hit, study));
                cards[0]++;
            }
        });
        assertThat(cards[0]).isGreaterThan(s.records.size());
    }

    private static ResultCard fromRecord(SearchHit hit, Study s) {
        String status = s.overallStatus() == null ? "" : s.overallStatus().name();
        String sponsor = s.protocolSection() != null
                        && s.protocolSection().sponsorCollaboratorsModule() != null
                        && s.protocolSection().sponsorCollaboratorsModule().leadSponsor() != null
                ? s.protocolSection().sponsorCollaboratorsModule().leadSponsor().name()
                : null;
        String facility = null;
        String site = null;
        String distance = null;
        if (hit.nearestSite().isPresent()) {
            int index = hit.nearestSite().get().locationIndex();
            List<Location> locations = s.locations();
            if (index >= 0 && index < locations.size() && locations.get(index) != null) {
                Location l = locations.get(index);
                facility = l.facility();
                site = String.join(
                        ", ",
                        Stream.of(l.city(), l.state(), l.country())
                                .filter(x -> x != null && !x.isBlank())
                                .toList());
                distance = RADIUS.distance(hit.nearestSite().get().distanceKm());
            }
        }
        return new ResultCard(
                hit.nctId(),
                s.briefTitle() == null ? hit.nctId() : s.briefTitle(),
                status,
                SearchWords.status(status),
                SearchWords.phases(s.phases().stream().map(Enum::name).toList()),
                s.studyType() == null
                        ? null
                        : SearchWords.studyType(s.studyType().name()),
                s.conditions(),
                sponsor,
                facility,
                site,
                distance);
    }
}
