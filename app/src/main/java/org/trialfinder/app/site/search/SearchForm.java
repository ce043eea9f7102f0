package org.trialfinder.app.site.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.trialfinder.search.Facet;
import org.trialfinder.search.SearchException;

/**
 * The whole state of a search page as its URL holds it ({@code /search?cond=…&place=…&radius=50km&status=RECRUITING…}),
 * read leniently: a value that cannot be used is left out with a notice saying so, never an error
 * page. Held as canonical name/value pairs so that links which widen or narrow a search are the
 * same pairs with one added or removed.
 */
public final class SearchForm {
    /** The free-text fields and the API's query parameter each one feeds. */
    static final Map<String, String> WORDS = wordFields();

    static final int MAX_TEXT = 300;
    /** Filters held as facet selections: URL name to facet. */
    static final Map<String, Facet> MULTI = multiFields();

    static final String FEMALE = "f";
    static final String MALE = "m";

    private final List<Param> params;
    private final int page;
    private final String after;
    private final String prev;

    /** One URL parameter of the search's state. */
    public record Param(String name, String value) {}

    /** The form as read, and what was left out of it and why. */
    public record Parsed(SearchForm form, List<String> notices) {}

    private SearchForm(List<Param> params, int page, String after, String prev) {
        this.params = List.copyOf(params);
        this.page = page;
        this.after = after;
        this.prev = prev;
    }

    private static Map<String, String> wordFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cond", "query.cond");
        m.put("term", "query.term");
        m.put("intr", "query.intr");
        m.put("spons", "query.spons");
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Facet> multiFields() {
        Map<String, Facet> m = new LinkedHashMap<>();
        m.put("status", Facet.STATUS);
        m.put("phase", Facet.PHASE);
        m.put("type", Facet.STUDY_TYPE);
        m.put("funder", Facet.FUNDER_TYPE);
        return Collections.unmodifiableMap(m);
    }

    static String wordsLabel(String name) {
        return switch (name) {
            case "cond" -> "Condition or disease";
            case "term" -> "Other words";
            case "intr" -> "Treatment";
            case "spons" -> "Sponsor";
            default -> name;
        };
    }

    public static Parsed parse(Map<String, List<String>> query) {
        List<String> notices = new ArrayList<>();
        List<Param> out = new ArrayList<>();
        for (String name : WORDS.keySet()) {
            text(query, name, wordsLabel(name), notices).ifPresent(v -> out.add(new Param(name, v)));
        }
        Optional<String> place = text(query, "place", "Place", notices);
        place.ifPresent(v -> out.add(new Param("place", v)));
        Optional<String> radiusText = first(query, "radius");
        if (place.isPresent()) {
            Radius radius = Radius.DEFAULT;
            if (radiusText.isPresent()) {
                Optional<Radius> r = Radius.parse(radiusText.get());
                if (r.isPresent()) {
                    radius = r.get();
                } else {
                    notices.add("We could not read the distance \"" + shorten(radiusText.get())
                            + "\" (write it like 50km or 100mi), " + "so we searched within " + Radius.DEFAULT.label()
                            + ".");
                }
            }
            out.add(new Param("radius", radius.param()));
        }
        for (Map.Entry<String, Facet> e : MULTI.entrySet()) {
            Set<String> values = new LinkedHashSet<>();
            for (String v : all(query, e.getKey())) {
                try {
                    values.add(e.getValue().value(v));
                } catch (SearchException bad) {
                    notices.add("We ignored " + e.getKey() + " \"" + shorten(v) + "\": it is not one of the choices.");
                }
            }
            values.forEach(v -> out.add(new Param(e.getKey(), v)));
        }
        first(query, "sex").ifPresent(v -> {
            String s = v.trim().toLowerCase(Locale.ROOT);
            switch (s) {
                case "f", "female", "women" -> out.add(new Param("sex", FEMALE));
                case "m", "male", "men" -> out.add(new Param("sex", MALE));
                case "", "a", "all", "any" -> {}
                default ->
                    notices.add("We ignored sex \"" + shorten(v) + "\": choose f (open to women) or m (open to men).");
            }
        });
        first(query, "age").filter(v -> !v.isBlank()).ifPresent(v -> {
            try {
                double age = Double.parseDouble(v.trim());
                if (age < 0 || age > 130 || Double.isNaN(age)) {
                    notices.add("We ignored the age " + shorten(v) + ": give an age in years from 0 to 130.");
                } else {
                    out.add(new Param("age", age == Math.rint(age) ? Long.toString((long) age) : Double.toString(age)));
                }
            } catch (NumberFormatException e) {
                notices.add("We ignored the age \"" + shorten(v) + "\": give an age in years, e.g. 58.");
            }
        });
        first(query, "healthy").ifPresent(v -> {
            switch (v.trim().toLowerCase(Locale.ROOT)) {
                case "y", "yes", "true", "on", "1" -> out.add(new Param("healthy", "y"));
                case "", "n", "no", "false", "off", "0" -> {}
                default -> notices.add("We ignored healthy \"" + shorten(v) + "\": it takes y.");
            }
        });
        first(query, "sort").filter(v -> !v.isBlank()).ifPresent(v -> {
            Optional<SearchSort> sort = SearchSort.byParam(v);
            if (sort.isEmpty()) {
                notices.add("We ignored the order \"" + shorten(v) + "\" and used the default.");
            } else if (sort.get() == SearchSort.DISTANCE && place.isEmpty()) {
                notices.add("Sorting by distance needs a place, so we used the default order.");
            } else {
                out.add(new Param("sort", sort.get().param()));
            }
        });
        int page = 1;
        Optional<String> pageText = first(query, "page").filter(v -> !v.isBlank());
        String after = first(query, "after")
                .filter(v -> !v.isBlank() && v.length() <= 4000)
                .orElse(null);
        String prev = first(query, "prev")
                .filter(v -> !v.isBlank() && v.length() <= 4000)
                .orElse(null);
        if (pageText.isPresent()) {
            try {
                page = Integer.parseInt(pageText.get().trim());
            } catch (NumberFormatException e) {
                page = 0;
            }
            if (page < 1) {
                notices.add("There is no page \"" + shorten(pageText.get()) + "\"; here is the first page.");
                page = 1;
            }
        }
        if (page > 1 && after == null) {
            notices.add(
                    "That page link is incomplete (pages are reached with Next from page 1); here is the first page.");
            page = 1;
        }
        if (page == 1) {
            after = null;
            prev = null;
        }
        return new Parsed(new SearchForm(out, page, after, prev), List.copyOf(notices));
    }

    /** A text field: trimmed, blank as absent, and too long refused (the search would be meaningless and slow). */
    private static Optional<String> text(
            Map<String, List<String>> query, String name, String label, List<String> notices) {
        Optional<String> v = first(query, name).map(String::strip).filter(s -> !s.isEmpty());
        if (v.isPresent() && v.get().length() > MAX_TEXT) {
            notices.add("\"" + label + "\" is longer than " + MAX_TEXT + " characters, so we left it out.");
            return Optional.empty();
        }
        return v;
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** Repeated parameters (checkboxes) and comma lists both count. */
    private static List<String> all(Map<String, List<String>> query, String name) {
        List<String> out = new ArrayList<>();
        for (String v : query.getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    // ---- reading the state

    public String value(String name) {
        return params.stream()
                .filter(p -> p.name().equals(name))
                .map(Param::value)
                .findFirst()
                .orElse("");
    }

    public List<String> values(String name) {
        return params.stream()
                .filter(p -> p.name().equals(name))
                .map(Param::value)
                .toList();
    }

    public boolean has(String name, String value) {
        return params.contains(new Param(name, value));
    }

    public List<Param> params() {
        return params;
    }

    public boolean hasPlace() {
        return !value("place").isEmpty();
    }

    public Radius radius() {
        return Radius.parse(value("radius")).orElse(Radius.DEFAULT);
    }

    public boolean hasWords() {
        return WORDS.keySet().stream().anyMatch(n -> !value(n).isEmpty());
    }

    /** The order asked for, else the best match when there are words or a place, else the most recently updated. */
    public SearchSort sort() {
        return SearchSort.byParam(value("sort"))
                .orElse(hasWords() || hasPlace() ? SearchSort.RELEVANCE : SearchSort.UPDATED);
    }

    public int page() {
        return page;
    }

    String after() {
        return after;
    }

    String prev() {
        return prev;
    }

    // ---- changing the state (each gives a new form on its first page)

    SearchForm without(String name, String value) {
        List<Param> kept = new ArrayList<>(params);
        kept.remove(new Param(name, value));
        if (name.equals("place")) {
            kept.removeIf(p -> p.name().equals("radius")
                    || (p.name().equals("sort") && p.value().equals(SearchSort.DISTANCE.param())));
        }
        return new SearchForm(kept, 1, null, null);
    }

    SearchForm with(String name, String value) {
        List<Param> more = new ArrayList<>(params);
        more.add(new Param(name, value));
        return new SearchForm(canonical(more), 1, null, null);
    }

    SearchForm replacing(String name, String value) {
        List<Param> changed = new ArrayList<>(params);
        changed.removeIf(p -> p.name().equals(name));
        changed.add(new Param(name, value));
        return new SearchForm(canonical(changed), 1, null, null);
    }

    SearchForm firstPage() {
        return new SearchForm(params, 1, null, null);
    }

    SearchForm atPage(int number, String afterToken, String prevToken) {
        return number <= 1 ? firstPage() : new SearchForm(params, number, afterToken, prevToken);
    }

    /** Pairs in the order the parser writes them, so equal searches have equal URLs. */
    private static List<Param> canonical(List<Param> pairs) {
        List<String> order = new ArrayList<>(WORDS.keySet());
        order.addAll(List.of("place", "radius"));
        order.addAll(MULTI.keySet());
        order.addAll(List.of("sex", "age", "healthy", "sort"));
        List<Param> out = new ArrayList<>(pairs);
        out.sort(Comparator.comparingInt(p -> order.indexOf(p.name())));
        return out;
    }

    // ---- as URLs

    /** This search as a site URL, on its page. */
    public String url() {
        List<Param> all = new ArrayList<>(params);
        if (page > 1) {
            all.add(new Param("page", Integer.toString(page)));
            all.add(new Param("after", after));
            if (prev != null) {
                all.add(new Param("prev", prev));
            }
        }
        return "/search" + query(all, Param::name);
    }

    /**
     * The address search engines should keep for this search: its first page, parameters in the parser's order
     * (a later page's address holds page tokens that expire with the data they were taken from).
     */
    public String canonicalUrl() {
        return firstPage().url();
    }

    /** The Atom feed of this search. */
    public String feedUrl() {
        return "/search/feed.atom"
                + query(params.stream().filter(p -> !p.name().equals("sort")).toList(), Param::name);
    }

    static String query(List<Param> pairs, Function<Param, String> name) {
        if (pairs.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("?");
        for (Param p : pairs) {
            if (b.length() > 1) {
                b.append('&');
            }
            b.append(URLEncoder.encode(name.apply(p), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(p.value(), StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    /**
     * The same search in the API's parameters ({@code query.cond}, {@code aggFilters=status:rec not,…},
     * {@code tf.place}/{@code tf.radius}, {@code tf.age}, {@code sort}), without paging: what the
     * page searches with and what its export links download.
     */
    Map<String, List<String>> apiParams(SearchSort sort) {
        Map<String, List<String>> api = new LinkedHashMap<>();
        WORDS.forEach((name, apiName) -> {
            String v = value(name);
            if (!v.isEmpty()) {
                api.put(apiName, List.of(v));
            }
        });
        if (hasPlace()) {
            api.put("tf.place", List.of(value("place")));
            api.put("tf.radius", List.of(radius().param()));
        }
        List<String> agg = new ArrayList<>();
        MULTI.forEach((name, facet) -> {
            List<String> vs = values(name);
            if (!vs.isEmpty()) {
                agg.add(facet.key() + ":"
                        + String.join(
                                " ", vs.stream().map(v -> optionKey(facet, v)).toList()));
            }
        });
        switch (value("sex")) {
            case FEMALE -> agg.add(Facet.SEX.key() + ":f a");
            case MALE -> agg.add(Facet.SEX.key() + ":m a");
            default -> {}
        }
        if (!value("healthy").isEmpty()) {
            agg.add(Facet.HEALTHY.key() + ":y");
        }
        if (!agg.isEmpty()) {
            api.put("aggFilters", List.of(String.join(",", agg)));
        }
        if (!value("age").isEmpty()) {
            api.put("tf.age", List.of(value("age")));
        }
        if (sort != SearchSort.RELEVANCE || hasWords() || hasPlace()) {
            api.put("sort", List.of(sort.apiSort()));
        }
        return api;
    }

    /** The website's short option key for an indexed value ("RECRUITING" → "rec"), as aggFilters writes it. */
    static String optionKey(Facet facet, String indexed) {
        return facet.options().entrySet().stream()
                .filter(e -> e.getValue().equals(indexed))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(indexed);
    }
}
