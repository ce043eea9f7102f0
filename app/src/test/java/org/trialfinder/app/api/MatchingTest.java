package org.trialfinder.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People's words meet the records' words: synonyms, abbreviations, narrower terms, stems, folding, expansion modes. */
class MatchingTest {
    static SampleServer s;

    @BeforeAll
    static void start() throws Exception {
        s = SampleServer.get();
    }

    private static Set<String> cond(String text) {
        return new TreeSet<>(s.allIds("query.cond=" + SampleServer.enc(text), 1000));
    }

    private static boolean conditionsMention(String id, String... words) {
        JsonNode r = s.records.get(id);
        String all = (r.at("/protocolSection/conditionsModule").toString()
                        + r.at("/derivedSection/conditionBrowseModule").toString()
                        + r.at("/protocolSection/identificationModule").toString())
                .toLowerCase();
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
        JsonNode page = s.json(
                "/api/v2/studies?query.cond=" + SampleServer.enc("cluster headache") + "&fields=NCTId&pageSize=5");
        for (JsonNode study : page.path("studies")) {
            String id = study.at("/protocolSection/identificationModule/nctId").asText();
            assertThat(s.records
                            .get(id)
                            .at("/protocolSection/conditionsModule/conditions")
                            .toString()
                            .toLowerCase())
                    .as(id)
                    .contains("cluster headache");
        }
    }

    @Test
    void nearerStudiesRankHigherWithGeoDecay() {
        // the same text match everywhere in the US; the place decides the order
        String q = "query.cond=" + SampleServer.enc("erectile dysfunction") + "&filter.geo="
                + SampleServer.enc("distance(42.3601,-71.0589,3000mi)") + "&fields=NCTId&pageSize=20";
        JsonNode page = s.json("/api/v2/studies?" + q);
        List<Double> distances = new ArrayList<>();
        page.path("tf")
                .path("hits")
                .forEach(h ->
                        distances.add(h.path("nearestSite").path("distanceKm").asDouble()));
        assertThat(distances).isNotEmpty();
        double firstHalf = distances.subList(0, distances.size() / 2).stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        JsonNode far = s.json("/api/v2/studies?" + q + "&geoDecay="
                + SampleServer.enc("func:linear,scale:10000mi,offset:10000mi,decay:0.99"));
        assertThat(far.path("studies")).isNotEmpty();
        assertThat(firstHalf)
                .as("with the default decay the first results are near Boston")
                .isLessThan(1500);
    }
}
