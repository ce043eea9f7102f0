package org.trialfinder.search.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trialfinder.search.contract.ContractEngine.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.SearchException;
import org.trialfinder.search.browse.BrowseCount;
import org.trialfinder.search.browse.BrowseDimension;
import org.trialfinder.search.browse.BrowsePage;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.summary.StudySummary;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.StudyStore;

/** Browse counts and lists from the index: each trial counted once per key, recruiting ones apart, open trials first. */
public abstract class StudyBrowseContract {
    private static StudyDocument study(
            String id,
            String status,
            String updated,
            String conditionsJson,
            String locationsJson,
            List<DerivedGeoPoint> derived) {
        String json = """
                {"protocolSection":{"identificationModule":{"nctId":"%s","briefTitle":"Trial %s"},
                 "statusModule":{"overallStatus":"%s","lastUpdatePostDateStruct":{"date":"%s","type":"ACTUAL"}},
                 "conditionsModule":{"conditions":%s},
                 "contactsLocationsModule":{"locations":%s}}%s,"hasResults":false}""".formatted(id, id, status, updated, conditionsJson, locationsJson, "");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new StudyDocument(StudyJson.parse(bytes), bytes, derived, SourceForm.API_V2);
    }

    private static StudyDocument withMesh(StudyDocument plain, String meshJson) {
        String json = new String(plain.json(), StandardCharsets.UTF_8);
        json = json.substring(0, json.lastIndexOf(",\"hasResults\""))
                + ",\"derivedSection\":{\"conditionBrowseModule\":{\"meshes\":" + meshJson + "}},\"hasResults\":false}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new StudyDocument(StudyJson.parse(bytes), bytes, plain.derivedGeoPoints(), SourceForm.API_V2);
    }

    private static final String BOSTON_TWICE_AND_CAMBRIDGE = """
            [{"facility":"Hospital A","city":"Boston","state":"Massachusetts","country":"United States","status":"RECRUITING"},
             {"facility":"Hospital B","city":"Boston","state":"Massachusetts","country":"United States","status":"RECRUITING"},
             {"facility":"Clinic C","city":"Cambridge","state":"Massachusetts","country":"United States","status":"COMPLETED"}]""";

    private void ingest(StudyStore store) {
        try (StoreWriter w = store.openWriter()) {
            w.upsert(withMesh(
                    study(
                            "NCT00000001",
                            "RECRUITING",
                            "2024-03-01",
                            "[\"Breast Cancer\"]",
                            BOSTON_TWICE_AND_CAMBRIDGE,
                            List.of()),
                    "[{\"id\":\"D001943\",\"term\":\"Breast Neoplasms\"}]"));
            // no MeSH term: the record's own condition text, spelled two ways by two trials
            w.upsert(study(
                    "NCT00000002",
                    "COMPLETED",
                    "2024-05-01",
                    "[\"Breast Cancer\"]",
                    "[{\"facility\":\"Hospital G\",\"city\":\"Guangzhou\",\"country\":\"China\"}]",
                    List.of(new DerivedGeoPoint(0, 23.1, 113.2, "CITY", "Guangzhou, Guangdong, CN"))));
            w.upsert(study(
                    "NCT00000003",
                    "NOT_YET_RECRUITING",
                    "2023-01-01",
                    "[\" breast   cancer \"]",
                    "[{\"facility\":\"Hôpital P\",\"city\":\"Paris\",\"country\":\"France\"}]",
                    List.of()));
            w.commit(Map.of());
        }
    }

    private static BrowseCount count(List<BrowseCount> counts, String key) {
        return counts.stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key));
    }

    @Test
    void countsTrialsOncePerKeyWithTheRecruitingOnes() {
        try (StudyStore store = engine().openEmptyStore()) {
            ingest(store);
            StudyBrowse browse = engine().browse(store);

            List<BrowseCount> conditions = browse.counts(BrowseDimension.CONDITION);
            assertThat(count(conditions, "breast-neoplasms"))
                    .isEqualTo(new BrowseCount("breast-neoplasms", "Breast Neoplasms", 1, 1));
            // "Breast Cancer" and " breast   cancer " are one condition; the first spelling in order names it on a tie
            assertThat(count(conditions, "breast-cancer"))
                    .isEqualTo(new BrowseCount("breast-cancer", "Breast Cancer", 2, 0));
            assertThat(conditions).hasSize(2);

            List<BrowseCount> branches = browse.counts(BrowseDimension.BRANCH);
            assertThat(branches).extracting(BrowseCount::key).containsExactly("c04", "c17");
            assertThat(count(branches, "c04").name()).isEqualTo("Neoplasms");

            assertThat(count(browse.counts(BrowseDimension.COUNTRY), "united-states"))
                    .isEqualTo(new BrowseCount("united-states", "United States", 1, 1));
            assertThat(count(browse.counts(BrowseDimension.REGION), "united-states/massachusetts")
                            .trials())
                    .isEqualTo(1);
            List<BrowseCount> cities = browse.counts(BrowseDimension.CITY);
            // two Boston sites: one trial; Cambridge's site completed: not recruiting there
            assertThat(count(cities, "united-states/massachusetts/boston"))
                    .isEqualTo(new BrowseCount("united-states/massachusetts/boston", "Boston", 1, 1));
            assertThat(count(cities, "united-states/massachusetts/cambridge").recruiting())
                    .isZero();
            // the gazetteer's region for a derived geocode; no region at all for Paris
            assertThat(count(cities, "china/guangdong/guangzhou").name()).isEqualTo("Guangzhou");
            assertThat(count(cities, "france/-/paris").trials()).isEqualTo(1);
            assertThat(count(browse.counts(BrowseDimension.REGION), "france/-").name())
                    .isEmpty();

            assertThat(browse.counts(BrowseDimension.CITY)).isSameAs(cities); // cached until the next commit
        }
    }

    @Test
    void listsOpenTrialsFirstAndFollowsCommits() {
        try (StudyStore store = engine().openEmptyStore()) {
            ingest(store);
            StudyBrowse browse = engine().browse(store);
            BrowsePage page = browse.studies(BrowseDimension.CONDITION, "breast-cancer", 0, 10);
            assertThat(page.total()).isEqualTo(2);
            assertThat(page.open()).isEqualTo(1);
            // the not-yet-recruiting trial first although the completed one was updated later
            assertThat(page.trials()).extracting(StudySummary::nctId).containsExactly("NCT00000003", "NCT00000002");
            assertThat(browse.studies(BrowseDimension.CONDITION, "breast-cancer", 1, 10)
                            .trials())
                    .extracting(StudySummary::nctId)
                    .containsExactly("NCT00000002");
            assertThat(browse.studies(BrowseDimension.CONDITION, "breast-cancer", 5, 10)
                            .trials())
                    .isEmpty();
            assertThat(browse.studies(BrowseDimension.CITY, "nowhere/-/x", 0, 10)
                            .total())
                    .isZero();
            assertThatThrownBy(() -> browse.studies(BrowseDimension.CITY, "x", -1, 10))
                    .isInstanceOf(SearchException.class);

            List<BrowseCount> before = browse.counts(BrowseDimension.CONDITION);
            try (StoreWriter w = store.openWriter()) { // a newer version of trial 2 with another condition
                w.upsert(study("NCT00000002", "COMPLETED", "2024-06-01", "[\"Asthma\"]", "[]", List.of()));
                w.commit(Map.of());
            }
            List<BrowseCount> after = browse.counts(BrowseDimension.CONDITION);
            assertThat(after).isNotSameAs(before);
            assertThat(count(after, "breast-cancer").trials()).isEqualTo(1); // the replaced version no longer counts
            assertThat(count(after, "asthma").trials()).isEqualTo(1);
            assertThat(browse.counts(BrowseDimension.COUNTRY))
                    .extracting(BrowseCount::key)
                    .doesNotContain("china");
        }
    }
}
