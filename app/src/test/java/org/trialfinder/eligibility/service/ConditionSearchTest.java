package org.trialfinder.eligibility.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.eligibility.rank.Candidate;
import org.trialfinder.ingest.IngestOptions;
import org.trialfinder.ingest.source.SourceItem;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.GeoFilter;
import org.trialfinder.search.StudySearch;
import org.trialfinder.store.StudyStore;

/** The patient's condition phrases through the real search over a real store of hand-made trials. */
class ConditionSearchTest {
    @TempDir
    static Path dir;

    static Trialfinder app;
    static StudyStore store;
    static StudySearch search;

    @BeforeAll
    static void ingest() throws IOException {
        app = Trialfinder.open(dir, System.out);
        store = app.store();
        List<SourceItem> items = List.of(
                study("NCT90000001", "Chemoradiation for Rectal Cancer", "RECRUITING", "Rectal Cancer", "Boston"),
                study("NCT90000002", "Surgery for Rectal Cancer", "COMPLETED", "Rectal Cancer", "Boston"),
                study("NCT90000003", "Inhaled Steroids in Asthma", "RECRUITING", "Asthma", "Boston"),
                study("NCT90000004", "Rectal Cancer Screening Abroad", "RECRUITING", "Rectal Cancer", "Tokyo"));
        app.ingester(IngestOptions.quiet()).ingest("test", sink -> items.forEach(sink), () -> 0, 0, Map.of());
        search = app.search();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static SourceItem study(String id, String title, String status, String condition, String city) {
        ObjectNode s = StudyJson.mapper().createObjectNode();
        ObjectNode p = s.putObject("protocolSection");
        p.putObject("identificationModule").put("nctId", id).put("briefTitle", title);
        p.putObject("statusModule").put("overallStatus", status);
        p.putObject("conditionsModule").putArray("conditions").add(condition);
        p.putObject("contactsLocationsModule")
                .putArray("locations")
                .addObject()
                .put("facility", "Hospital")
                .put("city", city)
                .put("country", city.equals("Tokyo") ? "Japan" : "United States")
                .put("status", "RECRUITING");
        return new SourceItem.JsonTree(id, s);
    }

    private static List<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.study().nctId()).toList();
    }

    @Test
    void recruitingTrialsMatchingAnyPhraseWithTheirRelevance() {
        List<Candidate> found =
                ConditionSearch.recruiting(search, Optional.empty(), 100).find(List.of("rectal cancer", "asthma"));
        assertThat(ids(found)).containsExactlyInAnyOrder("NCT90000001", "NCT90000003", "NCT90000004");
        assertThat(found).allSatisfy(c -> assertThat(c.relevance()).isPositive());
    }

    @Test
    void relevanceIsTheSearchScoreBestFirst() {
        // "rectal cancer" in the title as well as the condition scores above the condition alone
        List<Candidate> found =
                new ConditionSearch(search, Set.of(), Optional.empty(), Set.of(), 100).find(List.of("rectal cancer"));
        assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(b.relevance(), a.relevance()));
        assertThat(found.getFirst().relevance()).isGreaterThan(0);
    }

    @Test
    void aPlaceAndRadiusKeepsNearbyTrialsOnly() {
        GeoFilter boston = GeoFilter.parse("filter.geo", "distance(42.3601,-71.0589,50km)");
        assertThat(ids(ConditionSearch.recruiting(search, Optional.of(boston), 100)
                        .find(List.of("rectal cancer"))))
                .containsExactly("NCT90000001");
    }

    @Test
    void anIdSetAndAnyStatusFindsCompletedTrialsToo() {
        ConditionSearch within =
                new ConditionSearch(search, Set.of(), Optional.empty(), Set.of("NCT90000002", "NCT90000003"), 100);
        assertThat(ids(within.find(List.of("rectal cancer")))).containsExactly("NCT90000002");
    }

    @Test
    void limitAndNoPhrases() {
        assertThat(ConditionSearch.recruiting(search, Optional.empty(), 1).find(List.of("rectal cancer")))
                .hasSize(1);
        assertThat(ConditionSearch.recruiting(search, Optional.empty(), 10).find(List.of(" ", "()")))
                .isEmpty();
    }

    @Test
    void phrasesCannotBeReadAsOperators() {
        assertThat(ConditionSearch.expression(List.of("Crohn's (Disease)", "AND \"x\"", "  ", "crohn's disease")))
                .contains("(crohn's disease) OR (and x)");
    }
}
