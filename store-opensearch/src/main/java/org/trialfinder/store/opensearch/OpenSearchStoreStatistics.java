package org.trialfinder.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.stats.StoreStatistics;
import org.trialfinder.store.StoreException;
import org.trialfinder.store.opensearch.index.IndexFieldNames;

/** {@link StoreStatistics} from the per-study values written at indexing: doc values and aggregations. */
public final class OpenSearchStoreStatistics implements StoreStatistics {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** More distinct sizes than any list of a real record has. */
    private static final int MAX_SIZES = 10_000;

    private final OpenSearchStudyStore store;

    public OpenSearchStoreStatistics(OpenSearchStudyStore store) {
        this.store = store;
    }

    @Override
    public void forEachRecordSize(ObjIntConsumer<String> visitor) {
        store.scroll(List.of(IndexFieldNames.ID, IndexFieldNames.JSON_BYTES), null, hit -> {
            JsonNode f = hit.path("fields");
            visitor.accept(
                    f.path(IndexFieldNames.ID).path(0).asText(),
                    f.path(IndexFieldNames.JSON_BYTES).path(0).asInt());
        });
    }

    @Override
    public List<Map<Integer, Long>> listSizes(List<FieldDef> listFields) {
        List<Map<Integer, Long>> out = new ArrayList<>();
        if (listFields.isEmpty()) {
            return out;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", true);
        ObjectNode aggs = body.putObject("aggs");
        for (int i = 0; i < listFields.size(); i++) {
            aggs.putObject("f" + i)
                    .putObject("terms")
                    .put("field", IndexFieldNames.listSize(listFields.get(i).piece()))
                    .put("size", MAX_SIZES);
        }
        var reply = store.connection().call("POST", "/" + store.alias() + "/_search", body);
        if (reply.status() == 404) {
            listFields.forEach(f -> out.add(new HashMap<>()));
            return out;
        }
        if (!reply.ok()) {
            throw new StoreException("OpenSearch failed counting list sizes: " + reply.reason());
        }
        long studies = reply.body().path("hits").path("total").path("value").asLong();
        for (int i = 0; i < listFields.size(); i++) {
            Map<Integer, Long> counts = new HashMap<>();
            long withList = 0;
            for (JsonNode b : reply.body().path("aggregations").path("f" + i).path("buckets")) {
                long n = b.path("doc_count").asLong();
                counts.put(b.path("key").asInt(), n);
                withList += n;
            }
            if (studies - withList > 0) {
                counts.put(0, studies - withList);
            }
            out.add(counts);
        }
        return out;
    }
}
