package org.trialfinder.search.contract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.trialfinder.search.Facet;
import org.trialfinder.search.GeoDecay;
import org.trialfinder.search.GeoFilter;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.SortKey;
import org.trialfinder.search.essie.EssieNode;
import org.trialfinder.search.essie.EssieParser;

/** A {@link SearchRequest} written the way the API's parameters read, for tests of the search core. */
public final class Ask {
    private final List<SearchRequest.AreaQuery> queries = new ArrayList<>();
    private final List<EssieNode> advanced = new ArrayList<>();
    private final Set<String> statuses = new LinkedHashSet<>();
    private final List<GeoFilter> geo = new ArrayList<>();
    private final Set<String> ids = new LinkedHashSet<>();
    private final List<Facet.Selection> facets = new ArrayList<>();
    private OptionalDouble age = OptionalDouble.empty();
    private Optional<GeoDecay> decay = Optional.empty();
    private final List<SortKey> sort = new ArrayList<>();
    private int pageSize = SearchRequest.DEFAULT_PAGE_SIZE;
    private Optional<String> token = Optional.empty();
    private boolean countTotal;
    private boolean withFacets;

    private Ask() {}

    public static Ask all() {
        return new Ask();
    }

    /** {@code query.cond=…} and the other {@code query.*} areas. */
    public static Ask query(String param, String essie) {
        return new Ask().and(param, essie);
    }

    /** {@code filter.advanced=…}. */
    public static Ask advanced(String essie) {
        return new Ask().andAdvanced(essie);
    }

    public Ask and(String param, String essie) {
        var area = SearchAreas.standard().byParam(param).orElseThrow(() -> new AssertionError("no area " + param));
        queries.add(new SearchRequest.AreaQuery(area, EssieParser.parse(essie), essie));
        return this;
    }

    public Ask andAdvanced(String essie) {
        advanced.add(EssieParser.parse(essie));
        return this;
    }

    public Ask statuses(String... values) {
        statuses.addAll(List.of(values));
        return this;
    }

    /** {@code filter.geo=distance(lat,lon,50km)}. */
    public Ask geo(String distance) {
        geo.add(GeoFilter.parse("filter.geo", distance));
        return this;
    }

    public Ask ids(String... values) {
        ids.addAll(List.of(values));
        return this;
    }

    /** One {@code aggFilters} item: a facet and its option keys, e.g. {@code STATUS, "rec", "not"}. */
    public Ask facet(Facet facet, String... options) {
        facets.add(new Facet.Selection(
                facet, List.of(options).stream().map(facet::value).toList()));
        return this;
    }

    public Ask age(double years) {
        age = OptionalDouble.of(years);
        return this;
    }

    public Ask geoDecay(String text) {
        decay = Optional.of(GeoDecay.parse(text));
        return this;
    }

    public Ask sort(String piece, boolean descending) {
        sort.add(new SortKey(piece, descending));
        return this;
    }

    public Ask pageSize(int n) {
        pageSize = n;
        return this;
    }

    public Ask pageToken(String t) {
        token = Optional.of(t);
        return this;
    }

    public Ask countTotal() {
        countTotal = true;
        return this;
    }

    public Ask withFacets() {
        withFacets = true;
        return this;
    }

    public SearchRequest request() {
        return new SearchRequest(
                queries,
                advanced,
                statuses,
                geo,
                ids,
                facets,
                age,
                decay,
                sort,
                pageSize,
                token,
                countTotal,
                withFacets);
    }
}
