package org.trialfinder.api.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.FieldValues;
import org.trialfinder.search.stats.StoreStatistics;
import org.trialfinder.store.StudyStore;

/**
 * {@link StoreStatistics} by reading every stored record: for a backend that keeps no figures of its
 * own, and the independent answer the backends' figures are tested against.
 */
public final class ScannedStatistics implements StoreStatistics {
    private final StudyStore store;

    public ScannedStatistics(StudyStore store) {
        this.store = store;
    }

    @Override
    public void forEachRecordSize(ObjIntConsumer<String> visitor) {
        store.forEach(s -> visitor.accept(s.nctId(), s.json().length));
    }

    @Override
    public List<Map<Integer, Long>> listSizes(List<FieldDef> listFields) {
        List<Map<Integer, Long>> counts = new ArrayList<>();
        listFields.forEach(f -> counts.add(new HashMap<>()));
        store.forEach(s -> {
            JsonNode tree = tree(s.json());
            for (int i = 0; i < listFields.size(); i++) {
                counts.get(i).merge(FieldValues.sizeOf(tree, listFields.get(i)), 1L, Long::sum);
            }
        });
        return counts;
    }

    static JsonNode tree(byte[] json) {
        try {
            return StudyJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
