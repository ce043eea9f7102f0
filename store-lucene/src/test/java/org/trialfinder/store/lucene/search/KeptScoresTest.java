package org.trialfinder.store.lucene.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.search.contract.RecordScan.anyHasWords;
import static org.trialfinder.search.contract.RecordScan.text;
import static org.trialfinder.search.contract.RecordScan.texts;
import static org.trialfinder.search.contract.SampleSearches.index;
import static org.trialfinder.search.contract.SampleSearches.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.Facet;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.SortKey;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.contract.Ask;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.ConceptExpander;
import org.trialfinder.search.terms.ConditionSynonyms;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.lucene.LuceneStudyStore;

/**
 * Repeated expressions answered from their kept matches and scores ({@link CommitScores}) give the answers every
 * search scoring its expressions gives: the same hits in the same order with the same scores, the same totals,
 * facets and pages, whatever the filters, sort and place around the expression. Each request is asked four times
 * (counted, counted, then kept: later searches read what was kept).
 */
class KeptScoresTest {
    private static final String BOSTON = "distance(42.3601,-71.0589,3000mi)";
    private static StudySearch plain;
    private static StudySearch kept;

    private static synchronized void searches() {
        if (plain == null) {
            ConditionSynonyms synonyms = new ConditionSynonyms(
                    new ConceptExpander(MeshThesaurus.loadDefault(), Abbreviations.loadDefault()));
            LuceneStudyStore store = (LuceneStudyStore) index().store();
            plain = new LuceneStudySearch(store, synonyms, LuceneStudySearch.GEO_DECAY_LIMIT, false);
            kept = new LuceneStudySearch(store, synonyms, LuceneStudySearch.GEO_DECAY_LIMIT, true);
        }
    }

    private static List<Supplier<Ask>> requests() {
        return List.of(
                () -> Ask.query("query.cond", "cancer"),
                () -> Ask.query("query.cond", "breast cancer").statuses("RECRUITING", "NOT_YET_RECRUITING"),
                () -> Ask.query("query.cond", "diabetes").sort("LastUpdatePostDate", false),
                () -> Ask.query("query.cond", "lung cancer").geo(BOSTON),
                () -> Ask.query("query.cond", "cancer").geo(BOSTON).sort(SortKey.DISTANCE, false),
                () -> Ask.query("query.term", "pain").facet(Facet.PHASE, "2", "3"),
                () -> Ask.query("query.term", "\"heart failure\"").age(40),
                () -> Ask.advanced("AREA[StartDate]RANGE[2020-01-01,MAX]").and("query.intr", "placebo"),
                () -> Ask.query("query.cond", "asthma").and("query.term", "children"),
                () -> Ask.query("query.cond", "cancer").withFacets().statuses("RECRUITING"),
                () -> Ask.query("query.cond", "hypertension").sort("EnrollmentCount", true));
    }

    private static void sameAnswer(SearchPage want, SearchPage got, String what) {
        assertThat(got.hits().stream().map(SearchHit::nctId).toList())
                .as(what)
                .isEqualTo(want.hits().stream().map(SearchHit::nctId).toList());
        assertThat(got.hits().stream().map(SearchHit::score).toList())
                .as(what + " scores")
                .isEqualTo(want.hits().stream().map(SearchHit::score).toList());
        assertThat(got.total()).as(what + " total").isEqualTo(want.total());
        assertThat(got.nextPageToken().isPresent())
                .as(what + " next page")
                .isEqualTo(want.nextPageToken().isPresent());
        assertThat(got.facets()).as(what + " facets").isEqualTo(want.facets());
    }

    @Test
    void firstPagesWithTotalsAreTheSameEachTime() {
        searches();
        for (Supplier<Ask> ask : requests()) {
            SearchPage want = plain.search(ask.get().countTotal().pageSize(25).request());
            String what = ask.get().request().toString();
            for (int time = 1; time <= 4; time++) {
                sameAnswer(want, kept.search(ask.get().countTotal().pageSize(25).request()), what + " #" + time);
            }
            // and without the total (another collector mode: the top hits may skip what cannot compete)
            sameAnswer(
                    plain.search(ask.get().pageSize(10).request()),
                    kept.search(ask.get().pageSize(10).request()),
                    what + " without total");
        }
    }

    @Test
    void everyPageIsTheSame() {
        searches();
        for (Supplier<Ask> ask : requests()) {
            assertThat(allIds(kept, ask)).as(ask.get().request().toString()).isEqualTo(allIds(plain, ask));
        }
    }

    @Test
    void keptTotalsMatchAScan() {
        searches();
        // a word as typed (no synonyms, no stemming) in the intervention area's fields, recruiting or not
        Set<String> want = scan(r -> {
            List<String> fields = new ArrayList<>();
            for (JsonNode i : r.at("/protocolSection/armsInterventionsModule/interventions")) {
                fields.add(i.path("name").asText(""));
                fields.add(i.path("description").asText(""));
                i.path("otherNames").forEach(n -> fields.add(n.asText()));
            }
            for (JsonNode g : r.at("/protocolSection/armsInterventionsModule/armGroups")) {
                fields.add(g.path("label").asText(""));
                fields.add(g.path("description").asText(""));
            }
            fields.addAll(texts(r, "/derivedSection/interventionBrowseModule/meshes", "term"));
            fields.addAll(texts(r, "/derivedSection/interventionBrowseModule/ancestors", "term"));
            fields.addAll(texts(r, "/protocolSection/conditionsModule/keywords", null));
            fields.add(text(r, "/protocolSection/identificationModule/briefTitle"));
            fields.add(text(r, "/protocolSection/identificationModule/officialTitle"));
            return anyHasWords(fields, "placebo");
        });
        assertThat(want).hasSizeGreaterThan(50);
        Supplier<Ask> placebo = () -> Ask.query("query.intr", "EXPANSION[None]placebo");
        for (int time = 1; time <= 4; time++) {
            SearchPage page = kept.search(placebo.get().countTotal().pageSize(5).request());
            assertThat(page.total()).as("#" + time).hasValue(want.size());
        }
        assertThat(new TreeSet<>(allIds(kept, placebo))).isEqualTo(want);
    }

    private static List<String> allIds(StudySearch search, Supplier<Ask> ask) {
        List<String> ids = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            Ask a = ask.get().pageSize(41);
            token.ifPresent(a::pageToken);
            SearchPage page = search.search(a.request());
            page.hits().forEach(h -> ids.add(h.nctId()));
            token = page.nextPageToken();
        } while (token.isPresent());
        return ids;
    }
}
