package org.trialfinder.app.site.browse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialfinder.search.browse.BrowseCount;
import org.trialfinder.search.browse.BrowseDimension;
import org.trialfinder.search.browse.BrowseSlug;
import org.trialfinder.search.browse.StudyBrowse;

/**
 * The addresses of the browse pages that answer 200, written as the pages link to them: what the sitemaps list.
 * Read from the browse counts (kept per data version), so listing 100,000 places reads no record.
 */
public final class BrowsePaths {
    private BrowsePaths() {}

    /** The condition index, its letters that hold conditions, its MeSH branches, and the location index. */
    public static List<String> indexes(StudyBrowse browse) {
        List<String> out = new ArrayList<>();
        out.add("/conditions");
        Set<String> letters = new LinkedHashSet<>();
        for (BrowseCount c : browse.counts(BrowseDimension.CONDITION)) {
            letters.add(ConditionCatalog.letterOf(c.key()));
        }
        ConditionCatalog.LETTERS.stream().filter(letters::contains).forEach(l -> out.add("/conditions/letter/" + l));
        browse.counts(BrowseDimension.BRANCH).forEach(b -> out.add("/conditions/branch/" + b.key()));
        out.add("/locations");
        return out;
    }

    /** The conditions, each with a page at {@link #condition}. */
    public static List<BrowseCount> conditions(StudyBrowse browse) {
        return browse.counts(BrowseDimension.CONDITION);
    }

    /** A condition's page. */
    public static String condition(BrowseCount condition) {
        return "/conditions/" + BrowsePages.segment(condition.key());
    }

    /**
     * The places with a page of their own at {@link #place}: every country, every region but the "no region given"
     * of a country that has no other (its country page lists those cities and the region's address redirects there),
     * every city.
     */
    public static List<BrowseCount> places(StudyBrowse browse) {
        List<BrowseCount> regions = browse.counts(BrowseDimension.REGION);
        Map<String, Integer> regionsPerCountry = new HashMap<>();
        regions.forEach(r -> regionsPerCountry.merge(countryOf(r.key()), 1, Integer::sum));
        List<BrowseCount> out = new ArrayList<>(browse.counts(BrowseDimension.COUNTRY));
        for (BrowseCount r : regions) {
            boolean redirected =
                    r.key().endsWith("/" + BrowseSlug.NO_REGION) && regionsPerCountry.get(countryOf(r.key())) == 1;
            if (!redirected) {
                out.add(r);
            }
        }
        out.addAll(browse.counts(BrowseDimension.CITY));
        return out;
    }

    /** A country's, region's or city's page. */
    public static String place(BrowseCount place) {
        StringBuilder href = new StringBuilder("/locations");
        for (String part : place.key().split("/")) {
            href.append('/').append(BrowsePages.segment(part));
        }
        return href.toString();
    }

    private static String countryOf(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }
}
