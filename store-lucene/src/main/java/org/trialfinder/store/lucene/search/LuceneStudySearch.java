package org.trialfinder.store.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
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
import org.trialfinder.store.StoreException;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.lucene.LuceneStudyStore;
import org.trialfinder.store.lucene.index.IndexFields;

/**
 * {@link StudySearch} on the embedded Lucene index: the {@code query.*} expressions rank, every
 * filter only filters, results sort by relevance or by up to two date/number pieces with missing
 * values last and the NCT id breaking ties, and page tokens pin the data version of the first page.
 */
public final class LuceneStudySearch implements StudySearch {
    /** ClinicalTrials.gov applies geoDecay only while a result has at most this many studies. */
    static final int GEO_DECAY_LIMIT = 10_000;
    /**
     * Lucene's default of 1,024 clauses is too low for concept expansion over an area of ~50 pieces
     * ("herniated discs" in BasicSearch); queries are bounded by the Essie parser's limits instead,
     * and anything still past this limit is refused as too broad (400), never a failure.
     */
    static final int MAX_CLAUSES = 16_384;

    static {
        if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) {
            IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
        }
    }

    private final LuceneStudyStore store;
    private final EssieQueryBuilder essie;
    private final SearchAreas areas = SearchAreas.standard();
    private final CommitResults results = new CommitResults();

    private final int geoDecayLimit;
    /** The kept matches and scores of repeated expressions; absent when every search scores its expressions. */
    private final Optional<CommitScores> scores;

    public LuceneStudySearch(LuceneStudyStore store, Synonyms synonyms) {
        this(store, synonyms, GEO_DECAY_LIMIT, true);
    }

    /**
     * With another bound than ClinicalTrials.gov's for geoDecay (tests reach both sides of it on a small store), and
     * with or without keeping the scores of repeated expressions (tests compare the two).
     */
    LuceneStudySearch(LuceneStudyStore store, Synonyms synonyms, int geoDecayLimit, boolean keepScores) {
        this.store = store;
        this.essie = new EssieQueryBuilder(FieldCatalog.standard(), areas, synonyms);
        this.geoDecayLimit = geoDecayLimit;
        this.scores = keepScores ? Optional.of(new CommitScores()) : Optional.empty();
    }

    @Override
    public SearchPage search(SearchRequest request) {
        Optional<PageToken> token = request.pageToken().map(PageToken::decode);
        int fingerprint = PagingFingerprint.of(request);
        if (token.isPresent() && token.get().requestHash() != fingerprint) {
            throw new SearchException(
                    "pageToken belongs to a different search: later pages must repeat the first page's "
                            + "parameters (all but pageToken, pageSize and countTotal)");
        }
        try {
            return store.withCommit(
                    token.map(t -> OptionalLong.of(t.generation())).orElse(OptionalLong.empty()), reader -> {
                        if (reader == null) {
                            return new SearchPage(
                                    List.of(),
                                    request.countTotal() ? OptionalLong.of(0) : OptionalLong.empty(),
                                    Optional.empty(),
                                    Map.of());
                        }
                        try {
                            return run(reader, request, token, fingerprint);
                        } catch (IndexSearcher.TooManyClauses e) {
                            // a query whose words and synonyms expand past Lucene's clause limit: the user's
                            // query is too broad to run, not a server failure
                            throw new SearchException("the query expands to too many terms to search (" + e.getMessage()
                                    + "); use fewer words, quotes around phrases, or EXPANSION[None]");
                        }
                    });
        } catch (StoreException e) {
            throw new SearchException("pageToken: " + e.getMessage() + "; start again from the first page");
        }
    }

    private SearchPage run(DirectoryReader reader, SearchRequest request, Optional<PageToken> token, int fingerprint)
            throws IOException {
        IndexSearcher searcher = store.searcher(reader);
        Query scoring = scoringQuery(request);
        if (!request.queries().isEmpty() && scores.isPresent()) {
            scoring = scores.get().of(reader, searcher, scoring);
        }
        List<Query> filters = filters(request, null);
        Query filtered = combine(scoring, filters);
        Optional<GeoFilter> place = request.geo().stream().findFirst();
        boolean relevance = request.sort().isEmpty()
                ? !request.queries().isEmpty()
                : request.sort().stream().anyMatch(SortKey::relevance);
        Integer total = null;
        Sort sort = sort(request, relevance, place);
        int want = request.pageSize() + 1;
        TopDocs top = null;
        if (place.isPresent() && relevance) {
            // The decayed search visits every match whatever it is asked (a function of the distance has no bound
            // to skip by), so it counts them as it goes, and that count decides whether the decay applies: one
            // pass instead of a count and then a search, unless the matches are past the limit.
            GeoDecay decay = request.geoDecay().orElse(GeoDecay.DEFAULT);
            Query decayed = new FunctionScoreQuery(
                    filtered, new GeoDecaySource(place.get().lat(), place.get().lon(), decay));
            TopDocs decayedTop = searcher.search(
                    decayed,
                    new TopFieldCollectorManager(
                            sort, want, token.map(PageToken::after).orElse(null), Integer.MAX_VALUE));
            total = (int) decayedTop.totalHits.value();
            if (total <= geoDecayLimit) {
                filtered = decayed;
                top = decayedTop;
            }
        }
        TopFieldCollectorManager topManager = new TopFieldCollectorManager(
                sort, want, token.map(PageToken::after).orElse(null), request.countTotal() ? Integer.MAX_VALUE : want);
        List<Facet> unselected = unselectedFacets(request);
        Map<String, Map<String, Long>> passCounts = Map.of();
        ScoreDoc[] docs;
        if (token.isEmpty() && place.isEmpty() && !request.withFacets() && want <= CommitResults.WINDOW) {
            // a first page: answered from the commit's recent results when the same search ran before. Searches
            // by place are left out: their centres are each request's own, so they would only crowd the cache.
            Map<CommitResults.Key, CommitResults.Entry> cache = results.of(reader);
            CommitResults.Key key = new CommitResults.Key(filtered, sort);
            CommitResults.Entry entry = cache.get(key);
            if (entry == null || (request.countTotal() && entry.total().isEmpty())) {
                TopDocs window = searcher.search(
                        filtered,
                        new TopFieldCollectorManager(
                                sort,
                                CommitResults.WINDOW,
                                null,
                                request.countTotal() ? Integer.MAX_VALUE : CommitResults.WINDOW));
                OptionalInt counted = request.countTotal()
                        ? OptionalInt.of(exactTotal(searcher, filtered, window))
                        : entry == null ? OptionalInt.empty() : entry.total();
                entry = new CommitResults.Entry(window.scoreDocs, counted);
                CommitResults.put(cache, key, entry);
            }
            docs = Arrays.copyOf(entry.top(), Math.min(want, entry.top().length));
            if (request.countTotal()) {
                total = entry.total().getAsInt();
            }
        } else if (request.withFacets()) {
            // the facets without a selection are counted over the same matches as the hits: one pass
            Object[] both = searcher.search(
                    filtered, new MultiCollectorManager(topManager, new FacetCounter(facetFields(unselected))));
            top = (TopDocs) both[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> counted = (Map<String, Map<String, Long>>) both[1];
            passCounts = counted;
            docs = top.scoreDocs;
        } else {
            if (top == null) {
                top = searcher.search(filtered, topManager);
            }
            docs = top.scoreDocs;
        }
        if (request.countTotal() && total == null) {
            total = exactTotal(searcher, filtered, top);
        }
        List<SearchHit> hits = new ArrayList<>();
        int n = Math.min(request.pageSize(), docs.length);
        var stored = searcher.storedFields();
        for (int i = 0; i < n; i++) {
            Document d = stored.document(docs[i].doc);
            if (request.nearestSites() && place.isPresent()) {
                StoredStudy s = LuceneStudyStore.toStoredStudy(d);
                hits.add(new SearchHit(s.nctId(), score(docs[i]), NearestSites.of(s, place.get()), s.json()));
            } else {
                hits.add(new SearchHit(
                        LuceneStudyStore.nctIdOf(d), score(docs[i]), Optional.empty(), LuceneStudyStore.jsonOf(d)));
            }
        }
        Optional<String> next = docs.length > request.pageSize()
                ? Optional.of(new PageToken(store.generation(reader), fingerprint, (FieldDoc) docs[n - 1]).encode())
                : Optional.empty();
        Map<String, Map<String, Long>> facets =
                request.withFacets() ? facets(searcher, request, scoring, passCounts) : Map.of();
        return new SearchPage(
                hits,
                request.countTotal() && token.isEmpty() ? OptionalLong.of(total) : OptionalLong.empty(),
                next,
                facets);
    }

    /** The number of matches: the collector's count when it counted them all, else a count of its own. */
    private static int exactTotal(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        return top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
                ? (int) top.totalHits.value()
                : searcher.count(query);
    }

    /**
     * A hit's relevance score. A collector sorting by fields leaves {@code ScoreDoc.score} unset (NaN);
     * when relevance is the first sort key its value is the hit's score, so it is taken from there.
     */
    private static float score(ScoreDoc doc) {
        if (!Float.isNaN(doc.score)) {
            return doc.score;
        }
        if (doc instanceof FieldDoc fd
                && fd.fields != null
                && fd.fields.length > 0
                && fd.fields[0] instanceof Float f) {
            return f;
        }
        return 0f;
    }

    /** The {@code query.*} expressions, all of which must match; they give the relevance score. */
    private Query scoringQuery(SearchRequest request) {
        if (request.queries().isEmpty()) {
            return new ConstantScoreQuery(EssieQueryBuilder.allStudies());
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (SearchRequest.AreaQuery q : request.queries()) {
            b.add(essie.build(q.expression(), QueryContext.of(q.area(), true)), Occur.MUST);
        }
        return b.build();
    }

    /** Every filter of the request, except the facet {@code without} (for that facet's own counts). */
    private List<Query> filters(SearchRequest request, Facet without) {
        List<Query> filters = new ArrayList<>();
        for (EssieNode advanced : request.advanced()) {
            filters.add(essie.build(
                    advanced, QueryContext.of(areas.byName("BasicSearch").orElseThrow(), false)));
        }
        if (!request.statuses().isEmpty()) {
            filters.add(terms(IndexFields.exact("OverallStatus"), request.statuses()));
        }
        for (GeoFilter g : request.geo()) {
            filters.add(LatLonPoint.newDistanceQuery(IndexFields.GEO, g.lat(), g.lon(), g.radiusKm() * 1000));
        }
        if (!request.ids().isEmpty()) {
            filters.add(new BooleanQuery.Builder()
                    .add(terms(IndexFields.exact("NCTId"), request.ids()), Occur.SHOULD)
                    .add(terms(IndexFields.exact("NCTIdAlias"), request.ids()), Occur.SHOULD)
                    .setMinimumNumberShouldMatch(1)
                    .build());
        }
        for (Facet.Selection s : request.facets()) {
            if (s.facet() != without) {
                filters.add(terms(IndexFields.exact(s.facet().piece()), s.values()));
            }
        }
        request.personAge().ifPresent(years -> {
            double days = years * 365.25;
            filters.add(boundOrMissing("MinimumAge", Double.NEGATIVE_INFINITY, days));
            filters.add(boundOrMissing("MaximumAge", days, Double.POSITIVE_INFINITY));
        });
        return filters;
    }

    /** An age bound that admits the value, where a missing bound means no bound. */
    private static Query boundOrMissing(String piece, double lo, double hi) {
        Query missing = new BooleanQuery.Builder()
                .add(EssieQueryBuilder.allStudies(), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.PRESENT, piece)), Occur.MUST_NOT)
                .build();
        return new BooleanQuery.Builder()
                .add(DoublePoint.newRangeQuery(IndexFields.point(piece), lo - 1e-6, hi + 1e-6), Occur.SHOULD)
                .add(missing, Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    private static Query terms(String field, Collection<String> values) {
        List<BytesRef> refs = values.stream()
                .map(v -> new BytesRef(EssieQueryBuilder.enumKey(v)))
                .toList();
        if (field.equals(IndexFields.exact("NCTId")) || field.equals(IndexFields.exact("NCTIdAlias"))) {
            refs = values.stream()
                    .map(v -> new BytesRef(v.toLowerCase(Locale.ROOT)))
                    .toList();
        }
        return new TermInSetQuery(field, refs);
    }

    private static Query combine(Query scoring, List<Query> filters) {
        if (filters.isEmpty()) {
            return scoring;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(scoring, Occur.MUST);
        filters.forEach(f -> b.add(f, Occur.FILTER));
        return b.build();
    }

    private static Sort sort(SearchRequest request, boolean relevance, Optional<GeoFilter> place) {
        List<SortField> fields = new ArrayList<>();
        if (request.sort().isEmpty()) {
            if (relevance) {
                fields.add(SortField.FIELD_SCORE);
            }
        } else {
            for (SortKey key : request.sort()) {
                if (key.relevance()) {
                    fields.add(SortField.FIELD_SCORE);
                } else if (key.distance()) {
                    GeoFilter g = place.orElseThrow(
                            () -> new SearchException("sort=@distance needs filter.geo (the place to measure from)"));
                    fields.add(LatLonDocValuesField.newDistanceSort(IndexFields.GEO, g.lat(), g.lon()));
                } else {
                    SortedNumericSortField f = new SortedNumericSortField(
                            IndexFields.sort(key.piece()),
                            SortField.Type.LONG,
                            key.descending(),
                            key.descending() ? SortedNumericSelector.Type.MAX : SortedNumericSelector.Type.MIN);
                    // studies without the value come last in either direction
                    f.setMissingValue(key.descending() ? Long.MIN_VALUE : Long.MAX_VALUE);
                    fields.add(f);
                }
            }
        }
        fields.add(new SortField(IndexFields.ID_SORT, SortField.Type.STRING)); // a total order: stable pages
        return new Sort(fields.toArray(SortField[]::new));
    }

    private static List<Facet> unselectedFacets(SearchRequest request) {
        List<Facet> unselected = new ArrayList<>();
        for (Facet f : Facet.values()) {
            if (request.facets().stream().noneMatch(s -> s.facet() == f)) {
                unselected.add(f);
            }
        }
        return unselected;
    }

    /** The doc-values fields counted in the search's own pass: unselected facets, then countries. */
    private static List<String> facetFields(List<Facet> unselected) {
        List<String> fields = new ArrayList<>(
                unselected.stream().map(f -> IndexFields.facet(f.piece())).toList());
        fields.add(COUNTRY_FIELD);
        return fields;
    }

    private static final String COUNTRY_FIELD = IndexFields.facet("LocationCountry");

    /**
     * Option counts per facet, as on the website: a facet without a selection counts over the matches
     * (already counted in the search's pass), a facet with one counts with every filter but its own.
     */
    private Map<String, Map<String, Long>> facets(
            IndexSearcher searcher, SearchRequest request, Query scoring, Map<String, Map<String, Long>> passCounts)
            throws IOException {
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        for (Facet f : Facet.values()) {
            String field = IndexFields.facet(f.piece());
            Map<String, Long> counts = passCounts.get(field);
            if (counts == null) {
                counts = searcher.search(
                                new ConstantScoreQuery(combine(scoring, filters(request, f))),
                                new FacetCounter(List.of(field)))
                        .get(field);
            }
            ordered.put(f.key(), counts);
        }
        // countries: open-valued, counted for browsing by location (filtered with AREA[LocationCountry])
        Map<String, Long> sorted = new LinkedHashMap<>();
        passCounts.getOrDefault(COUNTRY_FIELD, Map.of()).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        ordered.put("country", sorted);
        return ordered;
    }
}
