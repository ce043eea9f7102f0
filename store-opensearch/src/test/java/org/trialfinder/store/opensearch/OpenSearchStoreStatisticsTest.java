package org.trialfinder.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.store.opensearch.testing.SampleStore;

/** The statistics endpoints' figures over the sample, against a scan of the records (JSON pointers, no catalog). */
class OpenSearchStoreStatisticsTest {
    private final SampleStore sample = SampleStore.get();

    @Test
    void everyRecordSizeIsItsStoredBytesInTheStoresOwnOrder() {
        Map<String, Integer> sizes = new HashMap<>();
        List<String> order = new ArrayList<>();
        sample.statistics.forEachRecordSize((id, size) -> {
            assertThat(sizes.put(id, size)).as("%s once", id).isNull();
            order.add(id);
        });
        Map<String, Integer> expected = new HashMap<>();
        sample.documents.forEach((id, doc) -> expected.put(id, doc.json().length));
        assertThat(sizes).isEqualTo(expected);
        List<String> visited = new ArrayList<>();
        sample.store.forEach(s -> visited.add(s.nctId()));
        assertThat(order).isEqualTo(visited);
    }

    @Test
    void listSizesCountStudiesPerSizeWithZeroForThoseWithout() {
        FieldCatalog catalog = FieldCatalog.standard();
        List<FieldDef> fields = List.of(
                catalog.byPiece("Condition").orElseThrow(),
                catalog.byPiece("Location").orElseThrow(),
                catalog.byPiece("Phase").orElseThrow());
        List<String> pointers = List.of(
                "/protocolSection/conditionsModule/conditions",
                "/protocolSection/contactsLocationsModule/locations",
                "/protocolSection/designModule/phases");
        List<Map<Integer, Long>> counted = sample.statistics.listSizes(fields);
        for (int i = 0; i < fields.size(); i++) {
            Map<Integer, Long> expected = new HashMap<>();
            for (JsonNode r : sample.records.values()) {
                expected.merge(r.at(pointers.get(i)).size(), 1L, Long::sum);
            }
            assertThat(counted.get(i)).as(fields.get(i).piece()).isEqualTo(expected);
        }
    }
}
