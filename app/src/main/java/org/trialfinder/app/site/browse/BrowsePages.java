package org.trialfinder.app.site.browse;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trialfinder.app.site.PageRenderer;
import org.trialfinder.search.browse.BrowseCount;
import org.trialfinder.search.browse.BrowseDimension;
import org.trialfinder.search.browse.BrowsePage;
import org.trialfinder.search.browse.BrowseSlug;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.terms.Descriptor;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StudyStore;

/**
 * The browse pages: conditions A–Z and by MeSH branch ({@code /conditions…}) and trials by place
 * ({@code /locations…}). Lists come from the browse counts (kept per data version), so a request
 * costs a few map look-ups plus, on a trials page, one sorted term query for 30 trials and their
 * stored summaries.
 */
public final class BrowsePages {
    static final int TRIALS_PER_PAGE = 30;
    /** Names per page of a long list: keeps every page well under 150 KB on a 100k-trial store. */
    static final int NAMES_PER_PAGE = 400;

    private final StudyStore store;
    private final StudyBrowse browse;
    private final MeshThesaurus mesh;
    private final Map<String, Descriptor> meshBySlug;
    private final PageRenderer pages;
    private volatile ConditionCatalog conditions;
    private volatile LocationCatalog locations;

    public BrowsePages(StudyStore store, StudyBrowse browse, MeshThesaurus mesh, PageRenderer pages) {
        this.store = store;
        this.browse = browse;
        this.mesh = mesh;
        this.meshBySlug = ConditionCatalog.meshBySlug(mesh);
        this.pages = pages;
    }

    // ------------------------------------------------------------------ conditions

    public void conditionsIndex(Context ctx) {
        ConditionCatalog c = conditions();
        List<NamedCount> letters = letters(c);
        List<NamedCount> branches = new ArrayList<>();
        c.branches()
                .values()
                .forEach(b -> branches.add(new NamedCount(
                        b.name(), "/conditions/branch/" + b.key(), CountWords.trials(b.trials(), b.recruiting()))));
        List<NamedCount> top =
                c.mostStudied(20).stream().map(BrowsePages::conditionEntry).toList();
        String lead = CountWords.number(c.size()) + (c.size() == 1 ? " condition" : " conditions") + " studied by "
                + CountWords.number(store.count())
                + " trials. Conditions are the MeSH terms ClinicalTrials.gov matched to each "
                + "trial, or the trial's own words when it matched none.";
        pages.answer(
                ctx,
                "site/conditions.jte",
                new ConditionsIndexView(List.of(home(), Crumb.here("Conditions")), lead, letters, branches, top));
    }

    public void conditionsByLetter(Context ctx) {
        String letter = ctx.pathParam("letter");
        ConditionCatalog c = conditions();
        if (!ConditionCatalog.LETTERS.contains(letter)
                && ConditionCatalog.LETTERS.contains(letter.toLowerCase(Locale.ROOT))) { // "A" → a
            ctx.redirect(
                    "/conditions/letter/" + letter.toLowerCase(Locale.ROOT) + query(ctx), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        if (!ConditionCatalog.LETTERS.contains(letter)) {
            notFound(
                    ctx,
                    "Conditions",
                    "There is no letter \"" + letter + "\" in the condition index: use a to z, 0-9 or other.");
            return;
        }
        List<BrowseCount> all = c.letter(letter);
        String label = ConditionCatalog.letterLabel(letter);
        Pager pager = new Pager(1, Pager.pages(all.size(), NAMES_PER_PAGE), "/conditions/letter/" + letter);
        Integer page = page(ctx, pager.pages());
        if (page == null) {
            return;
        }
        pager = new Pager(page, pager.pages(), pager.base());
        List<NamedCount> entries =
                slice(all, page).stream().map(BrowsePages::conditionEntry).toList();
        String lead = all.isEmpty()
                ? "No stored trial studies a condition under " + label + "."
                : CountWords.number(all.size()) + (all.size() == 1 ? " condition" : " conditions") + " under " + label
                        + ".";
        pages.answer(
                ctx,
                "site/names.jte",
                new ListPageView(
                        "Conditions: " + label,
                        "Clinical trials by condition, " + label + ".",
                        List.of(home(), new Crumb("Conditions", "/conditions"), Crumb.here(label)),
                        "Conditions: " + label,
                        lead,
                        letters(c),
                        List.of(new Section("", entries)),
                        pager));
    }

    public void conditionsByBranch(Context ctx) {
        String code = ctx.pathParam("code");
        ConditionCatalog c = conditions();
        BrowseCount branch = c.branches().get(code);
        if (branch == null && c.branches().containsKey(code.toLowerCase(Locale.ROOT))) { // "C04" → c04
            ctx.redirect(
                    "/conditions/branch/" + code.toLowerCase(Locale.ROOT) + query(ctx), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        if (branch == null) {
            notFound(ctx, "Conditions", "No stored trial studies a condition in the MeSH branch \"" + code + "\".");
            return;
        }
        List<BrowseCount> all = c.inBranch(code);
        Pager pager = new Pager(1, Pager.pages(all.size(), NAMES_PER_PAGE), "/conditions/branch/" + code);
        Integer page = page(ctx, pager.pages());
        if (page == null) {
            return;
        }
        pager = new Pager(page, pager.pages(), pager.base());
        List<NamedCount> entries =
                slice(all, page).stream().map(BrowsePages::conditionEntry).toList();
        String lead =
                CountWords.trials(branch.trials(), branch.recruiting()) + " study " + CountWords.number(all.size())
                        + (all.size() == 1 ? " condition" : " conditions") + " of this MeSH branch.";
        pages.answer(
                ctx,
                "site/names.jte",
                new ListPageView(
                        branch.name(),
                        "Clinical trials for " + branch.name() + ", by condition.",
                        List.of(home(), new Crumb("Conditions", "/conditions"), Crumb.here(branch.name())),
                        branch.name(),
                        lead,
                        List.of(),
                        List.of(new Section("", entries)),
                        pager));
    }

    public void condition(Context ctx) {
        String slug = ctx.pathParam("slug");
        ConditionCatalog c = conditions();
        BrowseCount condition = c.condition(slug).orElse(null);
        if (condition == null
                && c.condition(BrowseSlug.of(slug)).isPresent()) { // "Breast Neoplasms" → breast-neoplasms
            ctx.redirect("/conditions/" + segment(BrowseSlug.of(slug)), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        if (condition == null) {
            notFound(
                    ctx,
                    "Conditions",
                    "No stored trial studies a condition called \"" + slug + "\". The condition index lists "
                            + "every one.");
            return;
        }
        List<Section> related = new ArrayList<>();
        c.descriptor(slug).ifPresent(d -> {
            addSection(related, "Broader conditions", c.present(mesh.broader(d)));
            addSection(related, "Narrower conditions", c.present(mesh.children(d)));
            List<NamedCount> branches = new ArrayList<>();
            for (String tree : d.treeNumbers()) {
                String top =
                        (tree.contains(".") ? tree.substring(0, tree.indexOf('.')) : tree).toLowerCase(Locale.ROOT);
                BrowseCount b = c.branches().get(top);
                if (b != null && branches.stream().noneMatch(x -> x.name().equals(b.name()))) {
                    branches.add(new NamedCount(
                            b.name(), "/conditions/branch/" + b.key(), CountWords.trials(b.trials(), b.recruiting())));
                }
            }
            if (!branches.isEmpty()) {
                related.add(new Section("MeSH branches", branches));
            }
        });
        String letter = ConditionCatalog.letterOf(slug);
        List<Crumb> crumbs = List.of(
                home(),
                new Crumb("Conditions", "/conditions"),
                new Crumb(ConditionCatalog.letterLabel(letter), "/conditions/letter/" + letter),
                Crumb.here(condition.name()));
        trialsPage(
                ctx,
                BrowseDimension.CONDITION,
                slug,
                condition,
                "/conditions/" + segment(slug),
                crumbs,
                condition.name() + " clinical trials",
                "/search?cond=" + query(condition.name()),
                "Search " + condition.name() + " trials with more filters",
                related,
                false);
    }

    private static void addSection(List<Section> sections, String heading, List<BrowseCount> counts) {
        if (!counts.isEmpty()) {
            sections.add(new Section(
                    heading, counts.stream().map(BrowsePages::conditionEntry).toList()));
        }
    }

    private static NamedCount conditionEntry(BrowseCount c) {
        return new NamedCount(
                c.name(), "/conditions/" + segment(c.key()), CountWords.trials(c.trials(), c.recruiting()));
    }

    private List<NamedCount> letters(ConditionCatalog c) {
        List<NamedCount> out = new ArrayList<>();
        for (String l : ConditionCatalog.LETTERS) {
            int n = c.letter(l).size();
            if (n > 0) {
                out.add(new NamedCount(
                        ConditionCatalog.letterLabel(l),
                        "/conditions/letter/" + l,
                        CountWords.number(n) + (n == 1 ? " condition" : " conditions")));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ locations

    public void locationsIndex(Context ctx) {
        LocationCatalog l = locations();
        List<NamedCount> countries =
                l.countries().stream().map(c -> placeEntry(c, c.name())).toList();
        String lead = "Trials with sites in " + CountWords.number(countries.size())
                + (countries.size() == 1 ? " country" : " countries")
                + ". A trial counts once for each place where it has a site.";
        pages.answer(
                ctx,
                "site/names.jte",
                new ListPageView(
                        "Trials by location",
                        "Clinical trials by country, region and city.",
                        List.of(home(), Crumb.here("Locations")),
                        "Trials by location",
                        lead,
                        List.of(),
                        List.of(new Section("Countries", countries)),
                        new Pager(1, 1, "/locations")));
    }

    public void country(Context ctx) {
        LocationCatalog l = locations();
        String countryKey = ctx.pathParam("country");
        BrowseCount country = placeAt(l, countryKey);
        if (country == null && redirectedToSlugs(ctx, l, countryKey)) {
            return;
        }
        if (country == null) {
            notFound(ctx, "Locations", "No stored trial has a site in a country called \"" + countryKey + "\".");
            return;
        }
        List<BrowseCount> regions = l.within(countryKey);
        boolean onlyUnknownRegion = regions.stream().allMatch(BrowsePages::unknownRegion);
        List<Crumb> crumbs = List.of(home(), new Crumb("Locations", "/locations"), Crumb.here(country.name()));
        String lead =
                CountWords.trials(country.trials(), country.recruiting()) + " with sites in " + country.name() + ".";
        if (onlyUnknownRegion) { // no regions in the data: country → cities
            List<BrowseCount> cities =
                    regions.isEmpty() ? List.of() : l.within(regions.getFirst().key());
            namesPage(
                    ctx,
                    country.name() + " clinical trials",
                    crumbs,
                    "Clinical trials in " + country.name(),
                    lead,
                    "Cities",
                    cities,
                    "/locations/" + segment(countryKey));
            return;
        }
        List<NamedCount> entries = new ArrayList<>();
        NamedCount unknown = null;
        for (BrowseCount r : regions) {
            if (unknownRegion(r)) {
                unknown = new NamedCount(
                        "Places with no region given",
                        "/locations/" + segment(countryKey) + "/" + BrowseSlug.NO_REGION,
                        CountWords.trials(r.trials(), r.recruiting()));
            } else {
                entries.add(placeEntry(r, r.name()));
            }
        }
        if (unknown != null) {
            entries.add(unknown);
        }
        pages.answer(
                ctx,
                "site/names.jte",
                new ListPageView(
                        country.name() + " clinical trials",
                        "Clinical trials in " + country.name() + " by region.",
                        crumbs,
                        "Clinical trials in " + country.name(),
                        lead,
                        List.of(),
                        List.of(new Section("Regions", entries)),
                        new Pager(1, 1, "/locations/" + segment(countryKey))));
    }

    public void region(Context ctx) {
        LocationCatalog l = locations();
        String countryKey = ctx.pathParam("country");
        String regionKey = countryKey + "/" + ctx.pathParam("region");
        BrowseCount country = placeAt(l, countryKey);
        BrowseCount region = placeAt(l, countryKey, ctx.pathParam("region"));
        if ((country == null || region == null) && redirectedToSlugs(ctx, l, countryKey, ctx.pathParam("region"))) {
            return;
        }
        if (country == null || region == null) {
            notFound(
                    ctx,
                    "Locations",
                    "No stored trial has a site in a region called \"" + ctx.pathParam("region") + "\""
                            + (country == null ? "" : " of " + country.name()) + ".");
            return;
        }
        if (unknownRegion(region) && l.within(countryKey).size() == 1) { // the country page lists these cities itself
            ctx.redirect("/locations/" + segment(countryKey), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        String name = regionName(region);
        List<Crumb> crumbs = List.of(
                home(),
                new Crumb("Locations", "/locations"),
                new Crumb(country.name(), "/locations/" + segment(countryKey)),
                Crumb.here(name));
        String where = unknownRegion(region)
                ? "places of " + country.name() + " with no region given"
                : name + ", " + country.name();
        namesPage(
                ctx,
                name + ", " + country.name() + " clinical trials",
                crumbs,
                unknownRegion(region)
                        ? "Clinical trials in " + country.name() + " with no region given"
                        : "Clinical trials in " + where,
                CountWords.trials(region.trials(), region.recruiting()) + " with sites in " + where + ".",
                "Cities",
                l.within(regionKey),
                "/locations/" + segment(countryKey) + "/" + segment(ctx.pathParam("region")));
    }

    public void city(Context ctx) {
        LocationCatalog l = locations();
        String countryKey = ctx.pathParam("country");
        String regionKey = countryKey + "/" + ctx.pathParam("region");
        String cityKey = regionKey + "/" + ctx.pathParam("city");
        BrowseCount country = placeAt(l, countryKey);
        BrowseCount region = placeAt(l, countryKey, ctx.pathParam("region"));
        BrowseCount city = placeAt(l, countryKey, ctx.pathParam("region"), ctx.pathParam("city"));
        if ((country == null || region == null || city == null)
                && redirectedToSlugs(ctx, l, countryKey, ctx.pathParam("region"), ctx.pathParam("city"))) {
            return;
        }
        if (country == null || region == null || city == null) {
            notFound(
                    ctx,
                    "Locations",
                    "No stored trial has a site in a city called \"" + ctx.pathParam("city") + "\" there.");
            return;
        }
        List<Crumb> crumbs = new ArrayList<>(List.of(
                home(),
                new Crumb("Locations", "/locations"),
                new Crumb(country.name(), "/locations/" + segment(countryKey))));
        boolean regionPage = !(unknownRegion(region) && l.within(countryKey).size() == 1);
        if (regionPage) {
            crumbs.add(new Crumb(
                    regionName(region), "/locations/" + segment(countryKey) + "/" + segment(ctx.pathParam("region"))));
        }
        crumbs.add(Crumb.here(city.name()));
        String where = city.name() + (unknownRegion(region) ? "" : ", " + region.name()) + ", " + country.name();
        trialsPage(
                ctx,
                BrowseDimension.CITY,
                cityKey,
                city,
                "/locations/" + segment(countryKey) + "/" + segment(ctx.pathParam("region")) + "/"
                        + segment(ctx.pathParam("city")),
                crumbs,
                "Clinical trials in " + where,
                "/search?place=" + query(city.name() + ", " + country.name()) + "&radius=50km",
                "Search trials within 50 km of " + city.name(),
                List.of(),
                true);
    }

    /** The place whose key is these path segments, each a slug (a region may be "-"); null for anything else. */
    private static BrowseCount placeAt(LocationCatalog l, String... segments) {
        for (int i = 0; i < segments.length; i++) {
            boolean noRegion = i == 1 && BrowseSlug.NO_REGION.equals(segments[i]);
            if (!noRegion && !BrowseSlug.isSlug(segments[i])) {
                return null;
            }
        }
        return l.place(String.join("/", segments)).orElse(null);
    }

    /**
     * A place typed by hand ("/locations/United States") answers 301 to its page when its segments as slugs name one;
     * true when it did.
     */
    private static boolean redirectedToSlugs(Context ctx, LocationCatalog l, String... segments) {
        String[] slugs = new String[segments.length];
        for (int i = 0; i < segments.length; i++) {
            slugs[i] = i == 1 && BrowseSlug.NO_REGION.equals(segments[i]) ? segments[i] : BrowseSlug.of(segments[i]);
        }
        if (Arrays.equals(slugs, segments) || placeAt(l, slugs) == null) {
            return false;
        }
        StringBuilder href = new StringBuilder("/locations");
        for (String slug : slugs) {
            href.append('/').append(segment(slug));
        }
        ctx.redirect(href + query(ctx), HttpStatus.MOVED_PERMANENTLY);
        return true;
    }

    private static boolean unknownRegion(BrowseCount region) {
        return region.key().endsWith("/" + BrowseSlug.NO_REGION);
    }

    private static String regionName(BrowseCount region) {
        return unknownRegion(region) ? "Region not given" : region.name();
    }

    private static NamedCount placeEntry(BrowseCount c, String name) {
        StringBuilder href = new StringBuilder("/locations");
        for (String part : c.key().split("/")) {
            href.append('/').append(segment(part));
        }
        return new NamedCount(name, href.toString(), CountWords.trials(c.trials(), c.recruiting()));
    }

    private void namesPage(
            Context ctx,
            String title,
            List<Crumb> crumbs,
            String heading,
            String lead,
            String listHeading,
            List<BrowseCount> all,
            String base) {
        Pager pager = new Pager(1, Pager.pages(all.size(), NAMES_PER_PAGE), base);
        Integer page = page(ctx, pager.pages());
        if (page == null) {
            return;
        }
        pager = new Pager(page, pager.pages(), base);
        List<NamedCount> entries =
                slice(all, page).stream().map(c -> placeEntry(c, c.name())).toList();
        pages.answer(
                ctx,
                "site/names.jte",
                new ListPageView(
                        title,
                        heading + ".",
                        crumbs,
                        heading,
                        lead,
                        List.of(),
                        List.of(new Section(listHeading, entries)),
                        pager));
    }

    // ------------------------------------------------------------------ shared

    private void trialsPage(
            Context ctx,
            BrowseDimension dimension,
            String key,
            BrowseCount counts,
            String base,
            List<Crumb> crumbs,
            String heading,
            String searchHref,
            String searchLabel,
            List<Section> related,
            boolean sites) {
        Integer page = page(ctx, Pager.pages(counts.trials(), TRIALS_PER_PAGE));
        if (page == null) {
            return;
        }
        BrowsePage found = browse.studies(dimension, key, (page - 1) * TRIALS_PER_PAGE, TRIALS_PER_PAGE);
        Pager pager = new Pager(page, Pager.pages(found.total(), TRIALS_PER_PAGE), base);
        List<TrialRow> trialRows = found.trials().stream()
                .map(t -> sites ? TrialRows.row(t, key) : TrialRows.row(t))
                .toList();
        String lead = CountWords.trials(found.total(), counts.recruiting()) + ". "
                + (found.open() == 0
                        ? "None is recruiting or about to."
                        : "The " + CountWords.number(found.open()) + " recruiting or not yet recruiting come first.");
        pages.answer(
                ctx,
                "site/trials.jte",
                new TrialsPageView(
                        heading,
                        heading + ": " + CountWords.trials(found.total(), counts.recruiting()) + ".",
                        crumbs,
                        heading,
                        lead,
                        searchHref,
                        searchLabel,
                        related,
                        trialRows,
                        pager,
                        sites));
    }

    /** The requested page number, or null after answering a bad or past-the-end one. */
    private Integer page(Context ctx, int pages) {
        String raw = ctx.queryParam("page");
        if (raw == null) {
            return 1;
        }
        int page;
        try {
            page = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            page = 0;
        }
        if (page < 1) {
            message(
                    ctx,
                    HttpStatus.BAD_REQUEST,
                    "Bad page number",
                    "The page number must be a whole number from 1, not \"" + raw + "\".");
            return null;
        }
        if (page > pages) {
            message(
                    ctx,
                    HttpStatus.NOT_FOUND,
                    "No such page",
                    "There is no page " + page + ": this list has " + pages + (pages == 1 ? " page." : " pages."));
            return null;
        }
        return page;
    }

    private static <T> List<T> slice(List<T> all, int page) {
        int from = Math.min(all.size(), (page - 1) * NAMES_PER_PAGE);
        return all.subList(from, Math.min(all.size(), from + NAMES_PER_PAGE));
    }

    private void notFound(Context ctx, String section, String message) {
        message(ctx, HttpStatus.NOT_FOUND, section + ": not found", message);
    }

    private void message(Context ctx, HttpStatus status, String title, String message) {
        ctx.status(status);
        pages.answer(ctx, "site/message.jte", new MessageView(title, List.of(home(), Crumb.here(title)), message));
    }

    private static Crumb home() {
        return new Crumb("Home", "/");
    }

    /** A slug as a URL path segment (slugs of names in other scripts hold non-ASCII letters). */
    static String segment(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The request's query string with its "?", to keep through a redirect (a page number). */
    private static String query(Context ctx) {
        return ctx.queryString() == null ? "" : "?" + ctx.queryString();
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private ConditionCatalog conditions() {
        List<BrowseCount> counts = browse.counts(BrowseDimension.CONDITION);
        List<BrowseCount> branches = browse.counts(BrowseDimension.BRANCH);
        ConditionCatalog c = conditions;
        if (c == null || c.conditionSource != counts || c.branchSource != branches) {
            c = new ConditionCatalog(counts, branches, meshBySlug);
            conditions = c;
        }
        return c;
    }

    private LocationCatalog locations() {
        List<BrowseCount> countries = browse.counts(BrowseDimension.COUNTRY);
        List<BrowseCount> regions = browse.counts(BrowseDimension.REGION);
        List<BrowseCount> cities = browse.counts(BrowseDimension.CITY);
        LocationCatalog l = locations;
        if (l == null || !l.builtFrom(countries, regions, cities)) {
            l = new LocationCatalog(countries, regions, cities);
            locations = l;
        }
        return l;
    }
}
