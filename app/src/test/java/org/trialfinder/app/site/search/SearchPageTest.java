package org.trialfinder.app.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.SampleServer;

/** The search page over the real server and the bundled sample, checked against the API it builds on. */
class SearchPageTest {
    static SampleServer s;

    @BeforeAll
    static void start() throws Exception {
        s = SampleServer.get();
    }

    private static String enc(String text) {
        return SampleServer.enc(text);
    }

    private static List<String> apiIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("studies")
                .forEach(x -> ids.add(
                        x.at("/protocolSection/identificationModule/nctId").asText()));
        return ids;
    }

    @Test
    void conditionSearchShowsWhatTheApiReturnsForTheSameQuery() {
        SearchHtml page = SearchHtml.get(s, "/search?cond=" + enc("lung cancer"));
        JsonNode api = s.json(
                "/api/v2/studies?query.cond=" + enc("lung cancer") + "&countTotal=true&pageSize=20&fields=NCTId");
        assertThat(page.total()).isEqualTo(api.path("totalCount").asLong()).isGreaterThan(20);
        assertThat(page.ids()).hasSize(20).isEqualTo(apiIds(api));
        assertThat(page.html()).contains("Page 1 of " + (api.path("totalCount").asLong() + 19) / 20);
    }

    @Test
    void facetCountsEqualTheApisCountsUnderTheSameFilters() {
        SearchHtml page = SearchHtml.get(s, "/search?cond=cancer&status=RECRUITING&phase=PHASE2");
        JsonNode facets = s.json("/api/v2/studies?query.cond=cancer&aggFilters=" + enc("status:rec,phase:2")
                        + "&tf.facets=true&countTotal=true&pageSize=1&fields=NCTId")
                .path("tf")
                .path("facets");
        Map<String, Long> counts = page.counts();
        // each facet is counted under every filter but its own choice, as on ClinicalTrials.gov
        assertThat(counts.get("f-status-recruiting"))
                .isEqualTo(facets.path("status").path("RECRUITING").asLong())
                .isPositive();
        assertThat(counts.get("f-phase-phase2"))
                .isEqualTo(facets.path("phase").path("PHASE2").asLong())
                .isPositive();
        assertThat(counts.get("f-phase-phase3"))
                .isEqualTo(facets.path("phase").path("PHASE3").asLong());
        assertThat(counts.get("f-type-interventional"))
                .isEqualTo(facets.path("studyType").path("INTERVENTIONAL").asLong());
        assertThat(counts.get("f-funder-industry"))
                .isEqualTo(facets.path("funderType").path("INDUSTRY").asLong());
        assertThat(counts.get("f-healthy-y"))
                .isEqualTo(facets.path("healthy").path("true").asLong());
        // "open to women" counts trials for women only and for all sexes
        assertThat(counts.get("f-sex-f"))
                .isEqualTo(facets.path("sex").path("FEMALE").asLong()
                        + facets.path("sex").path("ALL").asLong());
        // with status and phase chosen, the total is the chosen phase's count under the status filter
        assertThat(page.total()).isEqualTo(counts.get("f-phase-phase2"));
    }

    @Test
    void placeSearchSortedByDistanceShowsNearestSitesWithinTheRadiusInOrder() {
        SearchHtml page = SearchHtml.get(s, "/search?place=Guangzhou&radius=50km&sort=distance");
        JsonNode api = s.json("/api/v2/studies?tf.place=Guangzhou&tf.radius=50km&countTotal=true&pageSize=20&sort="
                + enc("@distance") + "&fields=NCTId");
        assertThat(page.total()).isEqualTo(api.path("totalCount").asLong()).isPositive();
        assertThat(page.ids()).isEqualTo(apiIds(api));
        List<Double> km = page.distancesKm();
        assertThat(km).hasSize(page.ids().size()).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(50.0));
        assertThat(km).isSorted();
        assertThat(page.html()).contains("Guangzhou, Guangdong, China");
        // the tracer study of the reference page has its site in Guangzhou
        SearchHtml tracer = SearchHtml.get(
                s, "/search?cond=" + enc("recurrent rectal cancer") + "&intr=toripalimab&place=Guangzhou&radius=50km");
        assertThat(tracer.ids()).contains("NCT06751394");
        assertThat(tracer.html())
                .contains("Sun Yat-sen University, Guangzhou, Guangdong, China &mdash; <strong class=\"distance\">");
    }

    @Test
    void distancesFollowTheRadiusUnit() {
        SearchHtml km = SearchHtml.get(s, "/search?place=Guangzhou&radius=50km&sort=distance");
        SearchHtml mi = SearchHtml.get(s, "/search?place=Guangzhou&radius=31mi&sort=distance");
        assertThat(mi.html()).contains("within 31 miles of").doesNotContain("within 50 km");
        assertThat(km.html()).doesNotContain(" miles</strong>");
        assertThat(mi.total()).isPositive();
    }

    @Test
    void filtersNarrowAndTheirCountsAreConsistent() {
        SearchHtml all = SearchHtml.get(s, "/search?cond=cancer");
        Map<String, Long> counts = all.counts();
        long phase2 = counts.get("f-phase-phase2");
        long phase3 = counts.get("f-phase-phase3");
        SearchHtml p2 = SearchHtml.get(s, "/search?cond=cancer&phase=PHASE2");
        assertThat(p2.total()).isEqualTo(phase2).isLessThan(all.total());
        SearchHtml p23 = SearchHtml.get(s, "/search?cond=cancer&phase=PHASE2&phase=PHASE3");
        // options of one filter widen (OR); a trial in phase 2/3 counts in both
        assertThat(p23.total()).isGreaterThanOrEqualTo(Math.max(phase2, phase3)).isLessThanOrEqualTo(phase2 + phase3);
        long recruiting = p2.counts().get("f-status-recruiting");
        SearchHtml p2r = SearchHtml.get(s, "/search?cond=cancer&phase=PHASE2&status=RECRUITING");
        assertThat(p2r.total()).isEqualTo(recruiting).isLessThan(p2.total());
        // the same filters as comma lists, and the age and healthy-volunteer filters narrow too
        assertThat(SearchHtml.get(s, "/search?cond=cancer&phase=PHASE2,PHASE3").total())
                .isEqualTo(p23.total());
        long aged = SearchHtml.get(s, "/search?cond=cancer&age=8").total();
        assertThat(aged)
                .isLessThan(all.total())
                .isEqualTo(s.json("/api/v2/studies?query.cond=cancer&tf.age=8&countTotal=true&pageSize=1")
                        .path("totalCount")
                        .asLong());
        assertThat(SearchHtml.get(s, "/search?cond=cancer&healthy=y").total()).isEqualTo(counts.get("f-healthy-y"));
    }

    @Test
    void pagesFollowOneAnotherToTheLastWithEveryMatchOnce() {
        String q = "/search?cond=cancer&sort=updated";
        SearchHtml page = SearchHtml.get(s, q);
        long total = page.total();
        long pages = (total + 19) / 20;
        assertThat(pages).isGreaterThan(2);
        assertThat(page.rel("prev")).isNull();
        List<String> seen = new ArrayList<>(page.ids());
        SearchHtml second = SearchHtml.get(s, page.rel("next"));
        assertThat(second.html()).contains("Page 2 of " + pages);
        assertThat(second.ids()).hasSize(20).doesNotContainAnyElementsOf(page.ids());
        assertThat(SearchHtml.get(s, second.rel("prev")).ids()).isEqualTo(page.ids());
        SearchHtml current = second;
        seen.addAll(second.ids());
        int n = 2;
        while (current.rel("next") != null) {
            SearchHtml next = SearchHtml.get(s, current.rel("next"));
            n++;
            assertThat(next.html()).contains("Page " + n + " of " + pages);
            // one step back is always offered
            assertThat(next.rel("prev")).isNotNull();
            assertThat(SearchHtml.get(s, next.rel("prev")).ids()).isEqualTo(current.ids());
            seen.addAll(next.ids());
            current = next;
        }
        assertThat(n).isEqualTo((int) pages);
        assertThat(current.ids()).hasSize((int) (total - 20 * (pages - 1)));
        assertThat(seen).doesNotHaveDuplicates().hasSize((int) total);
        assertThat(seen).isEqualTo(s.allIds("query.cond=cancer&sort=LastUpdatePostDate:desc", 100));
    }

    @Test
    void anEmptyResultSaysWhyAndOffersWideningLinksThatWiden() {
        // 25 km around a point some 75 km north of Guangzhou: nothing; four times wider reaches Guangzhou
        SearchHtml empty = SearchHtml.get(
                s, "/search?place=" + enc("23.80,113.26") + "&radius=25km&status=RECRUITING&phase=PHASE2");
        assertThat(empty.total()).isZero();
        assertThat(empty.html())
                .contains("No trials match")
                .contains("near 23.80,113.26 within 25 km")
                .contains("status Enrolling")
                .contains("phase Phase 2");
        SearchHtml wider = SearchHtml.get(s, empty.link("Search within 100 km"));
        assertThat(wider.total()).isPositive();
        SearchHtml everywhere = SearchHtml.get(s, empty.link("Search everywhere"));
        assertThat(everywhere.total()).isPositive();
        assertThat(empty.hasLink("Search within 50 km")).isTrue();
        assertThat(empty.hasLink("Include trials not yet enrolling")).isTrue();
        assertThat(empty.hasLink("Remove the filter phase: Phase 2")).isTrue();
        SearchHtml noStatus = SearchHtml.get(s, empty.link("Remove the filter status: Enrolling"));
        assertThat(noStatus.html()).doesNotContain("status Enrolling");
        // words that match nothing: removing them widens
        SearchHtml nonsense = SearchHtml.get(s, "/search?cond=xqzvwk&status=RECRUITING");
        assertThat(nonsense.total()).isZero();
        assertThat(SearchHtml.get(s, nonsense.link("Remove condition or disease"))
                        .total())
                .isPositive();
        assertThat(SearchHtml.get(s, nonsense.link("Include trials not yet enrolling"))
                        .html())
                .contains("status=NOT_YET_RECRUITING");
    }

    @Test
    void aPlaceThatCannotBeFoundIsSaidWithSuggestions() {
        SearchHtml page = SearchHtml.get(s, "/search?cond=cancer&place=" + enc("Narnia Guangzhou"));
        assertThat(page.html())
                .contains("We could not find the place &ldquo;Narnia Guangzhou&rdquo;")
                .doesNotContain("<h2 id=\"results-title\">");
        SearchHtml suggested = SearchHtml.get(s, page.link("Guangzhou"));
        assertThat(suggested.total()).isPositive();
        assertThat(suggested.html()).contains("value=\"cancer\"");
    }

    @Test
    void exportLinksDownloadTheSameSearchInTheApisFormats() {
        SearchHtml page = SearchHtml.get(
                s, "/search?cond=cancer&place=Guangzhou&radius=100km&status=RECRUITING&status=COMPLETED");
        List<String> ids = page.ids();
        assertThat(ids).isNotEmpty();
        String json = page.link("JSON");
        assertThat(json)
                .startsWith("/api/v2/studies?")
                .contains("query.cond=cancer")
                .contains("tf.place=Guangzhou")
                .contains("aggFilters=status%3Arec+com");
        JsonNode api = s.json(json);
        assertThat(api.path("totalCount").asLong()).isEqualTo(page.total());
        assertThat(apiIds(api).subList(0, ids.size())).isEqualTo(ids);
        var csv = s.get(page.link("CSV"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        List<List<String>> rows = Csv.parse(csv.body());
        int column = rows.get(0).indexOf("NCT Number");
        assertThat(column).isNotNegative();
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(column)).toList())
                .hasSize((int) page.total())
                .startsWith(ids.toArray(String[]::new));
        assertThat(page.html()).contains("download=\"trials.csv\"");
    }

    @Test
    void hostileParametersGiveAPageWithAMessageNeverAnError() throws Exception {
        String huge = "a".repeat(5_000);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("/search?cond=" + enc("<script>alert(1)</script>"), "&lt;script");
        cases.put("/search?place=Boston&radius=abc", "We could not read the distance");
        cases.put("/search?cond=cancer&page=-1", "There is no page");
        cases.put("/search?cond=cancer&page=999999", "That page link is incomplete");
        cases.put("/search?cond=cancer&page=2&after=bm90IGEgdG9rZW4", "That page link is out of date");
        cases.put("/search?cond=cancer&page=abc", "There is no page");
        cases.put("/search?term=" + huge, "longer than 300 characters");
        cases.put("/search?status=BOGUS", "We ignored status");
        cases.put("/search?phase=" + enc("PHASE9\"><img src=x onerror=alert(1)>"), "We ignored phase");
        cases.put("/search?sort=distance", "Sorting by distance needs a place");
        cases.put("/search?sort=sideways", "We ignored the order");
        cases.put("/search?age=-4", "We ignored the age");
        cases.put("/search?age=old", "We ignored the age");
        cases.put("/search?sex=x", "We ignored sex");
        cases.put("/search?cond=" + enc("(cancer"), "We could not run this search");
        cases.put("/search?cond=" + enc("\"><img src=x onerror=alert(1)>"), "&lt;img src=x");
        cases.put("/search?place=" + enc("\"><img src=x onerror=alert(1)>"), "We could not find the place");
        cases.put("/search?place=" + enc("999,999"), "We could not find the place");
        cases.put("/search?place=Boston&radius=99999999km", "We could not read the distance");
        cases.put("/search?unknown=1&utm_source=x", "Search clinical trials");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            var r = s.get(c.getKey());
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(200);
            assertThat(r.body())
                    .as(c.getKey())
                    .contains(c.getValue())
                    .doesNotContain("<script")
                    .doesNotContain("<img")
                    .doesNotContain("Exception");
        }
        assertThat(rawStatus("/search?cond=%ZZ&place=%")).isLessThan(500);
        // past the server's URL limit: refused by the HTTP layer, still not a server error
        assertThat(s.get("/search?term=" + "a".repeat(20_000)).statusCode()).isBetween(400, 499);
    }

    /** The status line's code for a request line Java's HttpClient refuses to send (a malformed escape). */
    private static int rawStatus(String pathAndQuery) throws IOException {
        URI base = URI.create(s.base);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream()
                    .write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getAuthority()
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void thePageLinksItsFeedAndKeepsUnderTheWeightLimit() {
        var r = s.get("/search?sort=updated");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<link rel=\"alternate\" type=\"application/atom+xml\"");
        assertThat(r.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(150 * 1024);
        assertThat(r.headers().firstValue("content-security-policy")).isPresent();
        // every control of the form has a label
        Set<String> ids = new LinkedHashSet<>();
        var m = Pattern.compile("<(?:input|select) id=\"([^\"]+)\"").matcher(r.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(r.body()).contains("<label for=\"" + id + "\">"));
    }

    @Test
    void theHomePageSearchBoxLeadsToTheSearchPage() {
        String home = s.get("/").body();
        assertThat(home)
                .contains("action=\"/search\"")
                .contains("name=\"cond\"")
                .contains("name=\"place\"")
                .contains("name=\"radius\"");
        SearchHtml page =
                SearchHtml.get(s, "/search?cond=" + enc("rectal cancer") + "&term=&place=Guangzhou&radius=250km");
        assertThat(page.total()).isPositive();
        assertThat(page.html()).contains("<option value=\"250km\" selected>");
    }
}
