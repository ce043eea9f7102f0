package org.trialfinder.app.site.browse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.SampleServer;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.browse.BrowseSlug;
import org.trialfinder.store.DerivedGeoPoint;

/**
 * The browse pages over the real server and the bundled sample (v2 and legacy records): every count
 * checked against a plain scan of the stored records, condition and city pages list exactly their
 * trials with the open ones first, navigation country → region → city, 404s, and the page weight.
 */
class BrowsePagesTest {
    private static final int MAX_PAGE_BYTES = 150 * 1024;
    private static final Pattern ENTRY = Pattern.compile(
            "<li><a href=\"([^\"]+)\">([^<]*)</a> <span class=\"count\">([\\d,]+) trials?, (none|[\\d,]+) recruiting</span></li>");
    private static final Pattern TRIAL = Pattern.compile("href=\"/study/(NCT\\d{8})\"");
    private static final Pattern STATUS = Pattern.compile("<span class=\"status status-([a-z_]*)\">");
    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\">");

    private static SampleServer server;
    /** What a plain scan of the records says: per key, the trials and the recruiting ones. */
    private static final Map<String, Set<String>> conditionTrials = new HashMap<>();

    private static final Map<String, Set<String>> conditionRecruiting = new HashMap<>();
    private static final Map<String, Set<String>> placeTrials = new HashMap<>();
    private static final Map<String, Set<String>> placeRecruiting = new HashMap<>();
    private static final Map<String, String> statusById = new HashMap<>();

    @BeforeAll
    static void scan() throws IOException {
        server = SampleServer.get();
        server.store.forEach(stored -> {
            JsonNode s = tree(stored.json());
            String id = stored.nctId();
            String status = s.at("/protocolSection/statusModule/overallStatus").asText();
            statusById.put(id, status);
            boolean recruiting = status.equals("RECRUITING");
            List<String> names = new ArrayList<>();
            s.at("/derivedSection/conditionBrowseModule/meshes")
                    .forEach(m -> names.add(m.path("term").asText()));
            if (names.isEmpty()) {
                s.at("/protocolSection/conditionsModule/conditions").forEach(c -> names.add(c.asText()));
            }
            for (String name : names) {
                String slug = BrowseSlug.of(name);
                if (!slug.isEmpty()) {
                    add(conditionTrials, conditionRecruiting, slug, id, recruiting);
                }
            }
            Map<Integer, DerivedGeoPoint> derived = new HashMap<>();
            stored.derivedGeoPoints().forEach(d -> derived.put(d.locationIndex(), d));
            JsonNode locations = s.at("/protocolSection/contactsLocationsModule/locations");
            for (int i = 0; i < locations.size(); i++) {
                JsonNode site = locations.get(i);
                String country = BrowseSlug.of(site.path("country").asText(""));
                if (country.isEmpty()) {
                    continue;
                }
                String region = BrowseSlug.of(site.path("state").asText(""));
                if (region.isEmpty() && derived.containsKey(i)) {
                    String[] parts = derived.get(i).matchedPlace().split(", ");
                    region = switch (derived.get(i).precision()) {
                        case "CITY" -> parts.length == 3 ? BrowseSlug.of(parts[1]) : "";
                        case "REGION" -> parts.length == 2 ? BrowseSlug.of(parts[0]) : "";
                        default -> "";
                    };
                }
                String regionKey = country + "/" + (region.isEmpty() ? "-" : region);
                String siteStatus = site.path("status").asText("");
                boolean here = recruiting && (siteStatus.isEmpty() || siteStatus.equals("RECRUITING"));
                add(placeTrials, placeRecruiting, country, id, here);
                add(placeTrials, placeRecruiting, regionKey, id, here);
                String city = BrowseSlug.of(site.path("city").asText(""));
                if (!city.isEmpty()) {
                    add(placeTrials, placeRecruiting, regionKey + "/" + city, id, here);
                }
            }
        });
    }

    private static void add(
            Map<String, Set<String>> trials, Map<String, Set<String>> recruiting, String key, String id, boolean r) {
        trials.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
        if (r) {
            recruiting.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
        }
    }

    private static JsonNode tree(byte[] json) {
        try {
            return StudyJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page that must answer 200 with HTML under the weight limit. */
    private static String page(String path) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(r.body().getBytes(StandardCharsets.UTF_8).length)
                .as("weight of " + path)
                .isLessThan(MAX_PAGE_BYTES);
        assertThat(r.body()).contains("<nav aria-label=\"Breadcrumb\"");
        assertThat(r.body().split("<h1", -1)).as("one h1 on " + path).hasSize(2);
        return r.body();
    }

    /** Every page of a paginated list, following its "Next page" links. */
    private static List<String> allPages(String path) {
        List<String> pages = new ArrayList<>();
        String next = path;
        while (next != null) {
            String body = page(next.replace("&amp;", "&"));
            pages.add(body);
            Matcher m = NEXT.matcher(body);
            next = m.find() ? m.group(1) : null;
            assertThat(pages.size()).isLessThan(1000);
        }
        return pages;
    }

    /** Entries of list pages: the key after {@code prefix} in each link → "trials/recruiting". */
    private static Map<String, String> entries(List<String> pages, String prefix) {
        Map<String, String> out = new TreeMap<>();
        for (String body : pages) {
            Matcher m = ENTRY.matcher(body);
            while (m.find()) {
                String href = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
                if (href.startsWith(prefix)) {
                    out.put(
                            href.substring(prefix.length()),
                            m.group(3).replace(",", "") + "/"
                                    + (m.group(4).equals("none")
                                            ? "0"
                                            : m.group(4).replace(",", "")));
                }
            }
        }
        return out;
    }

    private static Map<String, String> expected(
            Map<String, Set<String>> trials, Map<String, Set<String>> recruiting, Predicate<String> keys) {
        Map<String, String> out = new TreeMap<>();
        trials.forEach((k, ids) -> {
            if (keys.test(k)) {
                out.put(
                        k,
                        ids.size() + "/" + recruiting.getOrDefault(k, Set.of()).size());
            }
        });
        return out;
    }

    /** Trial ids over every page of a trials list, in order, checking open trials come first. */
    private static List<String> trialsOf(String path) {
        List<String> ids = new ArrayList<>();
        for (String body : allPages(path)) {
            Matcher m = TRIAL.matcher(body);
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        boolean closedSeen = false;
        for (String id : ids) {
            boolean open = Set.of("RECRUITING", "NOT_YET_RECRUITING").contains(statusById.get(id));
            assertThat(open && closedSeen)
                    .as(id + " is open but listed after a closed trial on " + path)
                    .isFalse();
            closedSeen |= !open;
        }
        return ids;
    }

    /** Text content as the templates escape it (quotes are escaped only inside attributes). */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void everyConditionOfTheIndexHasTheCountsOfAScan() {
        String index = page("/conditions");
        assertThat(index)
                .contains("Find clinical trials by condition")
                .contains("Conditions by MeSH branch")
                .contains("href=\"/conditions/branch/c04\">Neoplasms</a>");
        Matcher letters =
                Pattern.compile("href=\"(/conditions/letter/[^\"]+)\"").matcher(index);
        List<String> pages = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        while (letters.find()) {
            if (seen.add(letters.group(1))) {
                pages.addAll(allPages(letters.group(1)));
            }
        }
        assertThat(seen).contains("/conditions/letter/a", "/conditions/letter/z");
        Map<String, String> shown = entries(pages, "/conditions/");
        assertThat(shown).isEqualTo(expected(conditionTrials, conditionRecruiting, k -> true));
        assertThat(shown).hasSizeGreaterThan(400);
    }

    @Test
    void aConditionPageListsExactlyItsTrialsOpenOnesFirst() {
        // the condition with the most trials (several pages), and one with a single trial
        String big = conditionTrials.entrySet().stream()
                .max(Map.Entry.comparingByValue(Comparator.comparingInt(Set::size)))
                .orElseThrow()
                .getKey();
        assertThat(conditionTrials.get(big).size()).isGreaterThan(BrowsePages.TRIALS_PER_PAGE);
        List<String> ids = trialsOf("/conditions/" + big);
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(conditionTrials.get(big));
        String first = page("/conditions/" + big);
        assertThat(first).contains("/search?cond=").contains("rel=\"next\"").contains("Page 1 of ");
        Matcher status = STATUS.matcher(first);
        assertThat(status.find()).isTrue();

        String single = conditionTrials.entrySet().stream()
                .filter(e -> e.getValue().size() == 1)
                .findFirst()
                .orElseThrow()
                .getKey();
        assertThat(trialsOf("/conditions/" + single)).containsExactlyElementsOf(conditionTrials.get(single));
    }

    @Test
    void aMeshConditionLinksToItsBroaderAndNarrowerConditions() {
        // Neoplasms branch page lists Breast Neoplasms; its page links back up to a broader condition with trials
        String branch = String.join("", allPages("/conditions/branch/c04"));
        assertThat(branch).contains("href=\"/conditions/breast-neoplasms\"");
        String breast = page("/conditions/breast-neoplasms");
        assertThat(breast).contains("<h2>MeSH branches</h2>").contains("href=\"/conditions/branch/c04\"");
        String broaderSection = breast.contains("<h2>Broader conditions</h2>")
                ? breast.substring(breast.indexOf("<h2>Broader conditions</h2>"))
                : "";
        if (conditionTrials.containsKey("breast-diseases")) {
            assertThat(broaderSection).contains("href=\"/conditions/breast-diseases\"");
        }
    }

    @Test
    void countriesRegionsAndCitiesHaveTheCountsOfAScan() {
        Map<String, String> countries = entries(List.of(page("/locations")), "/locations/");
        assertThat(countries).isEqualTo(expected(placeTrials, placeRecruiting, k -> !k.contains("/")));
        Map<String, String> usRegions = entries(allPages("/locations/united-states"), "/locations/");
        assertThat(usRegions)
                .isEqualTo(expected(
                        placeTrials,
                        placeRecruiting,
                        k -> k.startsWith("united-states/") && k.indexOf('/') == k.lastIndexOf('/')));
        Map<String, String> massachusetts = entries(allPages("/locations/united-states/massachusetts"), "/locations/");
        assertThat(massachusetts)
                .isEqualTo(expected(placeTrials, placeRecruiting, k -> k.startsWith("united-states/massachusetts/")));
        assertThat(massachusetts).containsKey("united-states/massachusetts/boston");
    }

    @Test
    void chinaGuangdongGuangzhouLeadsToNct06751394() {
        assertThat(page("/locations")).contains("href=\"/locations/china\"");
        assertThat(page("/locations/china")).contains("href=\"/locations/china/guangdong\"");
        assertThat(page("/locations/china/guangdong")).contains("href=\"/locations/china/guangdong/guangzhou\"");
        String city = page("/locations/china/guangdong/guangzhou");
        assertThat(city)
                .contains("Clinical trials in Guangzhou, Guangdong, China")
                .contains("href=\"/study/NCT06751394\"")
                .contains("href=\"/search?place=Guangzhou%2C+China&amp;radius=50km\"")
                .contains("<a href=\"/locations/china/guangdong\">Guangdong</a>")
                .contains("<ul class=\"sites\"");
        assertThat(trialsOf("/locations/china/guangdong/guangzhou"))
                .containsExactlyInAnyOrderElementsOf(placeTrials.get("china/guangdong/guangzhou"));
    }

    @Test
    void aUsCityPageListsItsTrialsWithTheirSitesThere() {
        String key = "united-states/massachusetts/boston";
        List<String> ids = trialsOf("/locations/" + key);
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(placeTrials.get(key));
        String first = page("/locations/" + key);
        assertThat(first).contains("<ul class=\"sites\" aria-label=\"Sites here\">");
        // a site of the first trial in Boston is named on the page
        JsonNode study = server.records.get(ids.getFirst());
        String facility = null;
        for (JsonNode site : study.at("/protocolSection/contactsLocationsModule/locations")) {
            if (site.path("city").asText().equals("Boston") && site.hasNonNull("facility")) {
                facility = site.get("facility").asText();
            }
        }
        if (facility != null) {
            assertThat(first).contains(html(facility));
        }
    }

    @Test
    void unknownAddressesAndBadPageNumbersAreClearHtmlAnswers() {
        for (String path : List.of(
                "/conditions/no-such-condition",
                "/conditions/letter/%C3%A9",
                "/conditions/branch/z99",
                "/locations/atlantis",
                "/locations/china/nowhere",
                "/locations/china/guangdong/nowhere",
                "/conditions/letter/a?page=999",
                "/locations/united-states/massachusetts%2Fboston",
                "/locations/united-states/massachusetts/boston%2Fx")) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains("<h1>").doesNotContain("Exception");
        }
        HttpResponse<String> spaced = server.get("/conditions/Breast%20Neoplasms");
        assertThat(spaced.statusCode()).isEqualTo(301);
        assertThat(spaced.headers().firstValue("location")).hasValue("/conditions/breast-neoplasms");
        HttpResponse<String> bad = server.get("/conditions/letter/a?page=abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("The page number must be a whole number from 1, not \"abc\".");
    }
}
