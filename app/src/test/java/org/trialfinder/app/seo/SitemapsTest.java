package org.trialfinder.app.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.SampleServer;
import org.trialfinder.app.seo.SitemapXml.Entry;

/**
 * The sitemaps and robots.txt of the real server over the bundled sample (2,537 studies), read as a crawler reads
 * them: the index and every file valid against the sitemaps.org schemas, the trial URLs exactly the stored studies
 * (from a scan of the records, not from the index) with their last update dates, and every listed URL a page that
 * answers 200, names itself as canonical and is not kept from crawlers by robots.txt.
 */
class SitemapsTest {
    private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]+)\">");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static SampleServer server;

    @BeforeAll
    static void start() throws IOException {
        server = SampleServer.get();
    }

    @Test
    void theIndexAndEveryFileAreValidSitemapsOfAtMost50000Urls() {
        HttpResponse<byte[]> index = get("/sitemap.xml");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("content-type").orElseThrow()).startsWith("application/xml");
        SitemapXml.validate(SitemapXml.SITE_INDEX, index.body());
        List<Entry> files = SitemapXml.entries(index.body(), "sitemap");
        assertThat(files)
                .extracting(Entry::loc)
                .containsExactly(
                        server.base + "/sitemaps/pages-1.xml.gz",
                        server.base + "/sitemaps/trials-1.xml.gz",
                        server.base + "/sitemaps/conditions-1.xml.gz",
                        server.base + "/sitemaps/locations-1.xml.gz");
        for (Entry file : files) {
            HttpResponse<byte[]> r = get(file.loc().substring(server.base.length()));
            assertThat(r.statusCode()).as(file.loc()).isEqualTo(200);
            assertThat(r.headers().firstValue("content-type")).as(file.loc()).hasValue("application/gzip");
            byte[] xml = SitemapXml.gunzip(r.body());
            SitemapXml.validate(SitemapXml.SITEMAP, xml);
            assertThat(SitemapXml.entries(xml, "url"))
                    .as(file.loc())
                    .isNotEmpty()
                    .hasSizeLessThanOrEqualTo(Sitemaps.MAX_URLS_PER_FILE);
            assertThat(file.lastmod())
                    .as("the index gives each file's last change")
                    .isNotNull();
        }
    }

    @Test
    void theTrialUrlsAreExactlyTheStoredStudiesWithTheirLastUpdatePostDate() {
        Map<String, String> listed = new TreeMap<>();
        for (Entry e : urls("trials-1.xml.gz")) {
            assertThat(e.loc()).startsWith(server.base + "/study/NCT");
            assertThat(listed.put(e.loc().substring((server.base + "/study/").length()), e.lastmod()))
                    .as("%s listed once", e.loc())
                    .isNull();
        }
        // the expectation from the stored records themselves (a scan at start-up), and the store's own count
        assertThat(listed.keySet()).isEqualTo(new TreeSet<>(server.records.keySet()));
        assertThat((long) listed.size()).isEqualTo(server.store.count()).isEqualTo(2_537L);
        for (Map.Entry<String, String> e : listed.entrySet()) {
            JsonNode date =
                    server.records.get(e.getKey()).at("/protocolSection/statusModule/lastUpdatePostDateStruct/date");
            if (date.isMissingNode()) {
                assertThat(e.getValue()).as(e.getKey()).isNull();
            } else {
                assertThat(e.getValue()).as(e.getKey()).startsWith(date.asText());
            }
        }
        String newest = listed.values().stream()
                .filter(Objects::nonNull)
                .max(String::compareTo)
                .orElseThrow();
        Entry trialsFile =
                SitemapXml.entries(get("/sitemap.xml").body(), "sitemap").get(1);
        assertThat(trialsFile.lastmod())
                .as("the trial file changed when its newest trial did")
                .isEqualTo(newest);
    }

    @Test
    void everyListedUrlAnswers200NamesItselfCanonicalAndIsOpenToCrawlers() throws Exception {
        RobotsRules robots = new RobotsRules(new String(get("/robots.txt").body()));
        List<String> all = new ArrayList<>();
        for (String file : List.of("pages-1.xml.gz", "trials-1.xml.gz", "conditions-1.xml.gz", "locations-1.xml.gz")) {
            urls(file).forEach(e -> all.add(e.loc()));
        }
        assertThat(all).contains(server.base + "/", server.base + "/conditions", server.base + "/locations");
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        Semaphore inFlight = new Semaphore(4); // the machine's few cores: enough to keep the server busy
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (String url : all) {
            String path = url.substring(server.base.length());
            if (!robots.allows(path)) {
                problems.add(url + " is listed but robots.txt disallows it");
            }
            inFlight.acquire();
            pending.add(HTTP.sendAsync(
                            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        inFlight.release();
                        if (e != null) {
                            problems.add(url + ": " + e);
                            return;
                        }
                        if (r.statusCode() != 200) {
                            problems.add(url + " answered " + r.statusCode());
                            return;
                        }
                        Matcher m = CANONICAL.matcher(r.body());
                        String canonical = m.find() ? m.group(1).replace("&amp;", "&") : null;
                        if (!url.equals(canonical)) {
                            problems.add(url + " names " + canonical + " as its canonical address");
                        }
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .join();
        assertThat(all).hasSizeGreaterThan(9_000); // 2,537 trials, 1,016 conditions, 5,659 places, 57 pages
        assertThat(problems).isEmpty();
    }

    @Test
    void robotsTxtNamesTheSitemapAbsolutelyAndKeepsCrawlersOffTheApiFeedsAndPagedResults() {
        HttpResponse<byte[]> r = get("/robots.txt");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("text/plain");
        RobotsRules robots = new RobotsRules(new String(r.body()));
        assertThat(robots.sitemaps).containsExactly(server.base + "/sitemap.xml");
        assertThat(robots.allows("/")).isTrue();
        assertThat(robots.allows("/study/NCT06751394")).isTrue();
        assertThat(robots.allows("/search?cond=rectal+cancer&place=Guangzhou&radius=50km"))
                .isTrue();
        assertThat(robots.allows("/static/site.css")).isTrue();
        assertThat(robots.allows("/api/v2/studies?format=csv")).isFalse();
        assertThat(robots.allows("/api/v2/studies/download?format=json.zip")).isFalse();
        assertThat(robots.allows("/search/feed.atom?cond=asthma")).isFalse();
        assertThat(robots.allows("/search?cond=asthma&page=2&after=abc")).isFalse();
        assertThat(robots.allows("/study/NCT06751394/check")).isFalse();
    }

    @Test
    void aFileTheIndexDoesNotNameIs404() {
        for (String name : List.of("trials-2.xml.gz", "trials-0.xml.gz", "pages-1.xml", "secrets-1.xml.gz")) {
            HttpResponse<byte[]> r = get("/sitemaps/" + name);
            assertThat(r.statusCode()).as(name).isEqualTo(404);
            assertThat(new String(r.body())).as(name).contains("/sitemap.xml lists the files");
        }
    }

    @Test
    void filesAreCutAtTheirSizeAndTogetherListEveryTrialOnce() throws IOException {
        Sitemaps small = new Sitemaps(server.app.store(), server.app.browse(), 1_000);
        List<String> trialFiles = small.files().stream()
                .map(Sitemaps.SitemapFile::name)
                .filter(n -> n.startsWith("trials-"))
                .toList();
        assertThat(trialFiles).containsExactly("trials-1.xml.gz", "trials-2.xml.gz", "trials-3.xml.gz");
        List<String> ids = new ArrayList<>();
        for (String name : trialFiles) {
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            small.writeFile(name, "https://trials.example.org", gz);
            byte[] xml = SitemapXml.gunzip(gz.toByteArray());
            SitemapXml.validate(SitemapXml.SITEMAP, xml);
            List<Entry> entries = SitemapXml.entries(xml, "url");
            assertThat(entries).hasSize(name.equals("trials-3.xml.gz") ? 537 : 1_000);
            entries.forEach(e -> ids.add(e.loc().substring("https://trials.example.org/study/".length())));
        }
        assertThat(ids).doesNotHaveDuplicates().isSorted();
        assertThat(new TreeSet<>(ids)).isEqualTo(new TreeSet<>(server.records.keySet()));
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        small.writeIndex("https://trials.example.org", index);
        SitemapXml.validate(SitemapXml.SITE_INDEX, index.toByteArray());
        assertThat(SitemapXml.entries(index.toByteArray(), "sitemap"))
                .extracting(Entry::loc)
                .contains("https://trials.example.org/sitemaps/trials-3.xml.gz")
                .allMatch(loc -> loc.startsWith("https://trials.example.org/sitemaps/"));
    }

    private static List<Entry> urls(String file) {
        HttpResponse<byte[]> r = get("/sitemaps/" + file);
        assertThat(r.statusCode()).as(file).isEqualTo(200);
        return SitemapXml.entries(SitemapXml.gunzip(r.body()), "url");
    }

    private static HttpResponse<byte[]> get(String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.base + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
