package org.trialfinder.app.site.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.studies.ListStudiesParams;
import org.trialfinder.app.site.search.SearchView.Exports;
import org.trialfinder.app.site.search.SearchView.FacetGroup;
import org.trialfinder.app.site.search.SearchView.FacetOption;
import org.trialfinder.app.site.search.SearchView.Link;
import org.trialfinder.app.site.search.SearchView.Pager;
import org.trialfinder.app.site.search.SearchView.PlaceProblem;
import org.trialfinder.app.site.search.SearchView.ResultCard;
import org.trialfinder.app.site.search.SearchView.SortChoice;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.geo.ResolvedPlace;
import org.trialfinder.search.Facet;
import org.trialfinder.search.SearchException;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.search.summary.StudySummary;

/**
 * Runs the search page's search: the URL's state mapped onto the API's parameters and parsed by the
 * API's own {@link ListStudiesParams} (one query builder for site and API), one call to the search
 * seam for the page of hits with its total and facet counts, and each hit's stored list summary.
 */
public final class SearchPages {
    public static final int PAGE_SIZE = 20;
    /** What the export links ask for: the API's largest page. */
    static final int EXPORT_SIZE = SearchRequest.MAX_PAGE_SIZE;

    private final StudySearch search;
    private final StudySummaries summaries;
    private final PlaceResolver places;

    public SearchPages(StudySearch search, StudySummaries summaries, PlaceResolver places) {
        this.search = search;
        this.summaries = summaries;
        this.places = places;
    }

    public SearchView view(Map<String, List<String>> query) {
        SearchForm.Parsed parsed = SearchForm.parse(query);
        return view(parsed.form(), new ArrayList<>(parsed.notices()));
    }

    private SearchView view(SearchForm form, List<String> notices) {
        SearchSort sort = form.sort();
        Optional<ResolvedPlace> place = Optional.empty();
        if (form.hasPlace()) {
            place = places.resolve(form.value("place"));
            if (place.isEmpty()) {
                PlaceProblem problem = new PlaceProblem(form.value("place"), placeSuggestions(form));
                return notSearched(form, notices, null, problem, sort);
            }
        }
        SearchRequest request;
        try {
            Map<String, List<String>> api = new LinkedHashMap<>(form.apiParams(sort));
            api.put("pageSize", List.of(Integer.toString(PAGE_SIZE)));
            api.put("countTotal", List.of("true"));
            api.put("tf.facets", List.of("true"));
            request = ListStudiesParams.parse(api, places).request();
        } catch (BadRequestException | SearchException e) {
            return notSearched(form, notices, inPlainWords(e.getMessage()), null, sort);
        }
        SearchPage counted;
        SearchPage hits;
        try {
            counted = search.search(request);
            hits = counted;
            if (form.page() > 1) {
                hits = search.search(later(request, form.after()));
            }
        } catch (SearchException e) {
            if (form.page() > 1 && e.getMessage().startsWith("pageToken")) {
                notices.add(
                        "That page link is out of date (the trials have been updated since); here is the first page.");
                return view(form.firstPage(), notices);
            }
            return notSearched(form, notices, inPlainWords(e.getMessage()), null, sort);
        }
        long total = counted.total().orElse(0);
        List<ResultCard> cards = new ArrayList<>(hits.hits().size());
        List<StudySummary> listed = HitSummaries.of(summaries, hits.hits());
        for (int i = 0; i < listed.size(); i++) {
            cards.add(card(hits.hits().get(i), listed.get(i), form.radius()));
        }
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        Pager pager = new Pager(
                form.page(),
                pages,
                form.page() > 1 ? form.firstPage().url() : null,
                form.page() == 2
                        ? form.firstPage().url()
                        : form.page() > 2 && form.prev() != null
                                ? form.atPage(form.page() - 1, form.prev(), null)
                                        .url()
                                : null,
                hits.nextPageToken()
                        .map(t -> form.atPage(form.page() + 1, t, form.after()).url())
                        .orElse(null));
        return new SearchView(
                form,
                notices,
                null,
                null,
                place.map(ResolvedPlace::name).orElse(null),
                true,
                total,
                cards,
                facetGroups(form, counted.facets()),
                sorts(form, sort),
                pager,
                SearchSummary.of(form),
                total == 0 ? Widening.links(form) : List.of(),
                exports(form, sort));
    }

    /** A view that shows the form and what needs correcting, without results. */
    private SearchView notSearched(
            SearchForm form, List<String> notices, String error, PlaceProblem problem, SearchSort sort) {
        return new SearchView(
                form,
                notices,
                error,
                problem,
                null,
                false,
                0,
                List.of(),
                facetGroups(form, Map.of()),
                sorts(form, sort),
                new Pager(1, 1, null, null, null),
                SearchSummary.of(form),
                List.of(),
                null);
    }

    /** The same request continuing after a page token; the total and facet counts come from the first-page call. */
    static SearchRequest later(SearchRequest r, String token) {
        return new SearchRequest(
                r.queries(),
                r.advanced(),
                r.statuses(),
                r.geo(),
                r.ids(),
                r.facets(),
                r.personAge(),
                r.geoDecay(),
                r.sort(),
                r.pageSize(),
                Optional.of(token),
                false,
                false);
    }

    /** The API's messages name its parameters; the page names its own fields. */
    static String inPlainWords(String message) {
        String m = message;
        for (Map.Entry<String, String> e : SearchForm.WORDS.entrySet()) {
            m = m.replace(e.getValue() + ":", SearchForm.wordsLabel(e.getKey()) + ":");
        }
        return m;
    }

    /**
     * Places the gazetteer knows among the pieces of what was typed ("Guangzhou, Narnia" → Guangzhou;
     * "Bostn MA" → Massachusetts), each as a link to the same search there.
     */
    private List<Link> placeSuggestions(SearchForm form) {
        String typed = form.value("place");
        Set<String> pieces = new LinkedHashSet<>();
        for (String part : typed.split("[,;]")) {
            if (!part.isBlank()) {
                pieces.add(part.strip());
            }
            for (String word : part.strip().split("\\s+")) {
                if (word.length() >= 2) {
                    pieces.add(word);
                }
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (String piece : pieces) {
            if (names.size() >= 5 || pieces.size() > 12) {
                break;
            }
            if (!piece.equalsIgnoreCase(typed)) {
                places.resolve(piece).ifPresent(r -> names.add(r.name()));
            }
        }
        return names.stream()
                .map(n -> new Link(form.replacing("place", n).url(), n))
                .toList();
    }

    static ResultCard card(SearchHit hit, StudySummary s, Radius radius) {
        String status = s.overallStatus() == null ? "" : s.overallStatus();
        String facility = null;
        String site = null;
        String distance = null;
        if (hit.nearestSite().isPresent()) {
            int index = hit.nearestSite().get().locationIndex();
            List<StudySummary.Site> sites = s.sites();
            if (index >= 0 && index < sites.size() && sites.get(index) != null) {
                StudySummary.Site l = sites.get(index);
                facility = l.facility();
                site = String.join(
                        ", ",
                        Stream.of(l.city(), l.state(), l.country())
                                .filter(x -> x != null && !x.isBlank())
                                .toList());
                distance = radius.distance(hit.nearestSite().get().distanceKm());
            }
        }
        return new ResultCard(
                hit.nctId(),
                s.briefTitle() == null ? hit.nctId() : s.briefTitle(),
                status,
                SearchWords.status(status),
                SearchWords.phases(s.phases()),
                s.studyType() == null ? null : SearchWords.studyType(s.studyType()),
                s.conditions(),
                s.leadSponsor(),
                facility,
                site,
                distance);
    }

    /** The filter form: each facet's options that have trials under the current search, plus those chosen. */
    static List<FacetGroup> facetGroups(SearchForm form, Map<String, Map<String, Long>> counts) {
        List<FacetGroup> groups = new ArrayList<>();
        groups.add(multi(form, "status", "Status", Facet.STATUS, counts, SearchWords::status));
        groups.add(multi(form, "phase", "Phase", Facet.PHASE, counts, SearchWords::phase));
        groups.add(multi(form, "type", "Study type", Facet.STUDY_TYPE, counts, SearchWords::studyType));
        groups.add(multi(form, "funder", "Funder type", Facet.FUNDER_TYPE, counts, SearchWords::funderType));
        Map<String, Long> sex = counts.getOrDefault(Facet.SEX.key(), Map.of());
        boolean counted = !counts.isEmpty();
        long all = sex.getOrDefault("ALL", 0L);
        groups.add(new FacetGroup(
                "sex",
                "Sex",
                false,
                List.of(
                        new FacetOption(
                                "f-sex-any", "", "Any", null, form.value("sex").isEmpty()),
                        new FacetOption(
                                "f-sex-f",
                                SearchForm.FEMALE,
                                "Open to women",
                                counted ? sex.getOrDefault("FEMALE", 0L) + all : null,
                                form.value("sex").equals(SearchForm.FEMALE)),
                        new FacetOption(
                                "f-sex-m",
                                SearchForm.MALE,
                                "Open to men",
                                counted ? sex.getOrDefault("MALE", 0L) + all : null,
                                form.value("sex").equals(SearchForm.MALE)))));
        Map<String, Long> healthy = counts.getOrDefault(Facet.HEALTHY.key(), Map.of());
        groups.add(new FacetGroup(
                "healthy",
                "Healthy volunteers",
                true,
                List.of(new FacetOption(
                        "f-healthy-y",
                        "y",
                        "Accepts healthy volunteers",
                        counted ? healthy.getOrDefault("true", 0L) : null,
                        !form.value("healthy").isEmpty()))));
        return groups;
    }

    private static FacetGroup multi(
            SearchForm form,
            String name,
            String legend,
            Facet facet,
            Map<String, Map<String, Long>> counts,
            Function<String, String> words) {
        Map<String, Long> c = counts.getOrDefault(facet.key(), Map.of());
        List<FacetOption> options = new ArrayList<>();
        for (String value : facet.options().values()) {
            long n = c.getOrDefault(value, 0L);
            boolean checked = form.has(name, value);
            if (n > 0
                    || checked
                    || (counts.isEmpty() && facet != Facet.STATUS)
                    || (counts.isEmpty() && isCommonStatus(value))) {
                options.add(new FacetOption(
                        "f-" + name + "-" + value.toLowerCase(Locale.ROOT),
                        value,
                        words.apply(value),
                        counts.isEmpty() ? null : n,
                        checked));
            }
        }
        return new FacetGroup(name, legend, true, options);
    }

    /** Without counts (the search could not run) the status list offers the statuses people look for. */
    private static boolean isCommonStatus(String value) {
        return value.equals("RECRUITING")
                || value.equals("NOT_YET_RECRUITING")
                || value.equals("ENROLLING_BY_INVITATION")
                || value.equals("ACTIVE_NOT_RECRUITING")
                || value.equals("COMPLETED");
    }

    private static List<SortChoice> sorts(SearchForm form, SearchSort current) {
        List<SortChoice> out = new ArrayList<>();
        for (SearchSort s : SearchSort.values()) {
            if (s != SearchSort.DISTANCE || form.hasPlace()) {
                out.add(new SortChoice(s.param(), s.label(), s == current));
            }
        }
        return out;
    }

    private static Exports exports(SearchForm form, SearchSort sort) {
        List<SearchForm.Param> api = new ArrayList<>();
        form.apiParams(sort).forEach((k, vs) -> vs.forEach(v -> api.add(new SearchForm.Param(k, v))));
        List<SearchForm.Param> csv = new ArrayList<>(api);
        csv.add(new SearchForm.Param("format", "csv"));
        csv.add(new SearchForm.Param("pageSize", Integer.toString(EXPORT_SIZE)));
        List<SearchForm.Param> json = new ArrayList<>(api);
        json.add(new SearchForm.Param("countTotal", "true"));
        json.add(new SearchForm.Param("pageSize", Integer.toString(EXPORT_SIZE)));
        return new Exports(
                "/api/v2/studies" + SearchForm.query(csv, SearchForm.Param::name),
                "/api/v2/studies" + SearchForm.query(json, SearchForm.Param::name),
                form.feedUrl());
    }
}
