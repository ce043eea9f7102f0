package org.trialfinder.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests against the real sample whose expected answer is derived independently: by a plain scan
 * over the stored records in the test (JSON navigation, no index, no field catalog), then compared
 * with every id the API returns when paged to the end.
 */
class SearchAgainstScanTest {
    static SampleServer s;

    @BeforeAll
    static void start() throws Exception {
        s = SampleServer.get();
    }

    private static Set<String> scan(Predicate<JsonNode> p) {
        return s.records.entrySet().stream()
                .filter(e -> p.test(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> api(String query) {
        List<String> ids = s.allIds(query, 1000);
        assertThat(ids).as("no study twice").doesNotHaveDuplicates();
        return new TreeSet<>(ids);
    }

    private static void same(String query, Predicate<JsonNode> expected) {
        Set<String> want = scan(expected);
        assertThat(want).as("the scan finds something for " + query).isNotEmpty();
        assertThat(api(query)).as(query).isEqualTo(want);
        long total = s.json("/api/v2/studies?" + query + "&countTotal=true&pageSize=1&fields=NCTId")
                .path("totalCount")
                .asLong();
        assertThat(total).as("totalCount of " + query).isEqualTo(want.size());
    }

    private static String text(JsonNode n, String pointer) {
        return n.at(pointer).asText("");
    }

    private static List<String> texts(JsonNode n, String arrayPointer, String field) {
        List<String> out = new ArrayList<>();
        n.at(arrayPointer)
                .forEach(x -> out.add(field == null ? x.asText() : x.path(field).asText("")));
        return out;
    }

    /** Lowercase words without diacritics, separated by single spaces and padded: " erectile dysfunction ". */
    private static String words(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return " " + String.join(" ", folded.split("[^\\p{L}\\p{N}]+")).trim() + " ";
    }

    private static double ageYears(String age) {
        String[] p = age.trim().split("\\s+");
        double n = Double.parseDouble(p[0]);
        String unit = p[1].toLowerCase(Locale.ROOT);
        return unit.startsWith("year")
                ? n
                : unit.startsWith("month")
                        ? n * 30.4375 / 365.25
                        : unit.startsWith("week")
                                ? n * 7 / 365.25
                                : unit.startsWith("day")
                                        ? n / 365.25
                                        : unit.startsWith("hour") ? n / 24 / 365.25 : n / 1440 / 365.25;
    }

    @Test
    void overallStatusFilter() {
        same(
                "filter.overallStatus=RECRUITING",
                r -> text(r, "/protocolSection/statusModule/overallStatus").equals("RECRUITING"));
        same(
                "filter.overallStatus=NOT_YET_RECRUITING%7CENROLLING_BY_INVITATION",
                r -> Set.of("NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION")
                        .contains(text(r, "/protocolSection/statusModule/overallStatus")));
    }

    @Test
    void phaseAreaAndListSize() {
        same(
                "filter.advanced=" + SampleServer.enc("AREA[Phase]PHASE3"),
                r -> texts(r, "/protocolSection/designModule/phases", null).contains("PHASE3"));
        same(
                "filter.advanced=" + SampleServer.enc("AREA[Phase:size] 2"),
                r -> r.at("/protocolSection/designModule/phases").size() == 2);
    }

    @Test
    void dateRange() {
        same(
                "filter.advanced=" + SampleServer.enc("AREA[StartDate]RANGE[2020-01-01,2020-12-31]"),
                r -> text(r, "/protocolSection/statusModule/startDateStruct/date")
                        .startsWith("2020"));
        same(
                "filter.advanced=" + SampleServer.enc("AREA[LastUpdatePostDate]RANGE[2025-06-01,MAX]"),
                r -> text(r, "/protocolSection/statusModule/lastUpdatePostDateStruct/date")
                                .compareTo("2025-06-01")
                        >= 0);
    }

    @Test
    void numberRangeAndMissing() {
        same("filter.advanced=" + SampleServer.enc("AREA[EnrollmentCount]RANGE[100,200]"), r -> {
            JsonNode c = r.at("/protocolSection/designModule/enrollmentInfo/count");
            return c.isNumber() && c.asLong() >= 100 && c.asLong() <= 200;
        });
        same(
                "filter.advanced=" + SampleServer.enc("AREA[MaximumAge]MISSING"),
                r -> r.at("/protocolSection/eligibilityModule/maximumAge").isMissingNode());
    }

    @Test
    void ageRangesWithUnits() {
        same("filter.advanced=" + SampleServer.enc("AREA[MinimumAge]RANGE[MIN, 17 years]"), r -> {
            String a = text(r, "/protocolSection/eligibilityModule/minimumAge");
            return !a.isEmpty() && ageYears(a) <= 17;
        });
    }

    @Test
    void aPersonsAgeAdmitsMissingBounds() {
        same("tf.age=70&filter.overallStatus=RECRUITING", r -> {
            if (!text(r, "/protocolSection/statusModule/overallStatus").equals("RECRUITING")) {
                return false;
            }
            String min = text(r, "/protocolSection/eligibilityModule/minimumAge");
            String max = text(r, "/protocolSection/eligibilityModule/maximumAge");
            return (min.isEmpty() || ageYears(min) <= 70) && (max.isEmpty() || ageYears(max) >= 70);
        });
    }

    @Test
    void exactPhraseInTheConditionArea() {
        String[] pointers = {
            "/protocolSection/identificationModule/briefTitle", "/protocolSection/identificationModule/officialTitle"
        };
        same("query.cond=" + SampleServer.enc("EXPANSION[None]\"erectile dysfunction\""), r -> {
            List<String> fields = new ArrayList<>();
            fields.addAll(texts(r, "/protocolSection/conditionsModule/conditions", null));
            fields.addAll(texts(r, "/protocolSection/conditionsModule/keywords", null));
            fields.addAll(texts(r, "/derivedSection/conditionBrowseModule/meshes", "term"));
            fields.addAll(texts(r, "/derivedSection/conditionBrowseModule/ancestors", "term"));
            for (String p : pointers) {
                fields.add(text(r, p));
            }
            return fields.stream().anyMatch(f -> words(f).contains(" erectile dysfunction "));
        });
    }

    @Test
    void locationCountryAndSameSiteConditions() {
        same(
                "query.locn=" + SampleServer.enc("AREA[LocationCountry]Japan"),
                r -> texts(r, "/protocolSection/contactsLocationsModule/locations", "country")
                        .contains("Japan"));
        same(
                "query.locn="
                        + SampleServer.enc(
                                "SEARCH[Location](AREA[LocationCity]Boston AND AREA[LocationState]Massachusetts)"),
                r -> {
                    for (JsonNode site : r.at("/protocolSection/contactsLocationsModule/locations")) {
                        if (words(site.path("city").asText("")).contains(" boston ")
                                && words(site.path("state").asText("")).contains(" massachusetts ")) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    @Test
    void booleanOperatorsWithNot() {
        same(
                "filter.advanced="
                        + SampleServer.enc(
                                "AREA[StudyType]INTERVENTIONAL AND NOT (AREA[Phase]PHASE2 OR AREA[Phase]PHASE3)"),
                r -> text(r, "/protocolSection/designModule/studyType").equals("INTERVENTIONAL")
                        && !texts(r, "/protocolSection/designModule/phases", null)
                                .contains("PHASE2")
                        && !texts(r, "/protocolSection/designModule/phases", null)
                                .contains("PHASE3"));
    }

    @Test
    void websiteFacetFilters() {
        same(
                "aggFilters=" + SampleServer.enc("status:rec not,phase:2,sex:f"),
                r -> Set.of("RECRUITING", "NOT_YET_RECRUITING")
                                .contains(text(r, "/protocolSection/statusModule/overallStatus"))
                        && texts(r, "/protocolSection/designModule/phases", null)
                                .contains("PHASE2")
                        && text(r, "/protocolSection/eligibilityModule/sex").equals("FEMALE"));
        same(
                "aggFilters=" + SampleServer.enc("results:with,healthy:y"),
                r -> r.path("hasResults").asBoolean(false)
                        && r.at("/protocolSection/eligibilityModule/healthyVolunteers")
                                .asBoolean(false));
    }

    @Test
    void idsAndAliases() {
        Set<String> got = api("filter.ids=NCT06751394,NCT00459394%7CNCT09999999");
        // NCT00459394 is an alias of NCT00470873 in the sample
        assertThat(got).containsExactlyInAnyOrder("NCT06751394", "NCT00470873");
    }

    @Test
    void facetCountsMatchTheScan() {
        JsonNode facets = s.json(
                        "/api/v2/studies?query.cond=" + SampleServer.enc("EXPANSION[None]\"erectile dysfunction\"")
                                + "&tf.facets=true&pageSize=1&fields=NCTId")
                .path("tf")
                .path("facets");
        Set<String> matching = api("query.cond=" + SampleServer.enc("EXPANSION[None]\"erectile dysfunction\""));
        Map<String, Long> byStatus = matching.stream()
                .map(id -> text(s.records.get(id), "/protocolSection/statusModule/overallStatus"))
                .collect(Collectors.groupingBy(x -> x, Collectors.counting()));
        byStatus.forEach(
                (status, count) -> assertThat(facets.path("status").path(status).asLong())
                        .as(status)
                        .isEqualTo(count));
        Set<String> seen = new HashSet<>();
        facets.path("status").fieldNames().forEachRemaining(seen::add);
        assertThat(seen).isEqualTo(byStatus.keySet());
        Map<String, Long> byCountry = new HashMap<>();
        matching.forEach(
                id -> texts(s.records.get(id), "/protocolSection/contactsLocationsModule/locations", "country").stream()
                        .distinct()
                        .forEach(c -> byCountry.merge(c, 1L, Long::sum)));
        byCountry.forEach((country, count) -> assertThat(
                        facets.path("country").path(country).asLong())
                .as(country)
                .isEqualTo(count));
    }
}
