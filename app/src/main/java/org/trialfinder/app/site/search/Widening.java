package org.trialfinder.app.site.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.trialfinder.app.site.search.SearchView.Link;

/**
 * When nothing matches: the same search made wider, one change per link: a larger radius (×2, ×4),
 * trials not yet enrolling too, each filter and each group of words removed, and the place dropped.
 */
final class Widening {
    private Widening() {}

    static List<Link> links(SearchForm form) {
        List<Link> links = new ArrayList<>();
        if (form.hasPlace()) {
            for (int factor : new int[] {2, 4}) {
                form.radius()
                        .times(factor)
                        .ifPresent(r -> links.add(new Link(
                                form.replacing("radius", r.param()).url(),
                                "Search within " + r.label() + " of " + form.value("place"))));
            }
        }
        List<String> statuses = form.values("status");
        if (!statuses.isEmpty() && !statuses.contains("NOT_YET_RECRUITING")) {
            links.add(new Link(form.with("status", "NOT_YET_RECRUITING").url(), "Include trials not yet enrolling"));
        }
        Map<String, Function<String, String>> words = Map.of(
                "status",
                SearchWords::status,
                "phase",
                SearchWords::phase,
                "type",
                SearchWords::studyType,
                "funder",
                SearchWords::funderType);
        for (String name : SearchForm.MULTI.keySet()) {
            for (String v : form.values(name)) {
                links.add(new Link(
                        form.without(name, v).url(),
                        "Remove the filter " + SearchSummary.label(name) + ": "
                                + words.get(name).apply(v)));
            }
        }
        if (!form.value("sex").isEmpty()) {
            links.add(new Link(form.without("sex", form.value("sex")).url(), "Remove the filter on sex"));
        }
        if (!form.value("age").isEmpty()) {
            links.add(new Link(form.without("age", form.value("age")).url(), "Remove the age " + form.value("age")));
        }
        if (!form.value("healthy").isEmpty()) {
            links.add(new Link(form.without("healthy", "y").url(), "Remove the filter on healthy volunteers"));
        }
        for (String name : SearchForm.WORDS.keySet()) {
            String v = form.value(name);
            if (!v.isEmpty()) {
                links.add(new Link(
                        form.without(name, v).url(),
                        "Remove " + SearchForm.wordsLabel(name).toLowerCase(Locale.ROOT) + " \u201c" + v + "\u201d"));
            }
        }
        if (form.hasPlace()) {
            links.add(new Link(
                    form.without("place", form.value("place")).url(),
                    "Search everywhere, not only near " + form.value("place")));
        }
        return links;
    }
}
