package org.trialfinder.search;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.trialfinder.search.essie.EssieNode;

/**
 * Everything a search asks, independent of how it arrived (API parameters, the site's search form).
 *
 * @param queries      {@code query.*}: each an Essie expression over one search area; they rank results
 * @param advanced     {@code filter.advanced} / {@code postFilter.advanced}: Essie expressions that filter only
 * @param statuses     {@code filter.overallStatus}: allowed overall statuses (empty: any)
 * @param geo          {@code filter.geo} / {@code postFilter.geo}: every one must match some site
 * @param ids          {@code filter.ids}: NCT ids or aliases (empty: any)
 * @param facets       {@code aggFilters} and the site's filters: options ORed within a facet, facets ANDed
 * @param personAge    a person's age in years: studies whose age bounds admit it (a missing bound is no bound)
 * @param geoDecay     how distance lowers relevance when {@code geo} is set
 * @param sort         at most two keys; empty means relevance when there is a query, else a stable id order
 * @param pageSize     1..1000
 * @param pageToken    where the previous page ended (opaque)
 * @param countTotal   whether to count all matches
 * @param withFacets   whether to count each facet's options for this query
 * @param nearestSites whether each hit of a search with {@code geo} gives its nearest site (reading a hit's
 *                     sites costs the backend time; an API answer without {@code tf.nearest} shows none)
 */
public record SearchRequest(
        List<AreaQuery> queries,
        List<EssieNode> advanced,
        Set<String> statuses,
        List<GeoFilter> geo,
        Set<String> ids,
        List<Facet.Selection> facets,
        OptionalDouble personAge,
        Optional<GeoDecay> geoDecay,
        List<SortKey> sort,
        int pageSize,
        Optional<String> pageToken,
        boolean countTotal,
        boolean withFacets,
        boolean nearestSites) {

    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 1000;

    public SearchRequest {
        queries = List.copyOf(queries);
        advanced = List.copyOf(advanced);
        statuses = Set.copyOf(statuses);
        geo = List.copyOf(geo);
        ids = Set.copyOf(ids);
        facets = List.copyOf(facets);
        sort = List.copyOf(sort);
        if (sort.size() > 2) {
            throw new SearchException("sort takes at most 2 keys, got " + sort.size());
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new SearchException("pageSize must be 1.." + MAX_PAGE_SIZE);
        }
    }

    /** A request whose hits give their nearest sites when {@code geo} is set. */
    public SearchRequest(
            List<AreaQuery> queries,
            List<EssieNode> advanced,
            Set<String> statuses,
            List<GeoFilter> geo,
            Set<String> ids,
            List<Facet.Selection> facets,
            OptionalDouble personAge,
            Optional<GeoDecay> geoDecay,
            List<SortKey> sort,
            int pageSize,
            Optional<String> pageToken,
            boolean countTotal,
            boolean withFacets) {
        this(
                queries,
                advanced,
                statuses,
                geo,
                ids,
                facets,
                personAge,
                geoDecay,
                sort,
                pageSize,
                pageToken,
                countTotal,
                withFacets,
                true);
    }

    /** The same request, its hits without their nearest sites. */
    public SearchRequest withoutNearestSites() {
        return new SearchRequest(
                queries,
                advanced,
                statuses,
                geo,
                ids,
                facets,
                personAge,
                geoDecay,
                sort,
                pageSize,
                pageToken,
                countTotal,
                withFacets,
                false);
    }

    /** One {@code query.*} parameter: the area it searches, its parsed expression and the text as given. */
    public record AreaQuery(SearchArea area, EssieNode expression, String text) {}

    /** A request that matches everything, first page, default size: a starting point for builders. */
    public static SearchRequest all() {
        return new SearchRequest(
                List.of(),
                List.of(),
                Set.of(),
                List.of(),
                Set.of(),
                List.of(),
                OptionalDouble.empty(),
                Optional.empty(),
                List.of(),
                DEFAULT_PAGE_SIZE,
                Optional.empty(),
                false,
                false);
    }
}
