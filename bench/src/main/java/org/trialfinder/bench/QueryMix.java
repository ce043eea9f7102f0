package org.trialfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The request mix of the load benchmark: what people do on a trial finder, with values taken from the
 * real records the generated corpus is built from (its templates), so the queries match studies.
 *
 * <p>Query {@code i} depends only on {@code (seed, i)}, so a seed gives the same sequence whatever the
 * number of workers. Conditions are drawn as they occur in the templates (their real, skewed
 * distribution) half the time, and from a list of common patient searches present in the templates the
 * other half; free-text terms are words and word pairs of real brief titles; places are real site
 * coordinates; NCT ids of single-study fetches are ids the generator gave the corpus's studies.
 */
public final class QueryMix {
    /** Kinds of request with their share of the mix (percent). */
    public enum Kind {
        CONDITION(20),
        TERM(12),
        INTERVENTION(5),
        PLACE(15),
        FILTER(10),
        COMBINED(18),
        FETCH(20);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One request: its kind and its path with the query string, e.g. {@code /api/v2/studies?query.cond=asthma}. */
    public record Query(Kind kind, String path) {}

    /** Patient searches to mix in; only those the templates contain are used. */
    static final List<String> COMMON_CONDITIONS = List.of(
            "breast cancer",
            "diabetes",
            "erectile dysfunction",
            "asthma",
            "prostate cancer",
            "lung cancer",
            "depression",
            "migraine",
            "obesity",
            "leukemia",
            "hypertension",
            "schizophrenia",
            "low back pain",
            "cluster headache",
            "urinary incontinence",
            "multiple sclerosis",
            "copd",
            "heart failure",
            "alzheimer",
            "parkinson",
            "hiv",
            "stroke",
            "psoriasis",
            "lymphoma");

    static final List<String> STATUS_FILTERS = List.of(
            "RECRUITING",
            "RECRUITING|NOT_YET_RECRUITING",
            "COMPLETED",
            "RECRUITING|ACTIVE_NOT_RECRUITING|ENROLLING_BY_INVITATION");
    static final List<String> AGG_FILTERS = List.of(
            "phase:2 3,status:rec",
            "status:rec",
            "phase:3",
            "status:rec not,studyType:int",
            "sex:f",
            "ages:older",
            "phase:2 3",
            "status:rec,intervention:drug",
            "results:with",
            "healthy:y");
    static final List<String> ADVANCED = List.of(
            "AREA[StartDate]RANGE[2022-01-01,MAX]",
            "AREA[Phase]PHASE3",
            "AREA[LastUpdatePostDate]RANGE[2023-01-01,MAX]",
            "AREA[StudyType]INTERVENTIONAL",
            "AREA[Phase]PHASE2",
            "AREA[EnrollmentCount]RANGE[100,MAX]");
    static final List<String> RADII = List.of("50km", "100mi", "25mi", "50mi", "100km");
    static final List<String> FIELDS = List.of(
            "NCTId,BriefTitle",
            "NCTId,BriefTitle,OverallStatus,Phase,Condition",
            "NCTId,BriefTitle,OverallStatus,LocationCity,LocationCountry");
    static final List<String> SORTS =
            List.of("LastUpdatePostDate", "StartDate", "StudyFirstPostDate:desc", "EnrollmentCount:desc");
    private static final Set<String> STOP = Set.of(
            "study",
            "studies",
            "trial",
            "trials",
            "patients",
            "patient",
            "with",
            "versus",
            "among",
            "after",
            "effect",
            "effects",
            "efficacy",
            "safety",
            "evaluation",
            "clinical",
            "phase",
            "randomized",
            "treatment",
            "their",
            "other",
            "which",
            "while",
            "within",
            "between",
            "during",
            "using",
            "about",
            "under");
    private static final Pattern WORD = Pattern.compile("[a-z]{5,20}");
    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9 '\\-]{2,39}");
    private static final Pattern CITY = Pattern.compile("[A-Za-z][A-Za-z .\\-]{1,30}");

    private final String[] conditions;
    private final String[] commonConditions;
    private final String[] words;
    private final String[] phrases;
    private final String[] interventions;
    private final double[] lat;
    private final double[] lon;
    private final String[] cities;
    private final long studies;
    private final long corpusSeed;
    private final long base;
    private final int totalWeight;

    /**
     * @param templates  the real records the corpus was generated from (compact JSON, one per entry)
     * @param studies    how many studies the corpus has (fetches ask for ids among them)
     * @param corpusSeed the corpus generator's seed (it decides the ids)
     * @param seed       this mix's seed
     */
    public QueryMix(List<byte[]> templates, long studies, long corpusSeed, long seed) {
        ObjectMapper mapper = new ObjectMapper();
        List<String> cond = new ArrayList<>();
        Set<String> textLower = new LinkedHashSet<>();
        Set<String> w = new LinkedHashSet<>();
        Set<String> ph = new LinkedHashSet<>();
        Set<String> intr = new LinkedHashSet<>();
        List<double[]> sites = new ArrayList<>();
        Set<String> city = new LinkedHashSet<>();
        for (byte[] t : templates) {
            JsonNode p;
            try {
                p = mapper.readTree(t).path("protocolSection");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (JsonNode c : p.at("/conditionsModule/conditions")) {
                String s = c.asText().toLowerCase(Locale.ROOT).strip();
                textLower.add(s);
                if (PLAIN.matcher(s).matches()) {
                    cond.add(s); // with repeats: drawing uniformly gives the real distribution
                }
            }
            for (JsonNode k : p.at("/conditionsModule/keywords")) {
                textLower.add(k.asText().toLowerCase(Locale.ROOT));
            }
            String[] title = p.at("/identificationModule/briefTitle")
                    .asText("")
                    .toLowerCase(Locale.ROOT)
                    .split("[^a-z]+");
            for (int i = 0; i < title.length; i++) {
                if (ok(title[i])) {
                    w.add(title[i]);
                    if (i + 1 < title.length && ok(title[i + 1])) {
                        ph.add(title[i] + " " + title[i + 1]);
                    }
                }
            }
            for (JsonNode in : p.at("/armsInterventionsModule/interventions")) {
                String s = in.path("name").asText("").toLowerCase(Locale.ROOT).strip();
                if (PLAIN.matcher(s).matches() && !s.matches(".*\\b(and|or|not|placebo)\\b.*")) {
                    intr.add(s);
                }
            }
            for (JsonNode loc : p.at("/contactsLocationsModule/locations")) {
                JsonNode g = loc.path("geoPoint");
                if (g.path("lat").isNumber() && g.path("lon").isNumber()) {
                    sites.add(new double[] {
                        g.path("lat").asDouble(), g.path("lon").asDouble()
                    });
                }
                String c = loc.path("city").asText("");
                if (CITY.matcher(c).matches()) {
                    city.add(c);
                }
            }
        }
        List<String> common = new ArrayList<>();
        for (String c : COMMON_CONDITIONS) {
            if (textLower.stream().anyMatch(s -> s.contains(c))) {
                common.add(c);
            }
        }
        if (cond.isEmpty() || w.isEmpty() || sites.isEmpty()) {
            throw new IllegalArgumentException("the templates have no conditions, titles or site coordinates to query");
        }
        this.conditions = cond.toArray(String[]::new);
        this.commonConditions = common.isEmpty() ? this.conditions : common.toArray(String[]::new);
        this.words = w.toArray(String[]::new);
        this.phrases = ph.isEmpty() ? this.words : ph.toArray(String[]::new);
        this.interventions = intr.isEmpty() ? this.words : intr.toArray(String[]::new);
        this.lat = sites.stream().mapToDouble(s -> s[0]).toArray();
        this.lon = sites.stream().mapToDouble(s -> s[1]).toArray();
        this.cities = city.isEmpty() ? new String[] {"Boston"} : city.toArray(String[]::new);
        this.studies = studies;
        this.corpusSeed = corpusSeed;
        this.base = mix64(seed ^ 0x6A09E667F3BCC909L);
        int tw = 0;
        for (Kind k : Kind.values()) {
            tw += k.weight;
        }
        this.totalWeight = tw;
    }

    /** Conditions as the sample's records name them (plain words only; with repeats, so a uniform draw follows the real distribution). */
    List<String> conditionNames() {
        return List.of(conditions);
    }

    /** City names of the sample's sites. */
    List<String> cityNames() {
        return List.of(cities);
    }

    /** The mix over the real sample shipped in the app jar (the corpus generator's default templates). */
    public static QueryMix fromSample(long studies, long corpusSeed, long seed) {
        return new QueryMix(sampleTemplates(), studies, corpusSeed, seed);
    }

    static List<byte[]> sampleTemplates() {
        InputStream in = QueryMix.class.getClassLoader().getResourceAsStream(CorpusGenerator.SAMPLE_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(CorpusGenerator.SAMPLE_RESOURCE + " is not on the classpath");
        }
        List<byte[]> out = new ArrayList<>();
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8), 1 << 16)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(line.strip().getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean ok(String word) {
        return WORD.matcher(word).matches() && !STOP.contains(word);
    }

    /** What the mix draws from, for the report. */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "%,d condition mentions (%d common searches), %,d title words, %,d title phrases, "
                        + "%,d interventions, %,d site coordinates, %,d cities, fetch ids among %,d studies",
                conditions.length,
                commonConditions.length,
                words.length,
                phrases.length,
                interventions.length,
                lat.length,
                cities.length,
                studies);
    }

    /** The {@code i}-th request of the mix: a function of the seed and {@code i} only. */
    public Query query(long i) {
        SplittableRandom r = new SplittableRandom(mix64(base + mix64(i)));
        int x = r.nextInt(totalWeight);
        Kind kind = Kind.FETCH;
        for (Kind k : Kind.values()) {
            if (x < k.weight) {
                kind = k;
                break;
            }
            x -= k.weight;
        }
        if (kind == Kind.FETCH) {
            String id = CorpusGenerator.nctId(r.nextLong(studies), corpusSeed);
            return new Query(kind, "/api/v2/studies/" + id);
        }
        Params q = new Params();
        switch (kind) {
            case CONDITION -> {
                q.add("query.cond", condition(r));
                if (r.nextInt(4) == 0) {
                    q.add("filter.overallStatus", pick(r, STATUS_FILTERS));
                }
                if (r.nextInt(5) == 0) {
                    q.add("sort", pick(r, SORTS));
                }
            }
            case TERM -> q.add("query.term", term(r));
            case INTERVENTION -> q.add("query.intr", pick(r, interventions));
            case PLACE -> {
                if (r.nextInt(5) == 0) {
                    q.add("query.locn", pick(r, cities));
                } else {
                    geo(q, r);
                    if (r.nextInt(3) == 0) {
                        q.add("query.cond", condition(r));
                    }
                }
            }
            case FILTER -> {
                int pieces = 1 + r.nextInt(3);
                Set<Integer> chosen = new LinkedHashSet<>();
                while (chosen.size() < pieces) {
                    chosen.add(r.nextInt(4));
                }
                for (int c : chosen) {
                    filter(q, r, c);
                }
                if (r.nextInt(2) == 0) {
                    q.add("sort", pick(r, SORTS));
                }
            }
            case COMBINED -> {
                // The patient's search: a condition (or term), near a place, recruiting, my age, maybe a phase.
                if (r.nextInt(4) == 0) {
                    q.add("query.term", term(r));
                } else {
                    q.add("query.cond", condition(r));
                }
                if (r.nextInt(3) != 0) {
                    geo(q, r);
                }
                filter(q, r, 0);
                if (r.nextInt(2) == 0) {
                    filter(q, r, 3);
                }
                if (r.nextInt(3) == 0) {
                    filter(q, r, 1 + r.nextInt(2));
                }
            }
            default -> throw new AssertionError(kind);
        }
        q.add("pageSize", Integer.toString(r.nextInt(10, 51)));
        if (r.nextInt(10) < 3) {
            q.add("countTotal", "true");
        }
        if (r.nextInt(10) < 3) {
            q.add("fields", pick(r, FIELDS));
        }
        if (r.nextInt(10) == 0) {
            q.add("tf.facets", "true");
        }
        return new Query(kind, "/api/v2/studies?" + q);
    }

    private String condition(SplittableRandom r) {
        return r.nextBoolean() ? pick(r, conditions) : pick(r, commonConditions);
    }

    private String term(SplittableRandom r) {
        int t = r.nextInt(10);
        if (t < 5) {
            return pick(r, words);
        }
        String p = pick(r, phrases);
        return t < 8 ? p : "\"" + p + "\"";
    }

    private void geo(Params q, SplittableRandom r) {
        int s = r.nextInt(lat.length);
        q.add("filter.geo", String.format(Locale.ROOT, "distance(%.5f,%.5f,%s)", lat[s], lon[s], pick(r, RADII)));
        if (r.nextInt(5) < 2) {
            q.add("sort", "@distance");
        }
    }

    private static void filter(Params q, SplittableRandom r, int which) {
        switch (which) {
            case 0 -> {
                if (r.nextBoolean()) {
                    q.add("filter.overallStatus", pick(r, STATUS_FILTERS));
                } else {
                    q.add("aggFilters", pick(r, AGG_FILTERS));
                }
            }
            case 1 -> q.add("aggFilters", pick(r, AGG_FILTERS));
            case 2 -> q.add("filter.advanced", pick(r, ADVANCED));
            case 3 -> q.add("tf.age", Integer.toString(r.nextInt(18, 86)));
            default -> throw new AssertionError(which);
        }
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String pick(SplittableRandom r, List<String> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** Stafford's mix13: spreads consecutive indexes over the whole seed space. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A query string; each parameter at most once (a second add of the same name is ignored). */
    private static final class Params {
        private final StringBuilder sb = new StringBuilder();
        private final Set<String> names = new LinkedHashSet<>();

        void add(String name, String value) {
            if (!names.add(name)) {
                return;
            }
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
