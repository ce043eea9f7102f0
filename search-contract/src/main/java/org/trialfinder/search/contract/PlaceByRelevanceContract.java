package org.trialfinder.search.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.search.contract.SampleSearches.idSet;
import static org.trialfinder.search.contract.SampleSearches.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.ConceptExpander;
import org.trialfinder.search.terms.ConditionSynonyms;
import org.trialfinder.search.terms.MeshThesaurus;

/**
 * Searches by words and a place, ranked by relevance: the matches are counted in the decayed search's own pass, and
 * that count decides whether geoDecay applies. Expected answers come from two other searches that take neither
 * path: the words alone (ranked, no place) and the place alone (no words, ordered by id).
 */
public abstract class PlaceByRelevanceContract {
    private static final String COND = "cancer";
    /** Boston, 3,000 miles: most of North America, so many of the sample's cancer studies. */
    private static final String PLACE = "distance(42.3601,-71.0589,3000mi)";

    private static Ask wordsNearPlace() {
        return Ask.query("query.cond", COND).geo(PLACE);
    }

    /** The words' matches in their relevance order, kept when they also have a site within the radius. */
    private static List<String> expectedWithoutDecay() {
        Set<String> near = idSet(Ask.all().geo(PLACE));
        List<String> ranked = allIds(index().search(), () -> Ask.query("query.cond", COND));
        assertThat(ranked).isNotEmpty();
        return ranked.stream().filter(near::contains).toList();
    }

    private static List<String> allIds(StudySearch search, Supplier<Ask> ask) {
        List<String> ids = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            Ask a = ask.get().pageSize(37);
            token.ifPresent(a::pageToken);
            SearchPage page = search.search(a.request());
            page.hits().forEach(h -> ids.add(h.nctId()));
            token = page.nextPageToken();
        } while (token.isPresent());
        return ids;
    }

    private static long total(StudySearch search, Ask ask) {
        return search.search(ask.countTotal().pageSize(5).request()).total().orElseThrow();
    }

    private static ConditionSynonyms synonyms;

    /** The sample's search (the app's condition synonyms, as the engine's sample builds them) with another decay limit. */
    private static synchronized StudySearch withDecayLimit(int limit) {
        if (synonyms == null) {
            synonyms = new ConditionSynonyms(
                    new ConceptExpander(MeshThesaurus.loadDefault(), Abbreviations.loadDefault()));
        }
        return index().searchWithDecayLimit(synonyms, limit);
    }

    @Test
    void withinTheLimitEveryMatchIsCountedAndFoundOnceNearestFirst() {
        List<String> expected = expectedWithoutDecay();
        assertThat(expected).hasSizeGreaterThan(20);

        assertThat(total(index().search(), wordsNearPlace())).isEqualTo(expected.size());
        List<String> decayed = allIds(index().search(), PlaceByRelevanceContract::wordsNearPlace);
        assertThat(decayed).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(decayed)).isEqualTo(new TreeSet<>(expected));

        // the decay orders the first page: scores never rise, and they are not the words' own order
        List<Float> scores = index()
                .search()
                .search(wordsNearPlace().pageSize(50).request())
                .hits()
                .stream()
                .map(SearchHit::score)
                .toList();
        for (int i = 1; i < scores.size(); i++) {
            assertThat(scores.get(i)).as("score %d", i).isLessThanOrEqualTo(scores.get(i - 1));
        }
        assertThat(decayed).isNotEqualTo(expected);
    }

    @Test
    void pastTheLimitTheMatchesKeepTheWordsOwnOrder() {
        StudySearch noDecay = withDecayLimit(0);
        List<String> expected = expectedWithoutDecay();

        assertThat(total(noDecay, wordsNearPlace())).isEqualTo(expected.size());
        assertThat(allIds(noDecay, PlaceByRelevanceContract::wordsNearPlace)).isEqualTo(expected);
        // facets ask for their own pass over the same matches: same hits, same total
        SearchPage withFacets = noDecay.search(
                wordsNearPlace().countTotal().withFacets().pageSize(30).request());
        assertThat(withFacets.total()).hasValue(expected.size());
        assertThat(withFacets.hits().stream().map(SearchHit::nctId).toList())
                .isEqualTo(expected.subList(0, Math.min(30, expected.size())));
    }

    @Test
    void exactlyAtTheLimitTheDecayStillApplies() {
        List<String> expected = expectedWithoutDecay();
        StudySearch atLimit = withDecayLimit(expected.size());
        assertThat(allIds(atLimit, PlaceByRelevanceContract::wordsNearPlace))
                .isEqualTo(allIds(index().search(), PlaceByRelevanceContract::wordsNearPlace));
        StudySearch justBelow = withDecayLimit(expected.size() - 1);
        assertThat(allIds(justBelow, PlaceByRelevanceContract::wordsNearPlace)).isEqualTo(expected);
    }
}
