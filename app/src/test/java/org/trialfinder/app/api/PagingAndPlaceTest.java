package org.trialfinder.app.api;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Paging returns each match exactly once; distance searches agree with a haversine scan of the sites. */
class PagingAndPlaceTest {
    static SampleServer s;

    @BeforeAll
    static void start() throws Exception {
        s = SampleServer.get();
    }

    @Test
    void pagingByRelevanceWithSevenPerPageReturnsEveryMatchOnce() {
        String query = "query.term=cancer";
        long total = s.json("/api/v2/studies?" + query + "&countTotal=true&pageSize=1&fields=NCTId")
                .path("totalCount")
                .asLong();
        assertThat(total).isGreaterThan(50);
        List<String> ids = s.allIds(query, 7);
        assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
    }

    @Test
    void pagingByDateAndEnrollmentWithMissingValuesLast() {
        List<String> ids = s.allIds("filter.overallStatus=RECRUITING&sort=StartDate:asc,EnrollmentCount", 7);
        assertThat(ids).doesNotHaveDuplicates();
        List<String> starts = ids.stream()
                .map(id -> s.records
                        .get(id)
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
        long recruiting = s.records.values().stream()
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
    void guangzhouWithin50kmFindsTracerWithItsSiteAndDistance() {
        JsonNode page = s.json("/api/v2/studies?filter.geo=" + SampleServer.enc("distance(23.1291,113.2644,50km)")
                + "&filter.ids=NCT06751394&fields=NCTId");
        assertThat(page.path("studies")).hasSize(1);
        JsonNode hit = page.path("tf").path("hits").get(0);
        assertThat(hit.path("nctId").asText()).isEqualTo("NCT06751394");
        JsonNode site = hit.path("nearestSite");
        assertThat(site.path("facility").asText()).isEqualTo("Sun Yat-sen University");
        assertThat(site.path("city").asText()).isEqualTo("Guangzhou");
        assertThat(site.path("distanceKm").asDouble()).isLessThan(5.0);
        List<String> all = s.allIds("filter.geo=" + SampleServer.enc("distance(23.1291,113.2644,50km)"), 1000);
        assertThat(all).contains("NCT06751394");
    }

    /** Site coordinates as the record gives them, else as the gazetteer derives them for the site. */
    private static List<double[]> sites(JsonNode r) {
        List<double[]> out = new ArrayList<>();
        JsonNode locations = r.at("/protocolSection/contactsLocationsModule/locations");
        Gazetteer g = Gazetteer.loadDefault();
        for (int i = 0; i < locations.size(); i++) {
            JsonNode site = locations.get(i);
            JsonNode gp = site.path("geoPoint");
            if (gp.hasNonNull("lat")) {
                out.add(new double[] {
                    gp.get("lat").asDouble(),
                    gp.get("lon").asDouble(),
                    i,
                    site.path("status").asText().equals("RECRUITING") ? 1 : 0
                });
            } else {
                int index = i;
                g.geocodeSite(
                                site.path("city").asText(null),
                                site.path("state").asText(null),
                                site.path("zip").asText(null),
                                site.path("country").asText(null))
                        .ifPresent(m -> out.add(new double[] {
                            m.lat(),
                            m.lon(),
                            index,
                            site.path("status").asText().equals("RECRUITING") ? 1 : 0
                        }));
            }
        }
        return out;
    }

    private static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0088;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }

    @Test
    void bostonWithin100MilesMatchesAHaversineScanWithCorrectNearestSites() {
        double lat = 42.3601;
        double lon = -71.0589;
        double radiusKm = 100 * 1.609344;
        Set<String> expected = new TreeSet<>();
        Map<String, double[]> nearest = new HashMap<>();
        for (var e : s.records.entrySet()) {
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
        String geo = "filter.geo=" + SampleServer.enc("distance(42.3601,-71.0589,100mi)");
        Set<String> got = new TreeSet<>(s.allIds(geo, 1000));
        assertThat(got).containsAll(expected);
        assertThat(got.size() - expected.size())
                .as("only sites right at the edge may differ")
                .isLessThanOrEqualTo(2);

        String token = null;
        do {
            JsonNode page = s.json("/api/v2/studies?" + geo + "&sort=@distance&fields=NCTId&pageSize=100"
                    + (token == null ? "" : "&pageToken=" + SampleServer.enc(token)));
            for (JsonNode hit : page.path("tf").path("hits")) {
                String id = hit.path("nctId").asText();
                Optional<double[]> want = Optional.ofNullable(nearest.get(id));
                if (want.isEmpty()) {
                    continue;
                }
                assertThat(hit.path("nearestSite").path("locationIndex").asInt())
                        .as(id)
                        .isEqualTo((int) want.get()[0]);
                assertThat(hit.path("nearestSite").path("distanceKm").asDouble())
                        .as(id)
                        .isCloseTo(want.get()[1], Offset.offset(0.11));
            }
            token = page.hasNonNull("nextPageToken") ? page.get("nextPageToken").asText() : null;
        } while (token != null);
    }

    @Test
    void distanceSortPutsTheNearestFirst() {
        JsonNode page = s.json("/api/v2/studies?filter.geo=" + SampleServer.enc("distance(42.3601,-71.0589,300mi)")
                + "&sort=@distance&fields=NCTId&pageSize=50");
        double previous = -1;
        for (JsonNode hit : page.path("tf").path("hits")) {
            List<double[]> sites = sites(s.records.get(hit.path("nctId").asText()));
            double min = sites.stream()
                    .mapToDouble(x -> haversineKm(42.3601, -71.0589, x[0], x[1]))
                    .min()
                    .orElseThrow();
            assertThat(min).isGreaterThanOrEqualTo(previous - 0.01);
            previous = min;
        }
        assertThat(previous).isPositive();
    }
}
