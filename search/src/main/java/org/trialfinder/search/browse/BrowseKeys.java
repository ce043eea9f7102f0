package org.trialfinder.search.browse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.trialfinder.search.terms.Descriptor;
import org.trialfinder.search.terms.MeshThesaurus;

/**
 * What a study is browsed under, read from its record (the same for every backend):
 *
 * <ul>
 *   <li>its conditions: the MeSH descriptors ClinicalTrials.gov matched
 *       ({@code derivedSection.conditionBrowseModule.meshes}, where the legacy converter also puts
 *       the XML's {@code condition_browse} terms), whose names are clean and shared across trials;
 *       only when a study has none, its own {@code conditions} texts;</li>
 *   <li>the top MeSH branches of those descriptors (C tree branches and F03 mental disorders);</li>
 *   <li>for each site, its country, region ({@code state}, else the gazetteer's first-level
 *       division for a derived geocode) and city.</li>
 * </ul>
 *
 * Keys are slugs ({@link BrowseSlug}), each at most once per study, so counting keys counts trials.
 */
public final class BrowseKeys {
    /** One key of a study: its slug path, the name as this record writes it, and whether it recruits there. */
    public record Value(String key, String name, boolean recruiting) {}

    /**
     * One site's place.
     *
     * @param region null when neither the record nor the gazetteer names one
     * @param city   null when the record names none
     * @param status the site's recruitment status as written, or null
     */
    public record SitePlace(
            int locationIndex, String facility, String country, String region, String city, String status) {
        public String countryKey() {
            return BrowseSlug.of(country);
        }

        public String regionKey() {
            String r = BrowseSlug.of(region);
            return countryKey() + "/" + (r.isEmpty() ? BrowseSlug.NO_REGION : r);
        }

        /** Empty when the site names no city. */
        public String cityKey() {
            String c = BrowseSlug.of(city);
            return c.isEmpty() ? "" : regionKey() + "/" + c;
        }
    }

    private BrowseKeys() {}

    /** Overall statuses listed first on browse pages: the trials a person could still join. */
    public static boolean isOpen(String overallStatus) {
        return "RECRUITING".equals(overallStatus) || "NOT_YET_RECRUITING".equals(overallStatus);
    }

    /**
     * Every browse key of a study, per dimension.
     *
     * @param derivedRegion for a location index, the first-level division of the site's derived geocode (or null)
     */
    public static Map<BrowseDimension, List<Value>> of(
            JsonNode study, IntFunction<String> derivedRegion, MeshThesaurus mesh) {
        boolean recruiting = "RECRUITING"
                .equals(study.path("protocolSection")
                        .path("statusModule")
                        .path("overallStatus")
                        .asText());
        Map<BrowseDimension, Map<String, Value>> out = new EnumMap<>(BrowseDimension.class);
        for (BrowseDimension d : BrowseDimension.values()) {
            out.put(d, new LinkedHashMap<>());
        }
        for (String name : conditionNames(study)) {
            add(out.get(BrowseDimension.CONDITION), BrowseSlug.of(name), name, recruiting);
        }
        for (JsonNode m :
                study.path("derivedSection").path("conditionBrowseModule").path("meshes")) {
            descriptor(mesh, m.path("id").asText(""), m.path("term").asText("")).ifPresent(d -> {
                for (String tree : d.treeNumbers()) {
                    String top = tree.contains(".") ? tree.substring(0, tree.indexOf('.')) : tree;
                    if (top.startsWith("C") || top.equals("F03")) {
                        mesh.byTreeNumber(top)
                                .ifPresent(branch -> add(
                                        out.get(BrowseDimension.BRANCH),
                                        top.toLowerCase(Locale.ROOT),
                                        branch.name(),
                                        recruiting));
                    }
                }
            });
        }
        for (SitePlace site : sites(study, derivedRegion)) {
            boolean here = recruiting && (site.status() == null || "RECRUITING".equals(site.status()));
            add(out.get(BrowseDimension.COUNTRY), site.countryKey(), site.country(), here);
            add(out.get(BrowseDimension.REGION), site.regionKey(), site.region() == null ? "" : site.region(), here);
            if (!site.cityKey().isEmpty()) {
                add(out.get(BrowseDimension.CITY), site.cityKey(), site.city(), here);
            }
        }
        Map<BrowseDimension, List<Value>> lists = new EnumMap<>(BrowseDimension.class);
        out.forEach((d, values) -> lists.put(d, List.copyOf(values.values())));
        return lists;
    }

    private static void add(Map<String, Value> values, String key, String name, boolean recruiting) {
        if (key.isEmpty() || key.startsWith("/")) {
            return;
        }
        values.merge(
                key,
                new Value(key, name, recruiting),
                (old, now) -> old.recruiting() || !now.recruiting() ? old : new Value(old.key(), old.name(), true));
    }

    /** The study's condition names: its MeSH terms, else its own conditions, spaces tidied, one per slug. */
    public static List<String> conditionNames(JsonNode study) {
        List<String> names =
                texts(study.path("derivedSection").path("conditionBrowseModule").path("meshes"), "term");
        if (names.isEmpty()) {
            names = texts(study.path("protocolSection").path("conditionsModule").path("conditions"), null);
        }
        Map<String, String> bySlug = new LinkedHashMap<>();
        names.forEach(n -> bySlug.putIfAbsent(BrowseSlug.of(n), n));
        bySlug.remove("");
        return List.copyOf(bySlug.values());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            JsonNode v = field == null ? n : n.path(field);
            if (v.isTextual() && !v.asText().isBlank()) {
                out.add(tidy(v.asText()));
            }
        }
        return out;
    }

    /** The MeSH descriptor of a record's mesh term: by id when given, else by its exact name. */
    public static Optional<Descriptor> descriptor(MeshThesaurus mesh, String id, String term) {
        if (!id.isBlank()) {
            Optional<Descriptor> byId = mesh.byId(id);
            if (byId.isPresent()) {
                return byId;
            }
        }
        if (term.isBlank()) {
            return Optional.empty();
        }
        return mesh.lookup(term).stream()
                .filter(d -> d.name().equalsIgnoreCase(tidy(term)))
                .findFirst();
    }

    /** Every site with a country, with its region and city as described above. */
    public static List<SitePlace> sites(JsonNode study, IntFunction<String> derivedRegion) {
        List<SitePlace> out = new ArrayList<>();
        JsonNode locations =
                study.path("protocolSection").path("contactsLocationsModule").path("locations");
        for (int i = 0; i < locations.size(); i++) {
            JsonNode site = locations.get(i);
            SitePlace place = sitePlace(
                    i,
                    raw(site, "facility"),
                    raw(site, "country"),
                    raw(site, "state"),
                    raw(site, "city"),
                    raw(site, "status"),
                    derivedRegion);
            if (place != null) {
                out.add(place);
            }
        }
        return out;
    }

    /**
     * One site's place from the texts its record gives (each may be null or blank), as {@link #sites}
     * reads them; null when the site names no country.
     */
    public static SitePlace sitePlace(
            int locationIndex,
            String facility,
            String country,
            String state,
            String city,
            String status,
            IntFunction<String> derivedRegion) {
        String c = tidyText(country);
        if (c == null || BrowseSlug.of(c).isEmpty()) {
            return null;
        }
        String region = tidyText(state);
        if (region == null || BrowseSlug.of(region).isEmpty()) {
            region = derivedRegion.apply(locationIndex);
        }
        return new SitePlace(locationIndex, tidyText(facility), c, region, tidyText(city), tidyText(status));
    }

    /** A record's text as browse pages show it: null when null or blank, else {@link #tidy tidied}. */
    public static String tidyText(String s) {
        return s == null || s.isBlank() ? null : tidy(s);
    }

    private static String raw(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /**
     * The first-level division in a gazetteer match's description: "Guangzhou, Guangdong, CN" (a
     * city) → Guangdong, "Ontario, CA" (a region) → Ontario; null for postal codes (whose regions
     * are abbreviations), countries and cities without a region.
     */
    public static String regionOfMatch(String precision, String matchedPlace) {
        if (precision == null || matchedPlace == null) {
            return null;
        }
        String[] parts = matchedPlace.split(", ");
        return switch (precision) {
            case "CITY" -> parts.length == 3 ? parts[1] : null;
            case "REGION" -> parts.length == 2 ? parts[0] : null;
            default -> null;
        };
    }

    /** Whitespace runs as one space, trimmed: nothing else of the record's words changes. */
    static String tidy(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
