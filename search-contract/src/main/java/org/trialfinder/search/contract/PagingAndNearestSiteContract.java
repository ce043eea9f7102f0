package org.trialfinder.search.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.search.contract.RecordScan.haversineKm;
import static org.trialfinder.search.contract.SampleSearches.allIds;
import static org.trialfinder.search.contract.SampleSearches.index;
import static org.trialfinder.search.contract.SampleSearches.page;
import static org.trialfinder.search.contract.SampleSearches.total;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.search.NearestSite;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.SortKey;

/** Paging returns each match exactly once; distance searches agree with a haversine scan of the sites. */
public abstract class PagingAndNearestSiteContract {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadDefault();
    }

    @Test
    void pagingByRelevanceWithSevenPerPageReturnsEveryMatchOnce() {
        long total = total(Ask.query("query.term", "cancer"));
        assertThat(total).isGreaterThan(50);
        List<String> ids = allIds(Ask.query("query.term", "cancer"), 7);
        assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
    }

    @Test
    void pagingByDateAndEnrollmentWithMissingValuesLast() {
        List<String> ids =
                allIds(Ask.all().statuses("RECRUITING").sort("StartDate", false).sort("EnrollmentCount", false), 7);
        assertThat(ids).doesNotHaveDuplicates();
        List<String> starts = ids.stream()
                .map(id -> index().record(id)
                        .at("/protocolSection/statusModule/startDateStruct/date")
                        .asText(""))
                .toList();
        List<String> present = starts.stream().filter(x -> !x.isEmpty()).toList();
        // dates ascend (compared as their first day), and studies without a start date come last
        for (int i = 1; i < present.size(); i++) {
            assertThat(first(present.get(i))).isGreaterThanOrEqualTo(first(present.get(i - 1)));
        }
        int firstMissing = starts.indexOf("");
        if (firstMissing >= 0) {
            assertThat(starts.subList(firstMissing, starts.size())).allMatch(String::isEmpty);
        }
        long recruiting = index().records().values().stream()
                .filter(r -> r.at("/protocolSection/statusModule/overallStatus")
                        .asText()
                        .equals("RECRUITING"))
                .count();
        assertThat(ids).hasSize((int) recruiting);
    }

    private static String first(String partialDate) {
        return partialDate.length() == 4
                ? partialDate + "-01-01"
                : partialDate.length() == 7 ? partialDate + "-01" : partialDate;
    }

    @Test
    void guangzhouWithin50kmFindsTracerWithItsNearestSite() {
        SearchPage page = page(Ask.all().geo("distance(23.1291,113.2644,50km)").ids("NCT06751394"));
        assertThat(page.hits()).hasSize(1);
        SearchHit hit = page.hits().get(0);
        assertThat(hit.nctId()).isEqualTo("NCT06751394");
        NearestSite nearest = hit.nearestSite().orElseThrow();
        JsonNode site = index().record("NCT06751394")
                .at("/protocolSection/contactsLocationsModule/locations")
                .get(nearest.locationIndex());
        assertThat(site.path("facility").asText()).isEqualTo("Sun Yat-sen University");
        assertThat(site.path("city").asText()).isEqualTo("Guangzhou");
        assertThat(nearest.distanceKm()).isLessThan(5.0);
        assertThat(allIds(Ask.all().geo("distance(23.1291,113.2644,50km)"), 1000))
                .contains("NCT06751394");
    }

    /** Site coordinates as the record gives them, else as the gazetteer derives them: {lat, lon, index, recruiting}. */
    private static List<double[]> sites(JsonNode r) {
        List<double[]> out = new ArrayList<>();
        JsonNode locations = r.at("/protocolSection/contactsLocationsModule/locations");
        for (int i = 0; i < locations.size(); i++) {
            JsonNode site = locations.get(i);
            JsonNode gp = site.path("geoPoint");
            double recruiting = site.path("status").asText().equals("RECRUITING") ? 1 : 0;
            if (gp.hasNonNull("lat")) {
                out.add(new double[] {gp.get("lat").asDouble(), gp.get("lon").asDouble(), i, recruiting});
            } else {
                int index = i;
                gazetteer
                        .geocodeSite(
                                site.path("city").asText(null),
                                site.path("state").asText(null),
                                site.path("zip").asText(null),
                                site.path("country").asText(null))
                        .ifPresent(m -> out.add(new double[] {m.lat(), m.lon(), index, recruiting}));
            }
        }
        return out;
    }

    @Test
    void bostonWithin100MilesMatchesAHaversineScanWithCorrectNearestSites() {
        double lat = 42.3601;
        double lon = -71.0589;
        double radiusKm = 100 * 1.609344;
        Set<String> expected = new TreeSet<>();
        Map<String, double[]> nearest = new HashMap<>();
        for (var e : index().records().entrySet()) {
            double[] best = null;
            double[] bestRecruiting = null;
            for (double[] site : sites(e.getValue())) {
                double km = haversineKm(lat, lon, site[0], site[1]);
                double[] c = {site[2], km, site[3]};
                if (best == null || km < best[1]) {
                    best = c;
                }
                if (site[3] == 1 && km <= radiusKm && (bestRecruiting == null || km < bestRecruiting[1])) {
                    bestRecruiting = c;
                }
            }
            // 0.2 km of slack at the edge: the index stores coordinates at ~1 cm precision
            if (best != null && best[1] <= radiusKm - 0.2) {
                expected.add(e.getKey());
                nearest.put(e.getKey(), bestRecruiting != null ? bestRecruiting : best);
            }
        }
        assertThat(expected).hasSizeGreaterThan(10);
        String geo = "distance(42.3601,-71.0589,100mi)";
        Set<String> got = new TreeSet<>(allIds(Ask.all().geo(geo), 1000));
        assertThat(got).containsAll(expected);
        assertThat(got.size() - expected.size())
                .as("only sites right at the edge may differ")
                .isLessThanOrEqualTo(2);

        Ask byDistance = Ask.all().geo(geo).sort(SortKey.DISTANCE, false).pageSize(100);
        Optional<String> token = Optional.empty();
        do {
            token.ifPresent(byDistance::pageToken);
            SearchPage page = page(byDistance);
            for (SearchHit hit : page.hits()) {
                double[] want = nearest.get(hit.nctId());
                if (want == null) {
                    continue;
                }
                NearestSite site = hit.nearestSite().orElseThrow();
                assertThat(site.locationIndex()).as(hit.nctId()).isEqualTo((int) want[0]);
                assertThat(site.distanceKm()).as(hit.nctId()).isCloseTo(want[1], Offset.offset(0.06));
                assertThat(site.recruiting()).as(hit.nctId()).isEqualTo(want[2] == 1);
            }
            token = page.nextPageToken();
        } while (token.isPresent());
    }

    @Test
    void distanceSortPutsTheNearestFirst() {
        SearchPage page = page(Ask.all()
                .geo("distance(42.3601,-71.0589,300mi)")
                .sort(SortKey.DISTANCE, false)
                .pageSize(50));
        double previous = -1;
        for (SearchHit hit : page.hits()) {
            double min = sites(index().record(hit.nctId())).stream()
                    .mapToDouble(x -> haversineKm(42.3601, -71.0589, x[0], x[1]))
                    .min()
                    .orElseThrow();
            assertThat(min).isGreaterThanOrEqualTo(previous - 0.01);
            previous = min;
        }
        assertThat(previous).isPositive();
    }
}
