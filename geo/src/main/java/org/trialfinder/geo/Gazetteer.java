package org.trialfinder.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * An offline gazetteer: GeoNames places of 1,000 or more people, their first-level regions,
 * countries with all their ClinicalTrials.gov spellings, and US ZIP / Canadian FSA centroids.
 *
 * <p>Two uses: {@link #geocodeSite} gives coordinates to a trial site that has none, and {@link
 * #lookup} turns a user's place ("Boston, MA", "02115", "Ontario, Canada") into ranked candidates.
 * Matching ignores case, diacritics and punctuation, and treats "St."/"Saint", "Mt"/"Mount" and
 * "Ft"/"Fort" as the same word.
 *
 * <p>Instances are immutable and thread-safe. The data come from classpath resources built by
 * {@code org.trialfinder.geo.build.GazetteerResourceBuilder}; data: GeoNames (geonames.org), CC BY
 * 4.0 — see {@code NOTICE.md} beside the resources.
 */
public final class Gazetteer {

    private static final String RESOURCE_DIR = "/org/trialfinder/geo/";
    private static final int[] NONE = new int[0];

    /** Distance within which a same-named place is taken to be the place a postal code lies in. */
    private static final double POSTAL_CITY_KM = 25.0;

    /** Beyond this distance from the postal code, a same-named place in the region is another place. */
    private static final double POSTAL_CONFLICT_KM = 60.0;

    // Countries
    private final String[] countryIso2;
    private final String[] countryName;
    private final long[] countryPop;
    private final long[] countryRankPop;
    private final int[] countryLat; // degrees x 100,000; NO_COORD when the country has no places
    private final int[] countryLon;
    private final Map<String, Integer> countryByKey;

    // Regions (first-level divisions)
    private final short[] regionCountry;
    private final String[] regionName;
    private final long[] regionPop;
    private final long[] regionRankPop;
    private final int[] regionLat; // degrees x 100,000
    private final int[] regionLon;
    private final Map<String, int[]> regionByKey;

    // Cities, most populous first
    private final String[] cityName;
    private final short[] cityCountry;
    private final int[] cityRegion; // -1 when unknown
    private final int[] cityPop;
    private final int[] cityLat; // degrees x 100,000
    private final int[] cityLon;
    private final Map<String, int[]> cityByName;
    private final Map<String, int[]> cityByAlias;

    // Postal codes
    private final Map<String, Integer> postalByCode;
    private final String[] postalCode;
    private final short[] postalCountry;
    private final String[] postalPlace;
    private final String[] postalRegion;
    private final int[] postalLat; // degrees x 100,000
    private final int[] postalLon;

    private static final class Holder {
        static final Gazetteer DEFAULT = readResources();
    }

    /** The gazetteer built from the shipped resources; loaded once, on first use. */
    public static Gazetteer loadDefault() {
        return Holder.DEFAULT;
    }

    private static Gazetteer readResources() {
        try {
            return new Gazetteer();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the gazetteer resources", e);
        }
    }

    private Gazetteer() throws IOException {
        // ---- countries
        Tsv t = Tsv.open("countries.tsv.gz");
        int nc = t.lines();
        countryIso2 = new String[nc];
        countryName = new String[nc];
        countryPop = new long[nc];
        countryRankPop = new long[nc];
        countryLat = new int[nc];
        countryLon = new int[nc];
        countryByKey = new HashMap<>(nc * 16);
        Map<String, Integer> countryByIso2 = new HashMap<>(nc * 2);
        for (int i = 0; i < nc; i++) {
            countryIso2[i] = t.text();
            t.text(); // alpha-3
            countryName[i] = t.text();
            t.text(); // other spellings
            countryPop[i] = t.number();
            countryLat[i] = t.coordinate();
            countryLon[i] = t.coordinate();
            countryRankPop[i] = t.number();
            String keys = t.text(); // folded by the builder
            t.endLine();
            countryByIso2.put(countryIso2[i], i);
            for (String k : split(keys)) putFirst(countryByKey, k, i);
        }

        // ---- regions
        t = Tsv.open("regions.tsv.gz");
        int nr = t.lines();
        regionCountry = new short[nr];
        regionName = new String[nr];
        regionPop = new long[nr];
        regionRankPop = new long[nr];
        regionLat = new int[nr];
        regionLon = new int[nr];
        Map<String, int[]> rkeys = new HashMap<>(nr * 8);
        Map<String, Integer> regionByCountryCode = new HashMap<>(nr * 2);
        for (int i = 0; i < nr; i++) {
            String cc = t.text();
            String code = t.text();
            regionName[i] = t.text();
            t.text(); // aliases
            regionPop[i] = t.number();
            regionLat[i] = t.coordinate();
            regionLon[i] = t.coordinate();
            regionRankPop[i] = t.number();
            String keys = t.text(); // folded by the builder
            t.endLine();
            Integer c = countryByIso2.get(cc);
            if (c == null) throw new IOException("region of unknown country " + cc);
            regionCountry[i] = (short) (int) c;
            regionByCountryCode.put(cc + "." + code, i);
            for (String k : split(keys)) append(rkeys, k, i);
        }
        regionByKey = rkeys;

        // ---- cities (already sorted by population, most populous first)
        t = Tsv.open("cities.tsv.gz");
        int n = t.lines();
        cityName = new String[n];
        cityCountry = new short[n];
        cityRegion = new int[n];
        cityPop = new int[n];
        cityLat = new int[n];
        cityLon = new int[n];
        Map<String, int[]> byName = new HashMap<>((int) (n * 1.6));
        Map<String, int[]> byAlias = new HashMap<>(1024);
        String lastCc = null;
        int lastC = -1;
        for (int i = 0; i < n; i++) {
            String name = t.text();
            String cc = t.text();
            String a1 = t.text();
            cityPop[i] = (int) Math.min(Integer.MAX_VALUE, t.number());
            cityLat[i] = t.coordinate();
            cityLon[i] = t.coordinate();
            String key = t.text();
            String more = t.text();
            String aliases = t.text();
            t.endLine();
            if (!cc.equals(lastCc)) {
                Integer c = countryByIso2.get(cc);
                if (c == null) throw new IOException("place in unknown country " + cc);
                lastCc = cc;
                lastC = c;
            }
            cityName[i] = name;
            cityCountry[i] = (short) lastC;
            Integer r = a1.isEmpty() ? null : regionByCountryCode.get(cc + "." + a1);
            cityRegion[i] = r == null ? -1 : r;
            // Keys were folded by the builder (see GazetteerResourceBuilder.writeCities).
            append(byName, key.isEmpty() ? name.toLowerCase(Locale.ROOT) : key, i);
            if (!more.isEmpty()) for (String k : split(more)) append(byName, k, i);
            if (!aliases.isEmpty()) for (String k : split(aliases)) append(byAlias, k, i);
        }
        cityByName = byName;
        cityByAlias = byAlias;

        // ---- postal codes
        t = Tsv.open("postal.tsv.gz");
        int np = t.lines();
        postalByCode = new HashMap<>((int) (np * 1.4));
        postalCode = new String[np];
        postalCountry = new short[np];
        postalPlace = new String[np];
        postalRegion = new String[np];
        postalLat = new int[np];
        postalLon = new int[np];
        for (int i = 0; i < np; i++) {
            postalCode[i] = t.text();
            String cc = t.text();
            postalPlace[i] = t.text();
            postalRegion[i] = t.text();
            postalLat[i] = t.coordinate();
            postalLon[i] = t.coordinate();
            t.endLine();
            Integer c = countryByIso2.get(cc);
            if (c == null) throw new IOException("postal code in unknown country " + cc);
            postalCountry[i] = (short) (int) c;
            postalByCode.put(cc + ":" + postalCode[i], i);
        }
    }

    // =====================================================================================
    // Public API
    // =====================================================================================

    /**
     * The country for any spelling: ISO alpha-2 or alpha-3 code, English name, or a
     * ClinicalTrials.gov spelling ("Korea, Republic of", "Turkey (Türkiye)", "Former Serbia and
     * Montenegro"). Case, accents and punctuation are ignored.
     */
    public Optional<Country> country(String nameOrCode) {
        int c = countryIndex(nameOrCode);
        return c < 0 ? Optional.empty() : Optional.of(new Country(countryIso2[c], countryName[c]));
    }

    /**
     * Coordinates for a trial site, from the fields ClinicalTrials.gov gives. Tried in order: the city
     * in the given region; the postal code (US ZIP, Canadian FSA) — reported as the city when a
     * same-named place lies within 25 km of it; the city anywhere in the country when the region is
     * absent or not recognised; the region; the country. Any argument may be null or blank.
     *
     * @param city city as written ("Guangzhou", "St. Louis", "São Paulo")
     * @param state region as written ("California", "MA", "Guangdong Province", "Île-de-France")
     * @param zip postal code ("02115", "02115-1234", "M5G 2C4")
     * @param country country in any spelling ("United States", "Korea, Republic of", "KR")
     * @return empty when nothing could be recognised
     */
    public Optional<GeoMatch> geocodeSite(String city, String state, String zip, String country) {
        int c = countryIndex(country);
        boolean countryGiven = !isBlank(country);
        if (countryGiven && c < 0) {
            // An unknown country: trust nothing else, except a country written into the state or city.
            c = countryIndex(state);
            if (c < 0) return Optional.empty();
        }
        int[] regions = isBlank(state) ? NONE : resolveRegions(state, c);
        int[] cands = cityCandidates(city, c);
        int postal = postalIndex(zip, c);

        // 1. The city within the given region (checked against the postal code when there is one).
        if (regions.length > 0 && cands.length > 0) {
            int best = -1;
            double bestKm = Double.MAX_VALUE;
            for (int i : cands) {
                if (!contains(regions, cityRegion[i])) continue;
                if (postal < 0) {
                    best = i; // most populous first
                    break;
                }
                double km = km(i, postal);
                if (best < 0 || km < bestKm - 1) {
                    best = i;
                    bestKm = km;
                }
            }
            // A same-named place far from a postal code of the same region is another place of that
            // name; a postal code from another region is taken to be a typing error.
            if (best >= 0 && (postal < 0 || bestKm <= POSTAL_CONFLICT_KM || !postalInRegions(postal, regions))) {
                return Optional.of(cityMatch(best));
            }
        }
        // 2. The postal code, or a same-named place next to it.
        if (postal >= 0) {
            int near = -1;
            double nearKm = POSTAL_CITY_KM;
            for (int i : cands) {
                double km = km(i, postal);
                if (km <= nearKm) {
                    near = i;
                    nearKm = km;
                }
            }
            return Optional.of(near >= 0 ? cityMatch(near) : postalMatch(postal));
        }
        // 3. The city anywhere in the country (most populous) when the region says nothing.
        if (cands.length > 0 && regions.length == 0) {
            return Optional.of(cityMatch(cands[0]));
        }
        // 4. The region; failing that, a region or territory written in the city field
        //    ("Aichi", "Hokkaido"; "Hong Kong" with country China).
        if (regions.length == 0 && cands.length == 0 && !isBlank(city)) {
            regions = resolveRegions(city, c);
            if (regions.length == 0) {
                int other = countryIndex(city);
                if (other >= 0 && other != c) {
                    int[] inOther = cityCandidates(city, other);
                    if (inOther.length > 0) return Optional.of(cityMatch(inOther[0]));
                    if (countryLat[other] != NO_COORD) return Optional.of(countryMatch(other));
                }
            }
        }
        if (regions.length > 0) {
            int best = regions[0];
            for (int r : regions) if (regionPop[r] > regionPop[best]) best = r;
            return Optional.of(regionMatch(best));
        }
        // 5. The country.
        if (c >= 0 && countryLat[c] != NO_COORD) return Optional.of(countryMatch(c));
        return Optional.empty();
    }

    /**
     * Candidate places for a user's text, best first: a US ZIP or Canadian postal code; a place name
     * optionally qualified by a region and/or a country ("Springfield", "Boston, MA", "Paris,
     * France", "Guangzhou, Guangdong, China", "Ontario, Canada", "Paris Texas"); a region or a
     * country name. Exact names rank before alternate names, then larger places first (a region or
     * country ranks by its largest place; on a tie a country comes before a place, a place before a
     * region). Coordinates typed as "lat,lon" are not recognised here.
     *
     * @param limit maximum number of candidates; 0 or less gives an empty list
     * @return candidates best first; empty when nothing matches
     */
    public List<Place> lookup(String text, int limit) {
        if (isBlank(text) || limit <= 0) return List.of();
        String t = text.strip();

        int postal = postalIndex(t, -1);
        if (postal >= 0) return List.of(postalPlace(postal));
        if (looksLikePostalCode(t)) return List.of();

        Candidates out = new Candidates();
        List<String> parts = new ArrayList<>();
        for (String p : t.split("[,;]")) {
            if (!p.isBlank()) parts.add(p.strip());
        }
        if (parts.isEmpty()) return List.of();

        // The whole text as one name.
        addNameMatches(out, String.join(" ", parts), -1, NONE, 0);
        if (parts.size() > 1) interpret(out, parts, 0);
        if (out.isEmpty()) {
            // "Paris Texas", "Boston MA", "Sao Paulo Brazil": qualifiers without commas.
            String folded = Text.fold(t);
            String[] tokens = folded.split(" ");
            for (int k = 1; k <= Math.min(3, tokens.length - 1); k++) {
                List<String> p2 = new ArrayList<>();
                p2.add(String.join(" ", Arrays.copyOfRange(tokens, 0, tokens.length - k)));
                p2.add(String.join(" ", Arrays.copyOfRange(tokens, tokens.length - k, tokens.length)));
                interpret(out, p2, 0);
            }
        }
        return out.best(limit);
    }

    /** Number of places, regions, countries and postal codes loaded, for diagnostics. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "Gazetteer[%d places, %d regions, %d countries, %d postal codes]",
                cityName.length,
                regionName.length,
                countryName.length,
                postalCode.length);
    }

    // =====================================================================================
    // Lookup internals
    // =====================================================================================

    /** Tries "place[, region][, country]" readings of comma-separated parts. */
    private void interpret(Candidates out, List<String> parts, int tier) {
        int n = parts.size();
        // Country qualifier: the last part, or the last two ("Seoul, Korea, Republic of").
        for (int k = 1; k <= 2 && k < n; k++) {
            int c = countryIndex(String.join(", ", parts.subList(n - k, n)));
            if (c < 0) continue;
            List<String> rest = parts.subList(0, n - k);
            int before = out.size();
            if (rest.size() == 1) {
                addNameMatches(out, rest.get(0), c, NONE, tier);
            } else {
                int[] regions = resolveRegions(rest.get(rest.size() - 1), c);
                if (regions.length > 0) {
                    addNameMatches(out, String.join(" ", rest.subList(0, rest.size() - 1)), c, regions, tier);
                }
                if (out.size() == before) addNameMatches(out, String.join(" ", rest), c, NONE, tier);
                if (out.size() == before) addNameMatches(out, rest.get(0), c, NONE, tier + 1);
            }
        }
        // Region qualifier without a country ("Boston, MA").
        int[] regions = resolveRegions(parts.get(n - 1), -1);
        if (regions.length > 0) {
            addNameMatches(out, String.join(" ", parts.subList(0, n - 1)), -1, regions, tier);
        }
    }

    /**
     * Adds places (and, without a region filter, regions and countries) named {@code name}, within
     * country {@code c} (or anywhere when -1) and within one of {@code regions} (or any when empty).
     */
    private void addNameMatches(Candidates out, String name, int c, int[] regions, int tier) {
        String key = Text.fold(name);
        if (key.isEmpty()) return;
        for (int i : cityByName.getOrDefault(key, NONE)) {
            if (cityOk(i, c, regions)) out.addCity(i, tier);
        }
        for (int i : cityByAlias.getOrDefault(key, NONE)) {
            if (cityOk(i, c, regions)) out.addCity(i, tier + 1);
        }
        if (regions.length == 0) {
            for (int r : resolveRegions(name, c)) out.addRegion(r, tier);
            if (c < 0) {
                int k = countryIndex(name);
                if (k >= 0 && countryLat[k] != NO_COORD) out.addCountry(k, tier);
            }
        }
    }

    private boolean cityOk(int i, int c, int[] regions) {
        return (c < 0 || cityCountry[i] == c) && (regions.length == 0 || contains(regions, cityRegion[i]));
    }

    /** Collects and ranks lookup candidates, without duplicates. */
    private final class Candidates {
        // kind: 0 country, 1 city, 2 region, 3 postal (tie order: country before place before region)
        private record Cand(int kind, int index, int tier, long rankPop) {}

        private final Map<Long, Cand> byId = new HashMap<>();

        void addCity(int i, int tier) {
            put(new Cand(1, i, tier, cityPop[i]));
        }

        void addRegion(int r, int tier) {
            put(new Cand(2, r, tier, regionRankPop[r]));
        }

        void addCountry(int k, int tier) {
            put(new Cand(0, k, tier, countryRankPop[k]));
        }

        private void put(Cand cand) {
            long id = ((long) cand.kind << 32) | cand.index;
            Cand old = byId.get(id);
            if (old == null || cand.tier < old.tier) byId.put(id, cand);
        }

        boolean isEmpty() {
            return byId.isEmpty();
        }

        int size() {
            return byId.size();
        }

        List<Place> best(int limit) {
            return byId.values().stream()
                    .sorted(Comparator.comparingInt(Cand::tier)
                            .thenComparing(
                                    Comparator.comparingLong(Cand::rankPop).reversed())
                            .thenComparingInt(Cand::kind)
                            .thenComparingInt(Cand::index))
                    .limit(limit)
                    .map(c -> switch (c.kind) {
                        case 0 -> countryPlace(c.index);
                        case 1 -> cityPlace(c.index);
                        default -> regionPlace(c.index);
                    })
                    .toList();
        }
    }

    // =====================================================================================
    // Matching helpers
    // =====================================================================================

    private int countryIndex(String s) {
        if (isBlank(s)) return -1;
        Integer c = countryByKey.get(Text.fold(s));
        if (c == null) {
            // "Turkey (Türkiye)"-like spellings not in the list: try the part before the parenthesis.
            int p = s.indexOf('(');
            if (p > 0) c = countryByKey.get(Text.fold(s.substring(0, p)));
        }
        return c == null ? -1 : c;
    }

    /** Places named {@code city} (exact names first, then alternate names), in country c or anywhere. */
    private int[] cityCandidates(String city, int c) {
        if (isBlank(city)) return NONE;
        for (String key : cityKeys(city)) {
            int[] hit = filterCountry(cityByName.get(key), c);
            if (hit.length == 0) hit = filterCountry(cityByAlias.get(key), c);
            if (hit.length > 0) return hit;
        }
        return NONE;
    }

    /** Ways of reading a site's city field, most literal first. */
    private static List<String> cityKeys(String city) {
        Set<String> keys = new LinkedHashSet<>(4);
        String full = Text.fold(city);
        keys.add(full);
        int comma = city.indexOf(',');
        if (comma > 0) keys.add(Text.fold(city.substring(0, comma)));
        int paren = city.indexOf('(');
        if (paren > 0) keys.add(Text.fold(city.substring(0, paren)));
        // "Lyon Cedex 03", "Praha 2", "Aarhus N": drop a French CEDEX part and trailing numbers or letters.
        String core = full;
        int cedex = core.indexOf(" cedex");
        if (cedex > 0) core = core.substring(0, cedex);
        while (true) {
            int sp = core.lastIndexOf(' ');
            if (sp <= 0) break;
            String last = core.substring(sp + 1);
            if (last.length() == 1 || last.chars().allMatch(Character::isDigit)) core = core.substring(0, sp);
            else break;
        }
        keys.add(core);
        // "Berlin-Buch", "Mataró-Barcelona", "Bruxelles - Brussel": each part on its own, last.
        List<String> parts = new ArrayList<>(2);
        for (String part : city.split("\\s*[-/]\\s*|\\s+-\\s+")) {
            String f = Text.fold(part);
            if (f.length() >= 3 && !f.equals(core)) parts.add(f);
        }
        // "Bunkyo-ku", "Suwon-si", "Changsha City", "Hangzhou Shi": drop a trailing administrative word.
        for (String suffix : CITY_SUFFIXES) {
            if (core.endsWith(" " + suffix) && core.length() > suffix.length() + 1) {
                keys.add(core.substring(0, core.length() - suffix.length() - 1));
            }
        }
        if (parts.size() > 1) keys.addAll(parts);
        keys.remove("");
        return List.copyOf(keys);
    }

    private static final List<String> CITY_SUFFIXES =
            List.of("city", "shi", "si", "ku", "gu", "gun", "cho", "machi", "town", "district", "county");

    private int[] filterCountry(int[] ids, int c) {
        if (ids == null) return NONE;
        if (c < 0) return ids;
        int n = 0;
        for (int i : ids) if (cityCountry[i] == c) n++;
        if (n == ids.length) return ids;
        int[] out = new int[n];
        n = 0;
        for (int i : ids) if (cityCountry[i] == c) out[n++] = i;
        return out;
    }

    /** Regions called {@code text} (name, code, abbreviation; "Province"-like words ignored), in country c or anywhere. */
    private int[] resolveRegions(String text, int c) {
        if (isBlank(text)) return NONE;
        List<String> raw = new ArrayList<>(2);
        raw.add(text);
        int slash = text.indexOf('/');
        if (slash > 0) raw.add(text.substring(0, slash)); // "Sachsen / 313"
        for (String r : raw) {
            for (String key : Text.regionKeys(r)) {
                int[] ids = regionByKey.get(key);
                if (ids == null) continue;
                if (c < 0) return ids;
                int n = 0;
                for (int i : ids) if (regionCountry[i] == c) n++;
                if (n == 0) continue;
                int[] out = new int[n];
                n = 0;
                for (int i : ids) if (regionCountry[i] == c) out[n++] = i;
                return out;
            }
        }
        return NONE;
    }

    private static final Pattern US_ZIP = Pattern.compile("(\\d{5})(?:[- ]?\\d{4})?");
    private static final Pattern CA_POSTAL = Pattern.compile("([A-Za-z]\\d[A-Za-z])(?:[ -]?\\d[A-Za-z]\\d)?");

    private static boolean looksLikePostalCode(String s) {
        String t = s.strip();
        return US_ZIP.matcher(t).matches() || CA_POSTAL.matcher(t).matches();
    }

    /** The postal-code row for {@code zip}, given the site's country (-1 when unknown), or -1. */
    private int postalIndex(String zip, int c) {
        if (isBlank(zip)) return -1;
        String z = zip.strip();
        String cc = c < 0 ? null : countryIso2[c];
        boolean usLike = cc == null || US_POSTAL_COUNTRIES.contains(cc);
        if (usLike) {
            Matcher m = US_ZIP.matcher(z);
            if (m.matches()) {
                Integer i = postalByCode.get("US:" + m.group(1));
                if (i != null) return i;
            } else if ("US".equals(cc) && z.matches("\\d{3,4}")) {
                // Leading zeros lost in some records ("2115").
                Integer i = postalByCode.get("US:" + "0".repeat(5 - z.length()) + z);
                if (i != null) return i;
            }
        }
        if (cc == null || "CA".equals(cc)) {
            Matcher m = CA_POSTAL.matcher(z);
            if (m.matches()) {
                Integer i = postalByCode.get("CA:" + m.group(1).toUpperCase(Locale.ROOT));
                if (i != null) return i;
            }
        }
        return -1;
    }

    private boolean postalInRegions(int p, int[] regions) {
        int[] own = resolveRegions(postalRegion[p], postalCountry[p]);
        for (int r : own) if (contains(regions, r)) return true;
        return false;
    }

    /** Countries whose addresses use US ZIP codes. */
    private static final Set<String> US_POSTAL_COUNTRIES = Set.of("US", "PR", "VI", "GU", "AS", "MP", "UM");

    // =====================================================================================
    // Results
    // =====================================================================================

    private GeoMatch cityMatch(int i) {
        StringBuilder sb = new StringBuilder(cityName[i]);
        int r = cityRegion[i];
        if (r >= 0 && !regionName[r].equals(cityName[i])) sb.append(", ").append(regionName[r]);
        sb.append(", ").append(countryIso2[cityCountry[i]]);
        return new GeoMatch(deg(cityLat[i]), deg(cityLon[i]), Precision.CITY, sb.toString());
    }

    private GeoMatch countryMatch(int c) {
        return new GeoMatch(deg(countryLat[c]), deg(countryLon[c]), Precision.COUNTRY, countryName[c]);
    }

    private GeoMatch regionMatch(int r) {
        return new GeoMatch(
                deg(regionLat[r]),
                deg(regionLon[r]),
                Precision.REGION,
                regionName[r] + ", " + countryIso2[regionCountry[r]]);
    }

    private GeoMatch postalMatch(int p) {
        return new GeoMatch(deg(postalLat[p]), deg(postalLon[p]), Precision.POSTAL_CODE, postalLabel(p));
    }

    private String postalLabel(int p) {
        StringBuilder sb = new StringBuilder(postalCode[p]);
        if (!postalPlace[p].isEmpty()) sb.append(' ').append(postalPlace[p]);
        if (!postalRegion[p].isEmpty()) sb.append(", ").append(postalRegion[p]);
        sb.append(", ").append(countryIso2[postalCountry[p]]);
        return sb.toString();
    }

    private Place cityPlace(int i) {
        int r = cityRegion[i];
        int c = cityCountry[i];
        return new Place(
                cityName[i],
                r >= 0 ? regionName[r] : "",
                countryIso2[c],
                countryName[c],
                deg(cityLat[i]),
                deg(cityLon[i]),
                cityPop[i],
                Precision.CITY);
    }

    private Place regionPlace(int r) {
        int c = regionCountry[r];
        return new Place(
                regionName[r],
                "",
                countryIso2[c],
                countryName[c],
                deg(regionLat[r]),
                deg(regionLon[r]),
                regionPop[r],
                Precision.REGION);
    }

    private Place countryPlace(int c) {
        return new Place(
                countryName[c],
                "",
                countryIso2[c],
                countryName[c],
                deg(countryLat[c]),
                deg(countryLon[c]),
                countryPop[c],
                Precision.COUNTRY);
    }

    private Place postalPlace(int p) {
        int c = postalCountry[p];
        String name = postalPlace[p].isEmpty() ? postalCode[p] : postalCode[p] + " " + postalPlace[p];
        return new Place(
                name,
                postalRegion[p],
                countryIso2[c],
                countryName[c],
                deg(postalLat[p]),
                deg(postalLon[p]),
                0,
                Precision.POSTAL_CODE);
    }

    // =====================================================================================
    // Utilities
    // =====================================================================================

    private double km(int city, int postal) {
        return distanceKm(deg(cityLat[city]), deg(cityLon[city]), deg(postalLat[postal]), deg(postalLon[postal]));
    }

    /** Great-circle distance in kilometres (haversine, mean Earth radius). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) if (x == v) return true;
        return false;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void putFirst(Map<String, Integer> map, String key, int value) {
        if (!key.isEmpty()) map.putIfAbsent(key, value);
    }

    private static void append(Map<String, int[]> map, String key, int i) {
        if (key.isEmpty()) return;
        int[] old = map.get(key);
        if (old == null) {
            map.put(key, new int[] {i});
        } else if (old[old.length - 1] != i) {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = i;
            map.put(key, grown);
        }
    }

    private static String[] split(String bar) {
        return bar.indexOf('|') < 0 ? new String[] {bar} : bar.split("\\|");
    }

    private static final int NO_COORD = Integer.MIN_VALUE;

    private static double deg(int scaled) {
        return scaled / 100_000.0;
    }

    /** A minimal reader of the gzipped UTF-8 TSV resources: fields are read in order, line by line. */
    private static final class Tsv {
        private final byte[] b;
        private int pos;

        private Tsv(byte[] b) {
            this.b = b;
        }

        static Tsv open(String name) throws IOException {
            InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + name);
            if (in == null) throw new IOException("missing resource " + RESOURCE_DIR + name);
            try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
                return new Tsv(gz.readAllBytes());
            }
        }

        /** Number of lines (each line, including the last, ends with a newline). */
        int lines() {
            int n = 0;
            for (byte x : b) if (x == '\n') n++;
            return n;
        }

        private int fieldEnd() {
            int e = pos;
            while (e < b.length && b[e] != '\t' && b[e] != '\n') e++;
            return e;
        }

        private void skipSeparator(int e) {
            pos = (e < b.length && b[e] == '\t') ? e + 1 : e;
        }

        String text() {
            int e = fieldEnd();
            String s = e == pos ? "" : new String(b, pos, e - pos, StandardCharsets.UTF_8);
            skipSeparator(e);
            return s;
        }

        long number() throws IOException {
            int e = fieldEnd();
            long v = 0;
            boolean neg = false;
            for (int i = pos; i < e; i++) {
                byte x = b[i];
                if (x == '-' && i == pos) neg = true;
                else if (x >= '0' && x <= '9') v = v * 10 + (x - '0');
                else throw new IOException("bad number at byte " + i);
            }
            skipSeparator(e);
            return neg ? -v : v;
        }

        /** A decimal in degrees as degrees x 100,000 (rounded); empty gives NO_COORD. */
        int coordinate() throws IOException {
            int e = fieldEnd();
            if (e == pos) {
                skipSeparator(e);
                return NO_COORD;
            }
            long v = 0;
            int decimals = -1;
            boolean neg = false;
            boolean roundUp = false;
            for (int i = pos; i < e; i++) {
                byte x = b[i];
                if (x == '-' && i == pos) {
                    neg = true;
                } else if (x == '.' && decimals < 0) {
                    decimals = 0;
                } else if (x >= '0' && x <= '9') {
                    if (decimals < 5) {
                        v = v * 10 + (x - '0');
                        if (decimals >= 0) decimals++;
                    } else if (decimals == 5) {
                        roundUp = x >= '5';
                        decimals = 6;
                    }
                } else {
                    throw new IOException("bad coordinate at byte " + i);
                }
            }
            for (int d = Math.max(decimals, 0); d < 5; d++) v *= 10;
            if (roundUp) v++;
            skipSeparator(e);
            return (int) (neg ? -v : v);
        }

        void endLine() {
            while (pos < b.length && b[pos] != '\n') pos++;
            pos++;
        }
    }
}
