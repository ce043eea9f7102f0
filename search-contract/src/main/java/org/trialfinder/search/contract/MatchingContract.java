package org.trialfinder.search.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.search.contract.SampleSearches.idSet;
import static org.trialfinder.search.contract.SampleSearches.index;
import static org.trialfinder.search.contract.SampleSearches.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.NearestSite;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;

/** People's words meet the records' words: synonyms, abbreviations, narrower terms, stems, folding, expansion modes. */
public abstract class MatchingContract {
    private static Set<String> cond(String text) {
        return idSet(Ask.query("query.cond", text));
    }

    private static boolean conditionsMention(String id, String... words) {
        JsonNode r = index().record(id);
        String all = (r.at("/protocolSection/conditionsModule").toString()
                        + r.at("/derivedSection/conditionBrowseModule").toString()
                        + r.at("/protocolSection/identificationModule").toString())
                .toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (all.contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void heartAttackMyocardialInfarctionAndMiMeet() {
        Set<String> lay = cond("heart attack");
        Set<String> medical = cond("myocardial infarction");
        Set<String> abbreviation = cond("MI");
        assertThat(medical).isNotEmpty();
        assertThat(lay).containsAll(medical);
        assertThat(abbreviation).containsAll(medical);
        assertThat(lay).allMatch(id -> conditionsMention(id, "infarction", "heart attack"));
    }

    @Test
    void impotenceFindsErectileDysfunctionTrials() {
        Set<String> impotence = cond("impotence");
        assertThat(impotence.size()).isGreaterThan(400);
        long ed = impotence.stream()
                .filter(id -> conditionsMention(id, "erectile dysfunction"))
                .count();
        assertThat(ed).isGreaterThan(400);
    }

    @Test
    void abbreviationsAndNarrowerConditions() {
        Set<String> nsclc = cond("NSCLC");
        Set<String> spelledOut = cond("non-small cell lung cancer");
        assertThat(nsclc).hasSizeGreaterThan(80);
        assertThat(spelledOut)
                .containsAll(nsclc.stream()
                        .filter(id -> conditionsMention(id, "non-small"))
                        .toList());
        // lung cancer (Lung Neoplasms) also finds the narrower non-small-cell carcinoma trials
        assertThat(cond("lung cancer"))
                .containsAll(nsclc.stream()
                        .filter(id -> conditionsMention(id, "non-small-cell", "non-small cell"))
                        .toList());
    }

    @Test
    void stemsCaseAndDiacriticsFold() {
        assertThat(cond("Headaches")).isEqualTo(cond("headache"));
        assertThat(cond("DIABETES")).isEqualTo(cond("diabetes"));
        assertThat(cond("Sjögren")).isEqualTo(cond("sjogren"));
    }

    @Test
    void expansionModesNarrowAndWiden() {
        Set<String> none = cond("EXPANSION[None]\"cluster headache\"");
        Set<String> relaxed = cond("cluster headache");
        Set<String> lossy = cond("EXPANSION[Lossy](cluster headache migraine)");
        assertThat(none).isNotEmpty();
        assertThat(relaxed).containsAll(none);
        assertThat(lossy)
                .containsAll(relaxed.stream()
                        .filter(id -> conditionsMention(id, "cluster headache"))
                        .toList());
        // relaxation lets the words stand apart: "headache cluster" finds the same studies
        assertThat(cond("headache cluster")).isEqualTo(relaxed);
    }

    @Test
    void aMatchInTheConditionOutranksOneInTheTitleOnly() {
        SearchPage page = page(Ask.query("query.cond", "cluster headache").pageSize(5));
        for (SearchHit hit : page.hits()) {
            assertThat(index().record(hit.nctId())
                            .at("/protocolSection/conditionsModule/conditions")
                            .toString()
                            .toLowerCase(Locale.ROOT))
                    .as(hit.nctId())
                    .contains("cluster headache");
        }
    }

    @Test
    void nearerStudiesRankHigherWithGeoDecay() {
        // the same text match everywhere in the US; the place decides the order
        List<Double> distances = page(Ask.query("query.cond", "erectile dysfunction")
                        .geo("distance(42.3601,-71.0589,3000mi)")
                        .pageSize(20))
                .hits()
                .stream()
                .map(h -> h.nearestSite().map(NearestSite::distanceKm).orElseThrow())
                .toList();
        assertThat(distances).isNotEmpty();
        double firstHalf = distances.subList(0, distances.size() / 2).stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        SearchPage far = page(Ask.query("query.cond", "erectile dysfunction")
                .geo("distance(42.3601,-71.0589,3000mi)")
                .geoDecay("func:linear,scale:10000mi,offset:10000mi,decay:0.99")
                .pageSize(20));
        assertThat(far.hits()).isNotEmpty();
        assertThat(firstHalf)
                .as("with the default decay the first results are near Boston")
                .isLessThan(1500);
    }
}
