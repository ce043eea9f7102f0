package org.trialfinder.app.site.browse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.SampleServer;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.browse.BrowseKeys;
import org.trialfinder.search.summary.StudySummary;
import org.trialfinder.store.DerivedGeoPoint;

/**
 * Every browse row of the sample, built from the stored summary as the pages do, shows what the
 * record's JSON says (the oracle reads the record as rows were read before summaries): on a
 * condition page, and on the page of each city where the trial has a site.
 */
class TrialRowsFromSummariesTest {
    @Test
    void aRowFromTheSummaryEqualsARowFromTheRecord() throws Exception {
        SampleServer s = SampleServer.get();
        int[] cityRows = {0};
        s.store.forEach(stored -> {
            JsonNode record = tree(stored.json());
            StudySummary summary = s.app.summaries().of(List.of(stored.nctId())).get(stored.nctId());
            assertThat(TrialRows.row(summary)).isEqualTo(fromRecord(stored.nctId(), record, null, List.of()));
            Map<Integer, String> derived = new HashMap<>();
            for (DerivedGeoPoint d : stored.derivedGeoPoints()) {
                String region = BrowseKeys.regionOfMatch(d.precision(), d.matchedPlace());
                if (region != null) {
                    derived.put(d.locationIndex(), region);
                }
            }
            List<BrowseKeys.SitePlace> places = BrowseKeys.sites(record, derived::get);
            Set<String> cities = new LinkedHashSet<>();
            places.forEach(p -> cities.add(p.cityKey()));
            cities.remove("");
            for (String city : cities) {
                assertThat(TrialRows.row(summary, city)).isEqualTo(fromRecord(stored.nctId(), record, city, places));
                cityRows[0]++;
            }
        });
        assertThat(cityRows[0]).isGreaterThan(1000);
    }

    private static TrialRow fromRecord(String id, JsonNode record, String cityKey, List<BrowseKeys.SitePlace> places) {
        JsonNode p = record.path("protocolSection");
        String title = text(p.at("/identificationModule/briefTitle"));
        if (title == null) {
            title = text(p.at("/identificationModule/officialTitle"));
        }
        String status = text(p.at("/statusModule/overallStatus"));
        List<String> phases = new ArrayList<>();
        p.at("/designModule/phases").forEach(x -> phases.add(x.asText()));
        List<TrialRow.Site> sites = new ArrayList<>();
        for (BrowseKeys.SitePlace place : places) {
            if (place.cityKey().equals(cityKey)) {
                sites.add(new TrialRow.Site(
                        place.facility() == null ? "Site name not given" : place.facility(),
                        place.status() == null ? null : TrialRows.statusWords(place.status())));
            }
        }
        return new TrialRow(
                id,
                title == null ? id : title,
                status == null ? "" : status,
                TrialRows.statusWords(status),
                TrialRows.phase(phases),
                text(p.at("/sponsorCollaboratorsModule/leadSponsor/name")),
                sites);
    }

    private static String text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }

    private static JsonNode tree(byte[] json) {
        try {
            return StudyJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
