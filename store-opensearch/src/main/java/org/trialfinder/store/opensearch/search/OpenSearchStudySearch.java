package org.trialfinder.store.opensearch.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.trialfinder.search.Facet;
import org.trialfinder.search.GeoDecay;
import org.trialfinder.search.GeoFilter;
import org.trialfinder.search.NearestSites;
import org.trialfinder.search.PagingFingerprint;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.search.SearchException;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.SortKey;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.essie.EssieNode;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.SortablePieces;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.opensearch.OpenSearchConnection;
import org.trialfinder.store.opensearch.OpenSearchStudyStore;
import org.trialfinder.store.opensearch.index.IndexFieldNames;

/**
 * {@link StudySearch} on an OpenSearch store, with the embedded engine's rules: the {@code query.*} expressions
 * rank, every filter only filters, results sort by relevance or by up to two date/number pieces with missing
 * values last and the NCT id breaking ties, facets count with every filter but their own, and a page token pins
 * the data the first page read: the concrete index behind the store's alias then (a committed generation is never
 * written again), walked with {@code search_after}.
 */
public final class OpenSearchStudySearch implements StudySearch {
    /** ClinicalTrials.gov applies geoDecay only while a result has at most this many studies. */
    static final int GEO_DECAY_LIMIT = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COUNTRY = "country";

    private final OpenSearchStudyStore store;
    private final OpenSearchConnection os;
    private final EssieTranslator essie;
    private final SearchAreas areas = SearchAreas.standard();
    private final int geoDecayLimit;

    public OpenSearchStudySearch(OpenSearchStudyStore store, Synonyms synonyms) {
        this(store, synonyms, GEO_DECAY_LIMIT);
    }

    OpenSearchStudySearch(OpenSearchStudyStore store, Synonyms synonyms, int geoDecayLimit) {
        this.store = store;
        this.os = store.connection();
        this.essie = new EssieTranslator(FieldCatalog.standard(), areas, synonyms);
        this.geoDecayLimit = geoDecayLimit;
    }

    @Override
    public SearchPage search(SearchRequest request) {
        Optional<SearchPageToken> token = request.pageToken().map(SearchPageToken::decode);
        int fingerprint = PagingFingerprint.of(request);
        if (token.isPresent() && token.get().requestHash() != fingerprint) {
            throw new SearchException(
                    "pageToken belongs to a different search: later pages must repeat the first page's "
                            + "parameters (all but pageToken, pageSize and countTotal)");
        }
        String target = token.map(SearchPageToken::index).orElse(store.alias());
        Optional<GeoFilter> place = request.geo().stream().findFirst();
        boolean relevance = request.sort().isEmpty()
                ? !request.queries().isEmpty()
                : request.sort().stream().anyMatch(SortKey::relevance);

        ObjectNode scoring = scoringQuery(request);
        List<ObjectNode> facetFilters = facetFilters(request, null);
        ObjectNode query = combine(scoring, filters(request), request.withFacets() ? List.of() : facetFilters);
        if (place.isPresent() && relevance) {
            ObjectNode counted = request.withFacets() ? combine(query, List.of(), facetFilters) : query;
            Optional<Long> matches = count(target, counted, token.isPresent());
            if (matches.isEmpty()) {
                return empty(request);
            }
            if (matches.get() <= geoDecayLimit) {
                query = decayed(query, place.get(), request.geoDecay().orElse(GeoDecay.DEFAULT));
            }
        }

        ObjectNode body = JSON.createObjectNode();
        body.put("size", request.pageSize() + 1);
        body.set("query", query);
        if (request.withFacets() && !facetFilters.isEmpty()) {
            body.set("post_filter", filterOf(facetFilters));
        }
        body.set("sort", sort(request, relevance, place));
        body.put("track_scores", true);
        body.put("track_total_hits", request.countTotal() && token.isEmpty());
        body.putArray("_source")
                .add(IndexFieldNames.ID)
                .add(IndexFieldNames.RECORD)
                .add(IndexFieldNames.DERIVED_GEO);
        token.ifPresent(t -> body.set("search_after", t.after()));
        if (request.withFacets()) {
            body.set("aggs", facetAggregations(request));
        }
        var reply = os.call("POST", "/" + target + "/_search", body);
        if (reply.status() == 404) {
            if (token.isPresent()) {
                throw new SearchException("pageToken: the data it was walking has been replaced by newer data;"
                        + " start again from the first page");
            }
            return empty(request);
        }
        if (reply.status() == 400) {
            throw new SearchException("the search cannot run: " + reply.reason()
                    + " (use fewer words, quotes around phrases, or EXPANSION[None])");
        }
        if (!reply.ok()) {
            throw new SearchException("OpenSearch at " + os.describe() + " failed the search (HTTP " + reply.status()
                    + "): " + reply.reason());
        }
        JsonNode r = reply.body();
        JsonNode docs = r.path("hits").path("hits");
        List<SearchHit> hits = new ArrayList<>();
        int n = Math.min(request.pageSize(), docs.size());
        for (int i = 0; i < n; i++) {
            JsonNode d = docs.get(i);
            StoredStudy s = OpenSearchStudyStore.toStored(d.path("_source"));
            float score = d.path("_score").isNumber() ? (float) d.path("_score").asDouble() : 0f;
            hits.add(new SearchHit(
                    s.nctId(),
                    score,
                    request.nearestSites() && place.isPresent() ? NearestSites.of(s, place.get()) : Optional.empty(),
                    s.json()));
        }
        Optional<String> next = docs.size() > request.pageSize()
                ? Optional.of(new SearchPageToken(docs.get(n - 1).path("_index").asText(), fingerprint, (ArrayNode)
                                docs.get(n - 1).path("sort"))
                        .encode())
                : Optional.empty();
        return new SearchPage(
                hits,
                request.countTotal() && token.isEmpty()
                        ? OptionalLong.of(
                                r.path("hits").path("total").path("value").asLong())
                        : OptionalLong.empty(),
                next,
                request.withFacets() ? facets(r.path("aggregations")) : Map.of());
    }

    private static SearchPage empty(SearchRequest request) {
        return new SearchPage(
                List.of(),
                request.countTotal() && request.pageToken().isEmpty() ? OptionalLong.of(0) : OptionalLong.empty(),
                Optional.empty(),
                Map.of());
    }

    /** The number of matches, empty when the store (or the token's index) does not exist. */
    private Optional<Long> count(String target, ObjectNode query, boolean byToken) {
        ObjectNode body = JSON.createObjectNode();
        body.set("query", query);
        var reply = os.call("POST", "/" + target + "/_count", body);
        if (reply.status() == 404) {
            if (byToken) {
                throw new SearchException("pageToken: the data it was walking has been replaced by newer data;"
                        + " start again from the first page");
            }
            return Optional.empty();
        }
        if (!reply.ok()) {
            throw new SearchException("the search cannot run: " + reply.reason());
        }
        return Optional.of(reply.body().path("count").asLong());
    }

    /** The query with its scores multiplied by geoDecay's factor of the nearest site's distance. */
    private static ObjectNode decayed(ObjectNode query, GeoFilter place, GeoDecay decay) {
        ObjectNode q = JSON.createObjectNode();
        ObjectNode fs = q.putObject("function_score");
        fs.set("query", query);
        ObjectNode fn = fs.putArray("functions").addObject();
        ObjectNode f = fn.putObject(decay.func().name().toLowerCase(Locale.ROOT));
        ObjectNode geo = f.putObject(IndexFieldNames.GEO);
        geo.putObject("origin").put("lat", place.lat()).put("lon", place.lon());
        geo.put("scale", decay.scaleKm() + "km");
        geo.put("offset", decay.offsetKm() + "km");
        geo.put("decay", decay.decay());
        f.put("multi_value_mode", "min");
        fs.put("boost_mode", "multiply");
        return q;
    }

    /** The {@code query.*} expressions, all of which must match; they give the relevance score. */
    private ObjectNode scoringQuery(SearchRequest request) {
        if (request.queries().isEmpty()) {
            ObjectNode q = JSON.createObjectNode();
            q.putObject("constant_score").set("filter", EssieTranslator.matchAll());
            return q;
        }
        ObjectNode q = JSON.createObjectNode();
        ArrayNode must = q.putObject("bool").putArray("must");
        for (SearchRequest.AreaQuery a : request.queries()) {
            must.add(essie.build(a.expression(), TranslationContext.of(a.area())));
        }
        return q;
    }

    /** Every filter of the request but the facet selections. */
    private List<ObjectNode> filters(SearchRequest request) {
        List<ObjectNode> filters = new ArrayList<>();
        for (EssieNode advanced : request.advanced()) {
            filters.add(essie.build(
                    advanced, TranslationContext.of(areas.byName("BasicSearch").orElseThrow())));
        }
        if (!request.statuses().isEmpty()) {
            filters.add(terms(IndexFieldNames.exact("OverallStatus"), enumKeys(request.statuses())));
        }
        for (GeoFilter g : request.geo()) {
            ObjectNode q = JSON.createObjectNode();
            ObjectNode nested = q.putObject("nested");
            nested.put("path", IndexFieldNames.SITES);
            ObjectNode distance = nested.putObject("query").putObject("geo_distance");
            distance.put("distance", g.radiusKm() + "km");
            distance.putObject(IndexFieldNames.SITE_GEO).put("lat", g.lat()).put("lon", g.lon());
            filters.add(q);
        }
        if (!request.ids().isEmpty()) {
            List<String> ids =
                    request.ids().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
            ObjectNode q = JSON.createObjectNode();
            ObjectNode b = q.putObject("bool");
            b.putArray("should")
                    .add(terms(IndexFieldNames.exact("NCTId"), ids))
                    .add(terms(IndexFieldNames.exact("NCTIdAlias"), ids));
            b.put("minimum_should_match", 1);
            filters.add(q);
        }
        request.personAge().ifPresent(years -> {
            double days = years * 365.25;
            filters.add(boundOrMissing("MinimumAge", null, days));
            filters.add(boundOrMissing("MaximumAge", days, null));
        });
        return filters;
    }

    /** The facet selections but {@code without}'s: options ORed within a facet, facets ANDed. */
    private static List<ObjectNode> facetFilters(SearchRequest request, Facet without) {
        List<ObjectNode> filters = new ArrayList<>();
        for (Facet.Selection s : request.facets()) {
            if (s.facet() != without) {
                filters.add(terms(IndexFieldNames.exact(s.facet().piece()), enumKeys(s.values())));
            }
        }
        return filters;
    }

    private static List<String> enumKeys(Collection<String> values) {
        return values.stream().map(IndexFieldNames::enumKey).toList();
    }

    /** An age bound that admits the value, where a missing bound means no bound. */
    private static ObjectNode boundOrMissing(String piece, Double lo, Double hi) {
        ObjectNode range = JSON.createObjectNode();
        ObjectNode r = range.putObject("range").putObject(IndexFieldNames.point(piece));
        if (lo != null) {
            r.put("gte", lo - 1e-6);
        }
        if (hi != null) {
            r.put("lte", hi + 1e-6);
        }
        ObjectNode q = JSON.createObjectNode();
        ObjectNode b = q.putObject("bool");
        b.putArray("should").add(range).add(EssieTranslator.not(EssieTranslator.term(IndexFieldNames.PRESENT, piece)));
        b.put("minimum_should_match", 1);
        return q;
    }

    private static ObjectNode terms(String field, Collection<String> values) {
        ObjectNode q = JSON.createObjectNode();
        ArrayNode v = q.putObject("terms").putArray(field);
        values.forEach(v::add);
        return q;
    }

    private static ObjectNode filterOf(List<ObjectNode> filters) {
        ObjectNode q = JSON.createObjectNode();
        ArrayNode f = q.putObject("bool").putArray("filter");
        filters.forEach(f::add);
        return q;
    }

    private static ObjectNode combine(ObjectNode scoring, List<ObjectNode> filters, List<ObjectNode> more) {
        if (filters.isEmpty() && more.isEmpty()) {
            return scoring;
        }
        ObjectNode q = JSON.createObjectNode();
        ObjectNode b = q.putObject("bool");
        b.putArray("must").add(scoring);
        ArrayNode f = b.putArray("filter");
        filters.forEach(f::add);
        more.forEach(f::add);
        return q;
    }

    private static ArrayNode sort(SearchRequest request, boolean relevance, Optional<GeoFilter> place) {
        ArrayNode sort = JSON.createArrayNode();
        if (request.sort().isEmpty()) {
            if (relevance) {
                sort.addObject().putObject("_score").put("order", "desc");
            }
        } else {
            for (SortKey key : request.sort()) {
                if (key.relevance()) {
                    sort.addObject().putObject("_score").put("order", "desc");
                } else if (key.distance()) {
                    GeoFilter g = place.orElseThrow(
                            () -> new SearchException("sort=@distance needs filter.geo (the place to measure from)"));
                    ObjectNode d = sort.addObject().putObject("_geo_distance");
                    d.putObject(IndexFieldNames.SITE_GEO).put("lat", g.lat()).put("lon", g.lon());
                    d.put("order", "asc").put("unit", "km").put("mode", "min");
                    d.putObject("nested").put("path", IndexFieldNames.SITES);
                } else {
                    var sortable = SortablePieces.standard()
                            .resolve(key.piece())
                            .orElseThrow(() -> new SearchException("sort: " + key.piece() + " cannot be sorted on"));
                    String field = sortable.countOf().isPresent()
                            ? IndexFieldNames.sort(sortable.piece())
                            : IndexFieldNames.point(sortable.piece());
                    sort.addObject()
                            .putObject(field)
                            .put("order", key.descending() ? "desc" : "asc")
                            .put("mode", key.descending() ? "max" : "min")
                            // studies without the value come last in either direction
                            .put("missing", "_last");
                }
            }
        }
        sort.addObject().putObject(IndexFieldNames.ID).put("order", "asc"); // a total order: stable pages
        return sort;
    }

    /** Per facet, its options counted with every filter but its own; countries with every facet filter. */
    private static ObjectNode facetAggregations(SearchRequest request) {
        ObjectNode aggs = JSON.createObjectNode();
        for (Facet f : Facet.values()) {
            ObjectNode agg = aggs.putObject(f.key());
            agg.set("filter", filterOf(facetFilters(request, f)));
            agg.putObject("aggs")
                    .putObject("values")
                    .putObject("terms")
                    .put("field", IndexFieldNames.facet(f.piece()))
                    .put("size", 1000);
        }
        ObjectNode country = aggs.putObject(COUNTRY);
        country.set("filter", filterOf(facetFilters(request, null)));
        ObjectNode terms = country.putObject("aggs")
                .putObject("values")
                .putObject("terms")
                .put("field", IndexFieldNames.facet("LocationCountry"))
                .put("size", 10_000);
        ArrayNode order = terms.putArray("order");
        order.addObject().put("_count", "desc");
        order.addObject().put("_key", "asc");
        return aggs;
    }

    private static Map<String, Map<String, Long>> facets(JsonNode aggregations) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (Facet f : Facet.values()) {
            keys.add(f.key());
        }
        keys.add(COUNTRY);
        for (String key : keys) {
            Map<String, Long> counts = new LinkedHashMap<>();
            aggregations
                    .path(key)
                    .path("values")
                    .path("buckets")
                    .forEach(b -> counts.put(
                            b.path("key").asText(), b.path("doc_count").asLong()));
            out.put(key, counts);
        }
        return out;
    }
}
