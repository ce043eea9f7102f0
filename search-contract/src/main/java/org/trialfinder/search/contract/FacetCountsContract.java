package org.trialfinder.search.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.search.contract.RecordScan.text;
import static org.trialfinder.search.contract.RecordScan.texts;
import static org.trialfinder.search.contract.SampleSearches.idSet;
import static org.trialfinder.search.contract.SampleSearches.index;
import static org.trialfinder.search.contract.SampleSearches.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.Facet;

/**
 * Facet counts as the website shows them, each option counted by a scan of the matching records: a
 * facet without a selection counts over the matches, a selected facet over the matches of every
 * other filter (so its other options keep their counts).
 */
public abstract class FacetCountsContract {
    /** Each facet's values in a record, as the record writes them (each study counted once per value). */
    private static final Map<String, Function<JsonNode, List<String>>> VALUES = Map.of(
            "status", r -> List.of(text(r, "/protocolSection/statusModule/overallStatus")),
            "phase", r -> texts(r, "/protocolSection/designModule/phases", null),
            "studyType", r -> List.of(text(r, "/protocolSection/designModule/studyType")),
            "funderType", r -> List.of(text(r, "/protocolSection/sponsorCollaboratorsModule/leadSponsor/class")),
            "sex", r -> List.of(text(r, "/protocolSection/eligibilityModule/sex")),
            "ages", r -> texts(r, "/protocolSection/eligibilityModule/stdAges", null),
            "healthy",
                    r -> r.at("/protocolSection/eligibilityModule/healthyVolunteers")
                                    .isBoolean()
                            ? List.of(r.at("/protocolSection/eligibilityModule/healthyVolunteers")
                                    .asText())
                            : List.of(),
            "results", r -> List.of(Boolean.toString(r.path("hasResults").asBoolean(false))),
            "intervention", r -> texts(r, "/protocolSection/armsInterventionsModule/interventions", "type"));

    private static Map<String, Long> scanCounts(Set<String> ids, String facet) {
        Map<String, Long> counts = new HashMap<>();
        for (String id : ids) {
            VALUES.get(facet).apply(index().record(id)).stream()
                    .filter(v -> !v.isEmpty())
                    .distinct()
                    .forEach(v -> counts.merge(v, 1L, Long::sum));
        }
        return counts;
    }

    @Test
    void everyFacetCountsTheMatchesByTheirRecordsValues() {
        Ask query = Ask.query("query.cond", "EXPANSION[None]diabetes");
        Map<String, Map<String, Long>> facets = page(Ask.query("query.cond", "EXPANSION[None]diabetes")
                        .withFacets()
                        .pageSize(1))
                .facets();
        Set<String> matching = idSet(query);
        assertThat(matching).hasSizeGreaterThan(50);
        for (Facet f : Facet.values()) {
            assertThat(facets.get(f.key())).as(f.key()).isEqualTo(scanCounts(matching, f.key()));
        }
    }

    @Test
    void aSelectedFacetCountsItsOptionsWithoutItsOwnFilter() {
        Map<String, Map<String, Long>> facets = page(Ask.query("query.cond", "EXPANSION[None]diabetes")
                        .facet(Facet.STATUS, "com")
                        .withFacets()
                        .pageSize(1))
                .facets();
        Set<String> all = idSet(Ask.query("query.cond", "EXPANSION[None]diabetes"));
        Set<String> completed =
                idSet(Ask.query("query.cond", "EXPANSION[None]diabetes").facet(Facet.STATUS, "com"));
        assertThat(completed).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(facets.get("status")).as("status: over every status").isEqualTo(scanCounts(all, "status"));
        assertThat(facets.get("phase")).as("phase: over the completed ones").isEqualTo(scanCounts(completed, "phase"));
    }
}
