package org.trialfinder.app.site.search;

import java.util.List;
import java.util.Locale;

/**
 * Everything the search page template shows, computed before rendering so the template only lays
 * it out.
 *
 * @param form        the search as read from the URL (fills the form's fields)
 * @param notices     parts of the URL we could not use, in plain sentences
 * @param error       why the search could not run (e.g. an unbalanced parenthesis), or null
 * @param placeProblem the place we could not find and what we could find instead, or null
 * @param placeName   the place searched around as the gazetteer names it, or null
 * @param searched    whether a search ran (false when the place or the query needs correcting first)
 * @param total       how many trials match
 * @param results     this page's trials
 * @param facets      the filters with their counts under the current search
 * @param sorts       the orders offered, the current one marked
 * @param pager       where this page is and links to its neighbours
 * @param summary     the search in words ("lung cancer, near Guangzhou within 50 km, status Enrolling")
 * @param widen       when nothing matches: links to the same search made wider
 * @param exports     CSV and JSON downloads and the Atom feed of this search
 */
public record SearchView(
        SearchForm form,
        List<String> notices,
        String error,
        PlaceProblem placeProblem,
        String placeName,
        boolean searched,
        long total,
        List<ResultCard> results,
        List<FacetGroup> facets,
        List<SortChoice> sorts,
        Pager pager,
        String summary,
        List<Link> widen,
        Exports exports) {

    /** "1,234 trials", "1 trial". */
    public String totalText() {
        return String.format(Locale.ROOT, "%,d", total) + (total == 1 ? " trial" : " trials");
    }

    public record Link(String href, String label) {}

    public record PlaceProblem(String place, List<Link> suggestions) {}

    /**
     * One trial in the list. {@code nearestSite} ("Guangzhou, Guangdong, China") and {@code distance}
     * ("3 km") are present when a place was searched and the trial has a located site.
     */
    public record ResultCard(
            String nctId,
            String title,
            String status,
            String statusWords,
            String phase,
            String studyType,
            List<String> conditions,
            String sponsor,
            String nearestFacility,
            String nearestSite,
            String distance) {}

    /** A fieldset of the filter form: its URL name, legend, control kind, and options with counts. */
    public record FacetGroup(String name, String legend, boolean multiple, List<FacetOption> options) {}

    /** One control of a filter: value, label, matching trials under the current search, whether chosen. */
    public record FacetOption(String id, String value, String label, Long count, boolean checked) {
        public String countText() {
            return count == null ? "" : String.format(Locale.ROOT, "%,d", count);
        }
    }

    public record SortChoice(String value, String label, boolean selected) {}

    /** Numbered pages reached one after the other: page N of M, with previous/next/first links when they exist. */
    public record Pager(int page, long pages, String firstUrl, String prevUrl, String nextUrl) {}

    public record Exports(String csv, String json, String feed) {}
}
