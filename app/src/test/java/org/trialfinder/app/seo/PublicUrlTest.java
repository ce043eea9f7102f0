package org.trialfinder.app.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.api.SampleServer;
import org.trialfinder.app.cli.TrialfinderCommand;
import org.trialfinder.app.server.WebServer;

/**
 * The public address: configured, every absolute link of the site (canonical, Open Graph, sitemaps, robots.txt,
 * feeds) is under it whatever address the request came to; not configured, each request's own scheme and host;
 * a value that is not a site root is refused with a sentence naming the option.
 */
class PublicUrlTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path tmp;

    @Test
    void aConfiguredAddressIsInEveryAbsoluteLinkWhateverTheRequestCameTo() throws Exception {
        SampleServer sample = SampleServer.get();
        PublicUrl configured = PublicUrl.configured("HTTPS://Trials.Example.org/", "https://ignored.example.org");
        assertThat(configured.configured()).hasValue("https://trials.example.org");
        try (WebServer server = WebServer.start(sample.app, "127.0.0.1", 0, configured)) {
            String base = "http://127.0.0.1:" + server.port();
            String trial = get(base + "/study/NCT06751394").body();
            assertThat(meta(trial, "<link rel=\"canonical\" href=\"([^\"]+)\">"))
                    .isEqualTo("https://trials.example.org/study/NCT06751394");
            assertThat(meta(trial, "<meta property=\"og:url\" content=\"([^\"]+)\">"))
                    .isEqualTo("https://trials.example.org/study/NCT06751394");
            assertThat(get(base + "/robots.txt").body()).contains("Sitemap: https://trials.example.org/sitemap.xml");
            assertThat(get(base + "/sitemap.xml").body())
                    .contains("<loc>https://trials.example.org/sitemaps/trials-1.xml.gz</loc>")
                    .doesNotContain("127.0.0.1");
            assertThat(get(base + "/search/feed.atom?cond=asthma").body())
                    .contains("https://trials.example.org/study/")
                    .doesNotContain("127.0.0.1");
        }
    }

    @Test
    void withoutOneEachRequestsOwnSchemeAndHostAreUsed() throws Exception {
        SampleServer sample = SampleServer.get();
        String home = get(sample.base + "/").body();
        assertThat(meta(home, "<link rel=\"canonical\" href=\"([^\"]+)\">")).isEqualTo(sample.base + "/");
        HttpResponse<String> proxied = HTTP.send(
                HttpRequest.newBuilder(URI.create(sample.base + "/glossary"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(meta(proxied.body(), "<link rel=\"canonical\" href=\"([^\"]+)\">"))
                .isEqualTo(sample.base.replace("http://", "https://") + "/glossary");
    }

    @Test
    void everyPageKindHasItsOpenGraphTagsAndAnErrorPageNoCanonical() throws Exception {
        SampleServer sample = SampleServer.get();
        String trial = get(sample.base + "/study/NCT06751394").body();
        assertThat(meta(trial, "<meta property=\"og:type\" content=\"([^\"]+)\">"))
                .isEqualTo("article");
        assertThat(meta(trial, "<meta property=\"og:title\" content=\"([^\"]+)\">"))
                .startsWith("Preoperative Chemoradiotherapy and Toripalimab");
        assertThat(meta(trial, "<meta property=\"og:description\" content=\"([^\"]+)\">"))
                .contains("NCT06751394");
        String search = get(sample.base + "/search?radius=50km&place=Guangzhou&cond=rectal+cancer&sort=relevance")
                .body();
        assertThat(meta(search, "<link rel=\"canonical\" href=\"([^\"]+)\">"))
                .as("one address for a search, its parameters in one order")
                .isEqualTo(sample.base + "/search?cond=rectal+cancer&place=Guangzhou&radius=50km&sort=relevance");
        assertThat(meta(search, "<meta property=\"og:type\" content=\"([^\"]+)\">"))
                .isEqualTo("website");
        String page2 = get(sample.base + "/locations/china?page=1").body();
        assertThat(meta(page2, "<link rel=\"canonical\" href=\"([^\"]+)\">"))
                .isEqualTo(sample.base + "/locations/china");
        HttpResponse<String> missing = get(sample.base + "/study/NCT00000001");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("rel=\"canonical\"").contains("og:title");
    }

    @Test
    void aValueThatIsNotASiteRootIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> PublicUrl.configured("trials.example.org", null))
                .hasMessageContaining("--public-url must be the absolute http or https address of the site's root")
                .hasMessageContaining("\"trials.example.org\"");
        assertThatThrownBy(() -> PublicUrl.configured("ftp://trials.example.org", null))
                .hasMessageContaining("does not start with http:// or https://");
        assertThatThrownBy(() -> PublicUrl.configured("https://trials.example.org/trials", null))
                .hasMessageContaining("at the root of its host");
        assertThatThrownBy(() -> PublicUrl.configured("https://trials.example.org/?a=b", null))
                .hasMessageContaining("query");
        assertThatThrownBy(() -> PublicUrl.configured(null, "https://"))
                .hasMessageContaining(PublicUrl.ENV + " must be");
        assertThat(PublicUrl.configured(null, " ").configured()).isEmpty();
        assertThat(PublicUrl.configured("http://localhost:8080", null).configured())
                .hasValue("http://localhost:8080");
    }

    @Test
    void serveRefusesABadPublicUrlBeforeOpeningAnything() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TrialfinderCommand.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "serve",
                "--data",
                tmp.resolve("data").toString(),
                "--public-url",
                "trials.example.org");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("trialfinder: --public-url must be the absolute http or https address")
                .doesNotContain("Exception");
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String meta(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("%s in the page", regex).isTrue();
        return m.group(1).replace("&amp;", "&");
    }
}
