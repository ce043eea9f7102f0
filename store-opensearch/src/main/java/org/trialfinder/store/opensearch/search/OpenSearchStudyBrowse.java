package org.trialfinder.store.opensearch.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.trialfinder.search.SearchException;
import org.trialfinder.search.browse.BrowseCount;
import org.trialfinder.search.browse.BrowseDimension;
import org.trialfinder.search.browse.BrowsePage;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.summary.StudySummary;
import org.trialfinder.search.summary.StudySummaryCodec;
import org.trialfinder.store.opensearch.OpenSearchStudyStore;
import org.trialfinder.store.opensearch.index.IndexFieldNames;
import org.trialfinder.store.opensearch.index.IndexMapping;

/**
 * {@link StudyBrowse} on an OpenSearch store: counts are composite aggregations over the browse keywords (every
 * key, page by page), kept for the committed index they were counted on, so until the next commit every request
 * reuses them; a key's trials are one sorted term query, each listed with the summary its document keeps.
 */
public final class OpenSearchStudyBrowse implements StudyBrowse {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COMPOSITE_PAGE = 5000;

    private final OpenSearchStudyStore store;
    private final Object computing = new Object();
    private volatile Snapshot snapshot;

    private record Snapshot(String index, Map<BrowseDimension, List<BrowseCount>> counts) {}

    public OpenSearchStudyBrowse(OpenSearchStudyStore store) {
        this.store = store;
    }

    @Override
    public List<BrowseCount> counts(BrowseDimension dimension) {
        Optional<String> index = currentIndex();
        if (index.isEmpty()) {
            return List.of();
        }
        Snapshot s = snapshot;
        if (s == null || !s.index().equals(index.get())) {
            synchronized (computing) {
                s = snapshot;
                if (s == null || !s.index().equals(index.get())) {
                    Map<BrowseDimension, List<BrowseCount>> all = new EnumMap<>(BrowseDimension.class);
                    for (BrowseDimension d : BrowseDimension.values()) {
                        all.put(d, count(index.get(), d));
                    }
                    s = new Snapshot(index.get(), all);
                    snapshot = s;
                }
            }
        }
        return s.counts().get(dimension);
    }

    private Optional<String> currentIndex() {
        var reply = store.connection().call("GET", "/_alias/" + store.alias());
        if (reply.status() == 404 || !reply.ok()) {
            return Optional.empty();
        }
        var names = reply.body().fieldNames();
        return names.hasNext() ? Optional.of(names.next()) : Optional.empty();
    }

    /** Per key: trials (summed over the spellings of its name), recruiting trials, and the name most trials use. */
    private List<BrowseCount> count(String index, BrowseDimension d) {
        Map<String, Long> perValue = allTerms(index, IndexFieldNames.browseCount(d));
        Map<String, Long> recruiting = allTerms(index, IndexFieldNames.browseRecruiting(d));
        Map<String, long[]> trials = new TreeMap<>();
        Map<String, String> name = new HashMap<>();
        Map<String, Long> nameTrials = new HashMap<>();
        perValue.forEach((value, n) -> {
            int cut = value.indexOf(IndexFieldNames.BROWSE_SEPARATOR);
            String key = value.substring(0, cut);
            String spelling = value.substring(cut + 1);
            trials.computeIfAbsent(key, k -> new long[1])[0] += n;
            Long best = nameTrials.get(key);
            if (best == null || n > best || (n.equals(best) && spelling.compareTo(name.get(key)) < 0)) {
                name.put(key, spelling);
                nameTrials.put(key, n);
            }
        });
        List<BrowseCount> out = new ArrayList<>(trials.size());
        trials.forEach(
                (key, n) -> out.add(new BrowseCount(key, name.get(key), n[0], recruiting.getOrDefault(key, 0L))));
        return List.copyOf(out);
    }

    /** Every value of a keyword field with its number of trials, page by page (a composite aggregation). */
    private Map<String, Long> allTerms(String index, String field) {
        Map<String, Long> out = new LinkedHashMap<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = JSON.createObjectNode();
            body.put("size", 0);
            ObjectNode composite = body.putObject("aggs").putObject("v").putObject("composite");
            composite.put("size", COMPOSITE_PAGE);
            composite
                    .putArray("sources")
                    .addObject()
                    .putObject("k")
                    .putObject("terms")
                    .put("field", field);
            if (after != null) {
                composite.set("after", after);
            }
            var reply = store.connection().call("POST", "/" + index + "/_search", body);
            if (!reply.ok()) {
                throw new SearchException("OpenSearch failed counting trials by " + field + ": " + reply.reason());
            }
            JsonNode agg = reply.body().path("aggregations").path("v");
            JsonNode buckets = agg.path("buckets");
            buckets.forEach(b -> out.put(
                    b.path("key").path("k").asText(), b.path("doc_count").asLong()));
            if (buckets.size() < COMPOSITE_PAGE || !agg.has("after_key")) {
                return out;
            }
            after = agg.path("after_key");
        }
    }

    @Override
    public BrowsePage studies(BrowseDimension dimension, String key, int offset, int limit) {
        if (offset < 0 || limit < 1 || (long) offset + limit > IndexMapping.MAX_WINDOW) {
            throw new SearchException(
                    "a browse page must start at 0 or later, hold at least one trial and end before trial "
                            + IndexMapping.MAX_WINDOW);
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("from", offset);
        body.put("size", limit);
        body.put("track_total_hits", true);
        body.putObject("query").putObject("term").put(IndexFieldNames.browseKey(dimension), key);
        body.putArray("_source").add(IndexFieldNames.SUMMARY);
        ArrayNode sort = body.putArray("sort");
        // open trials first, then the most recently updated, then the NCT id (a total order: stable pages)
        sort.addObject()
                .putObject(IndexFieldNames.BROWSE_ORDER)
                .put("order", "asc")
                .put("missing", 1);
        sort.addObject()
                .putObject(IndexFieldNames.point("LastUpdatePostDate"))
                .put("order", "desc")
                .put("mode", "max")
                .put("missing", "_last");
        sort.addObject().putObject(IndexFieldNames.ID).put("order", "asc");
        body.putObject("aggs")
                .putObject("open")
                .putObject("filter")
                .putObject("term")
                .put(IndexFieldNames.BROWSE_ORDER, 0);
        var reply = store.connection().call("POST", "/" + store.alias() + "/_search", body);
        if (reply.status() == 404) {
            return new BrowsePage(0, 0, List.of());
        }
        if (!reply.ok()) {
            throw new SearchException("OpenSearch failed listing the trials of " + key + ": " + reply.reason());
        }
        JsonNode r = reply.body();
        List<StudySummary> hits = new ArrayList<>();
        for (JsonNode h : r.path("hits").path("hits")) {
            byte[] bytes = Base64.getDecoder()
                    .decode(h.path("_source").path(IndexFieldNames.SUMMARY).asText());
            hits.add(StudySummaryCodec.decode(bytes, 0, bytes.length));
        }
        return new BrowsePage(
                r.path("hits").path("total").path("value").asLong(),
                r.path("aggregations").path("open").path("doc_count").asLong(),
                hits);
    }
}
