package org.trialfinder.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Server time and weight of the site's pages: the real server (its own JVM) over the benchmark store,
 * one client sending one request at a time over loopback, page types in turn, after a warm-up. The
 * server time is what the server reports in {@code Server-Timing: app;dur=MS} (handlers and rendering,
 * without the network or the client); the client's time to the last byte is printed beside it. Page
 * weight is the HTML (uncompressed) plus the stylesheets it links. A page type whose pages do not
 * exist (404) is reported as such, not failed, so the benchmark runs on any build.
 */
@Command(
        name = "pages",
        mixinStandardHelpOptions = true,
        description = {
            "Server time (p50/p90/p99 from the Server-Timing header) and weight (HTML + linked CSS) of each page type "
                    + "on the benchmark store, one request at a time after a warm-up, R runs; page types that answer 404 are reported."
        })
public final class PageBenchmark implements Callable<Integer> {
    @Mixin
    TimedRuns runs;

    @Mixin
    ProjectRoot root;

    @Mixin
    BenchStoreOptions store;

    @Mixin
    ServerJvm server;

    /** Issue 10, point 4 (on the 600,000 store). */
    static final double GOAL_TRIAL_P50_MS = 2;

    static final double GOAL_SEARCH_P50_MS = 10;
    static final double GOAL_SEARCH_P99_MS = 50;
    static final double GOAL_BROWSE_P99_MS = 20;
    static final long GOAL_MAX_BYTES = 150 * 1024;

    @Option(
            names = "--studies",
            defaultValue = "" + CorpusGenerator.DEFAULT_STUDIES,
            description = "Studies in the store (default ${DEFAULT-VALUE}).")
    long studies;

    @Option(
            names = "--seed",
            defaultValue = "" + CorpusGenerator.DEFAULT_SEED,
            description = "Corpus seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--page-seed",
            defaultValue = "1",
            description = "Seed of the pages' choice of ids, conditions and places (default ${DEFAULT-VALUE}).")
    long pageSeed;

    @Option(
            names = "--types",
            split = ",",
            paramLabel = "TYPE",
            description = "Page types to measure, comma-separated (default: all of ${COMPLETION-CANDIDATES}).")
    List<PageType> types = List.of(PageType.values());

    @Option(
            names = "--requests",
            defaultValue = "300",
            description = "Requests per page type in each run (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(
            names = "--warmup",
            defaultValue = "200",
            description = "Requests per page type before the first run, not measured (default ${DEFAULT-VALUE}).")
    int warmup;

    /** The kinds of page measured, each with how to pick one page of its kind. */
    enum PageType {
        home("home", "/"),
        trial("trial", "/study/{random generated NCT id}"),
        search("search", "/search?cond={condition}"),
        searchPlace("search+place", "/search?cond={condition}&place={city}&radius=50km"),
        condition("condition", "/conditions/{a condition linked from /conditions}"),
        city("city", "/locations/{country}/{region}/{city} (linked from /locations)");

        final String label;
        final String pattern;

        PageType(String label, String pattern) {
            this.label = label;
            this.pattern = pattern;
        }
    }

    /** One answer: status, server and client milliseconds, bytes of HTML. */
    record Sample(int status, double serverMs, double clientMs, long htmlBytes, long weightBytes) {}

    private static final Pattern SERVER_TIMING = Pattern.compile("(?:^|,)\\s*app;dur=([0-9.]+)");
    private static final Pattern LINK_TAG = Pattern.compile("<link\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"");
    private static final Pattern STYLESHEET = Pattern.compile("\\brel=\"?stylesheet\"?", Pattern.CASE_INSENSITIVE);

    private HttpClient client;
    private String base;
    private final Map<String, Long> cssBytes = new HashMap<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new PageBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        if (requests <= 0 || runs.count() <= 0 || warmup < 0) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--requests and --runs must be positive, --warmup not negative");
        }
        Path home = root.path();
        Path appJar = home.resolve("app/target/trialfinder.jar");
        if (!Files.isRegularFile(appJar)) {
            throw new IOException(appJar + " is missing: build it with ./mvnw -B -q -DskipTests package -pl app -am");
        }
        // A private copy: other builds may rewrite app/target/trialfinder.jar while the server runs from it.
        Path jarCopy = home.resolve("bench/target/pages-app/trialfinder.jar");
        Files.createDirectories(jarCopy.getParent());
        Files.copy(appJar, jarCopy, StandardCopyOption.REPLACE_EXISTING);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path data = store.store(root, studies);
        List<String> jvm = server.options(List.of());
        BenchStore.prepare(java, jvm, jarCopy, data, store.corpusCache(root), studies, seed, out);

        QueryMix sample = QueryMix.fromSample(studies, seed, pageSeed);
        int failures = 0;
        try (ServerProcess server =
                ServerProcess.start(java, jvm, jarCopy, data, out, Timeouts.serverStartSeconds(studies))) {
            base = "http://127.0.0.1:" + server.port();
            out.printf(
                    Locale.ROOT,
                    "server pid %d on %s with %,d studies; JVM %s, %d cores shared with this client%n",
                    server.pid(),
                    base,
                    server.studies(),
                    Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            try {
                Map<PageType, Function<SplittableRandom, String>> pages = new LinkedHashMap<>();
                for (PageType t : new LinkedHashSet<>(types)) {
                    String unavailable = pagesOf(t, sample, pages);
                    out.printf(
                            Locale.ROOT,
                            "  %-13s %s%n",
                            t.label,
                            unavailable == null ? t.pattern : "NOT MEASURED: " + unavailable);
                }
                if (pages.isEmpty()) {
                    out.println("no page type can be measured on this build");
                    return 1;
                }
                SplittableRandom random = new SplittableRandom(pageSeed);
                if (warmup > 0) {
                    out.printf(Locale.ROOT, "%nwarming up: %d requests per page type …%n", warmup);
                    failures += serverErrors(drive(pages, warmup, random), "warm-up", out);
                }
                List<Map<PageType, List<Sample>>> done = new ArrayList<>();
                for (int i = 1; i <= runs.count(); i++) {
                    if (!server.alive()) {
                        throw new IOException("the server died");
                    }
                    Map<PageType, List<Sample>> run = drive(pages, requests, random);
                    done.add(run);
                    out.printf(
                            Locale.ROOT,
                            "%n=== run %d/%d: %d requests per page type, one at a time%n",
                            i,
                            runs.count(),
                            requests);
                    table(run, out);
                    failures += serverErrors(run, "run " + i, out);
                }
                summarize(done, pages.keySet(), out);
            } finally {
                client.close();
            }
        }
        out.println("server stopped");
        if (failures > 0) {
            out.printf(
                    Locale.ROOT,
                    "%n!!! %,d answers were server errors (5xx) or no answer: the figures above are NOT VALID%n",
                    failures);
            return 1;
        }
        return 0;
    }

    // ---------------------------------------------------------------- which pages

    /** Puts how to pick a page of type {@code t} into {@code pages}; returns why it cannot be measured, or null. */
    private String pagesOf(PageType t, QueryMix sample, Map<PageType, Function<SplittableRandom, String>> pages)
            throws IOException, InterruptedException {
        List<String> conditions = sample.conditionNames();
        List<String> cities = sample.cityNames();
        Function<SplittableRandom, String> pick = switch (t) {
            case home -> r -> "/";
            case trial -> r -> "/study/" + CorpusGenerator.nctId(r.nextLong(studies), seed);
            case search -> r -> "/search?cond=" + enc(conditions.get(r.nextInt(conditions.size())));
            case searchPlace ->
                r -> "/search?cond=" + enc(conditions.get(r.nextInt(conditions.size()))) + "&place="
                        + enc(cities.get(r.nextInt(cities.size()))) + "&radius=50km";
            case condition ->
                fromLinks(discover("/conditions", Pattern.compile("href=\"(/conditions/[^\"/?#]+)\""), 1));
            case city ->
                fromLinks(discover(
                        "/locations", Pattern.compile("href=\"(/locations/[^\"/?#]+(?:/[^\"/?#]+){0,2})\""), 3));
        };
        if (pick == null) {
            return "no links found (is the index page " + (t == PageType.condition ? "/conditions" : "/locations")
                    + " built?)";
        }
        String probe = pick.apply(new SplittableRandom(pageSeed));
        HttpResponse<byte[]> r = get(probe);
        if (r.statusCode() == 404) {
            return "GET " + probe + " answered 404 (this build has no such page)";
        }
        if (r.statusCode() != 200) {
            return "GET " + probe + " answered " + r.statusCode() + ": " + LoadBenchmark.snippet(r.body());
        }
        pages.put(t, pick);
        return null;
    }

    private static Function<SplittableRandom, String> fromLinks(List<String> links) {
        return links.isEmpty() ? null : r -> links.get(r.nextInt(links.size()));
    }

    /**
     * Follows links from {@code start} (breadth-first, at most 40 pages) and returns the links found that
     * have {@code depth} path segments below the start (a condition page: 1; a city: country/region/city).
     */
    private List<String> discover(String start, Pattern link, int depth) throws IOException, InterruptedException {
        Set<String> found = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of(start));
        Set<String> seen = new LinkedHashSet<>(queue);
        int fetched = 0;
        while (!queue.isEmpty() && fetched < 40 && found.size() < 500) {
            String path = queue.removeFirst();
            HttpResponse<byte[]> r = get(path);
            fetched++;
            if (r.statusCode() != 200) {
                continue;
            }
            Matcher m = link.matcher(new String(r.body(), StandardCharsets.UTF_8));
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                int segments = href.substring(start.length()).split("/").length - 1;
                if (segments == depth) {
                    found.add(href);
                } else if (segments < depth && seen.add(href)) {
                    queue.add(href);
                }
            }
        }
        return new ArrayList<>(found);
    }

    // ---------------------------------------------------------------- measuring

    /** {@code n} requests of each page type, the types in turn, one request at a time. */
    private Map<PageType, List<Sample>> drive(
            Map<PageType, Function<SplittableRandom, String>> pages, int n, SplittableRandom random)
            throws IOException, InterruptedException {
        Map<PageType, List<Sample>> samples = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (var e : pages.entrySet()) {
                samples.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(measure(e.getValue().apply(random)));
            }
        }
        return samples;
    }

    private Sample measure(String path) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r;
        try {
            r = get(path);
        } catch (IOException e) {
            return new Sample(-1, Double.NaN, Double.NaN, 0, 0);
        }
        double clientMs = (System.nanoTime() - t0) / 1e6;
        double serverMs = r.headers()
                .firstValue("server-timing")
                .map(SERVER_TIMING::matcher)
                .filter(Matcher::find)
                .map(m -> Double.parseDouble(m.group(1)))
                .orElse(Double.NaN);
        long html = r.body().length;
        long weight = r.statusCode() == 200 ? html + stylesheets(r.body()) : 0;
        return new Sample(r.statusCode(), serverMs, clientMs, html, weight);
    }

    /** Bytes of the stylesheets the page links (each fetched once). */
    private long stylesheets(byte[] html) throws IOException, InterruptedException {
        long total = 0;
        Matcher tag = LINK_TAG.matcher(new String(html, StandardCharsets.UTF_8));
        while (tag.find()) {
            Matcher href = HREF.matcher(tag.group());
            if (STYLESHEET.matcher(tag.group()).find() && href.find()) {
                String css = href.group(1).replace("&amp;", "&");
                Long size = cssBytes.get(css);
                if (size == null) {
                    HttpResponse<byte[]> r = get(css);
                    size = r.statusCode() == 200 ? (long) r.body().length : 0L;
                    cssBytes.put(css, size);
                }
                total += size;
            }
        }
        return total;
    }

    private HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        URI uri = pathAndQuery.startsWith("http") ? URI.create(pathAndQuery) : URI.create(base + pathAndQuery);
        return client.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- reporting

    private static int serverErrors(Map<PageType, List<Sample>> run, String label, PrintStream out) {
        int n = 0;
        for (var e : run.entrySet()) {
            long bad = e.getValue().stream()
                    .filter(s -> s.status() < 0 || s.status() >= 500)
                    .count();
            if (bad > 0) {
                out.printf(
                        Locale.ROOT,
                        "  !!! %s: %d %s answers were server errors or none%n",
                        label,
                        bad,
                        e.getKey().label);
            }
            n += (int) bad;
        }
        return n;
    }

    private static void table(Map<PageType, List<Sample>> run, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "  %-13s %8s %9s %9s %9s %9s %11s %11s  %s%n",
                "page",
                "answers",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "max ms",
                "client p50",
                "max KiB",
                "statuses");
        for (var e : run.entrySet()) {
            List<Sample> ok =
                    e.getValue().stream().filter(s -> s.status() == 200).toList();
            double[] server = sorted(ok, Sample::serverMs);
            double[] client = sorted(ok, Sample::clientMs);
            out.printf(
                    Locale.ROOT,
                    "  %-13s %8d %9.2f %9.2f %9.2f %9.2f %11.2f %11.1f  %s%n",
                    e.getKey().label,
                    ok.size(),
                    pct(server, 0.5),
                    pct(server, 0.9),
                    pct(server, 0.99),
                    server.length == 0 ? Double.NaN : server[server.length - 1],
                    pct(client, 0.5),
                    ok.stream().mapToLong(Sample::weightBytes).max().orElse(0) / 1024.0,
                    statuses(e.getValue()));
        }
        out.println(
                "  (server ms from Server-Timing; client p50: to the last byte on loopback; KiB: HTML + linked CSS, uncompressed)");
    }

    private void summarize(List<Map<PageType, List<Sample>>> done, Set<PageType> measured, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%n=== summary: median of %d runs, %d requests per page type each, one at a time after %d warm-up requests%n",
                done.size(),
                requests,
                warmup);
        out.printf(
                Locale.ROOT,
                "  %-13s %9s %9s %9s %11s %11s  %s%n",
                "page",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "client p50",
                "max KiB",
                "goal");
        boolean allMet = true;
        for (PageType t : measured) {
            double p50 = median(done, t, 0.5);
            double p90 = median(done, t, 0.9);
            double p99 = median(done, t, 0.99);
            double[] clientP50 = done.stream()
                    .mapToDouble(r -> pct(sorted(ok(r, t), Sample::clientMs), 0.5))
                    .sorted()
                    .toArray();
            long maxBytes = done.stream()
                    .flatMap(r -> ok(r, t).stream())
                    .mapToLong(Sample::weightBytes)
                    .max()
                    .orElse(0);
            List<String> goals = new ArrayList<>();
            boolean met = maxBytes <= GOAL_MAX_BYTES;
            goals.add(verdict(maxBytes <= GOAL_MAX_BYTES) + " weight ≤ 150 KiB");
            if (t == PageType.trial) {
                met &= p50 <= GOAL_TRIAL_P50_MS;
                goals.add(verdict(p50 <= GOAL_TRIAL_P50_MS) + " p50 ≤ " + (int) GOAL_TRIAL_P50_MS + " ms");
            } else if (t == PageType.search || t == PageType.searchPlace) {
                met &= p50 <= GOAL_SEARCH_P50_MS && p99 <= GOAL_SEARCH_P99_MS;
                goals.add(verdict(p50 <= GOAL_SEARCH_P50_MS) + " p50 ≤ " + (int) GOAL_SEARCH_P50_MS + " ms");
                goals.add(verdict(p99 <= GOAL_SEARCH_P99_MS) + " p99 ≤ " + (int) GOAL_SEARCH_P99_MS + " ms");
            } else if (t == PageType.condition || t == PageType.city) {
                met &= p99 <= GOAL_BROWSE_P99_MS;
                goals.add(verdict(p99 <= GOAL_BROWSE_P99_MS) + " p99 ≤ " + (int) GOAL_BROWSE_P99_MS + " ms");
            }
            allMet &= met;
            out.printf(
                    Locale.ROOT,
                    "  %-13s %9.2f %9.2f %9.2f %11.2f %11.1f  %s%n",
                    t.label,
                    p50,
                    p90,
                    p99,
                    middle(clientP50),
                    maxBytes / 1024.0,
                    String.join(", ", goals));
        }
        Map<String, Long> all = new TreeMap<>();
        done.forEach(r -> r.values()
                .forEach(list ->
                        list.forEach(s -> all.merge(s.status() < 0 ? "no answer" : "" + s.status(), 1L, Long::sum))));
        out.printf(Locale.ROOT, "  statuses over all runs: %s%n", all);
        for (PageType t :
                List.of(PageType.trial, PageType.search, PageType.searchPlace, PageType.condition, PageType.city)) {
            if (!measured.contains(t)) {
                out.printf(Locale.ROOT, "  n/a   the %s page was not measured: its goal is not checked%n", t.label);
                allMet = false;
            }
        }
        out.printf(
                Locale.ROOT,
                "goals of issue 10 (server time, median of runs: trial page p50 ≤ %.0f ms, search p50 ≤ %.0f ms and p99 ≤ "
                        + "%.0f ms, condition and city pages p99 ≤ %.0f ms; no page over 150 KiB): %s%n",
                GOAL_TRIAL_P50_MS,
                GOAL_SEARCH_P50_MS,
                GOAL_SEARCH_P99_MS,
                GOAL_BROWSE_P99_MS,
                allMet ? "PASS" : "MISS");
    }

    private static String verdict(boolean met) {
        return met ? "PASS" : "MISS";
    }

    private static List<Sample> ok(Map<PageType, List<Sample>> run, PageType t) {
        return run.getOrDefault(t, List.of()).stream()
                .filter(s -> s.status() == 200)
                .toList();
    }

    private static double median(List<Map<PageType, List<Sample>>> done, PageType t, double p) {
        return middle(done.stream()
                .mapToDouble(r -> pct(sorted(ok(r, t), Sample::serverMs), p))
                .sorted()
                .toArray());
    }

    private static double middle(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double[] sorted(List<Sample> samples, ToDoubleFunction<Sample> f) {
        double[] v =
                samples.stream().mapToDouble(f).filter(d -> !Double.isNaN(d)).toArray();
        Arrays.sort(v);
        return v;
    }

    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String statuses(List<Sample> samples) {
        Map<String, Long> counts = new TreeMap<>();
        samples.forEach(s -> counts.merge(s.status() < 0 ? "no answer" : "" + s.status(), 1L, Long::sum));
        return counts.toString();
    }
}
