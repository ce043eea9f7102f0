package org.trialfinder.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.trialfinder.search.SearchException;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.search.summary.StudySummary;
import org.trialfinder.search.summary.StudySummaryCodec;
import org.trialfinder.store.opensearch.index.IndexFieldNames;

/** {@link StudySummaries} from the summary each document keeps (written at indexing), never the stored record. */
public final class OpenSearchStudySummaries implements StudySummaries {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Ids asked in one request; a list page asks for at most 1,000. */
    private static final int CHUNK = 1000;

    private final OpenSearchStudyStore store;

    public OpenSearchStudySummaries(OpenSearchStudyStore store) {
        this.store = store;
    }

    @Override
    public Map<String, StudySummary> of(Collection<String> nctIds) {
        Map<String, StudySummary> out = new HashMap<>();
        List<String> ids = List.copyOf(new TreeSet<>(nctIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            ObjectNode body = JSON.createObjectNode();
            body.put("size", chunk.size());
            body.putArray("_source").add(IndexFieldNames.ID).add(IndexFieldNames.SUMMARY);
            ArrayNode terms = body.putObject("query").putObject("terms").putArray(IndexFieldNames.ID);
            chunk.forEach(terms::add);
            var reply = store.connection().call("POST", "/" + store.alias() + "/_search", body);
            if (reply.status() == 404) {
                return out;
            }
            if (!reply.ok()) {
                throw new SearchException("OpenSearch failed reading trial summaries: " + reply.reason());
            }
            for (JsonNode hit : reply.body().path("hits").path("hits")) {
                JsonNode s = hit.path("_source");
                byte[] bytes = Base64.getDecoder()
                        .decode(s.path(IndexFieldNames.SUMMARY).asText());
                out.put(s.path(IndexFieldNames.ID).asText(), StudySummaryCodec.decode(bytes, 0, bytes.length));
            }
        }
        return out;
    }
}
