package org.trialfinder.app.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.SampleServer;

/**
 * One address per page: every other address of a page answers 301 (permanent, so search engines move what they
 * know to the page) with the page's own address, never 302 and never the page itself.
 */
class RedirectsTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyOtherAddressOfAPageIsAPermanentRedirectToIt() throws Exception {
        SampleServer server = SampleServer.get();
        Map<String, String> moved = new LinkedHashMap<>();
        moved.put("/search/", "/search");
        moved.put("/search/?cond=asthma", "/search?cond=asthma");
        moved.put("/conditions/", "/conditions");
        moved.put("/glossary//", "/glossary");
        moved.put("//study/NCT06751394", "/study/NCT06751394");
        moved.put("/study/NCT06751394/", "/study/NCT06751394");
        moved.put("/study/nct06751394", "/study/NCT06751394");
        moved.put("/study/NCT6751394", "/study/NCT06751394");
        moved.put("/study/NCT06751394/preoperative-chemoradiotherapy-tracer", "/study/NCT06751394");
        moved.put("/trial/preoperative-chemoradiotherapy-tracer-NCT06751394", "/study/NCT06751394");
        moved.put("/study/nct06751394/locations", "/study/NCT06751394/locations");
        moved.put("/conditions/Breast%20Neoplasms", "/conditions/breast-neoplasms");
        moved.put("/conditions/letter/B", "/conditions/letter/b");
        moved.put("/conditions/letter/B?page=1", "/conditions/letter/b?page=1");
        moved.put("/conditions/branch/C04", "/conditions/branch/c04");
        moved.put("/locations/China", "/locations/china");
        moved.put("/locations/United%20States", "/locations/united-states");
        moved.put("/locations/China/Guangdong/Guangzhou", "/locations/china/guangdong/guangzhou");
        for (Map.Entry<String, String> e : moved.entrySet()) {
            HttpResponse<String> r = get(server.base + e.getKey());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(301);
            String location = r.headers().firstValue("location").orElseThrow();
            assertThat(
                            location.startsWith("/")
                                    ? location
                                    : URI.create(location).getRawPath()
                                            + (URI.create(location).getRawQuery() == null
                                                    ? ""
                                                    : "?" + URI.create(location).getRawQuery()))
                    .as(e.getKey())
                    .isEqualTo(e.getValue());
            assertThat(get(server.base + e.getValue()).statusCode())
                    .as(e.getValue())
                    .isEqualTo(200);
        }
    }

    @Test
    void theApiAndPostsAreNotRedirected() throws Exception {
        SampleServer server = SampleServer.get();
        assertThat(get(server.base + "/api/v2/version/").statusCode()).isEqualTo(200);
        HttpResponse<String> post = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.base + "/patient/"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("document=asthma"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isNotEqualTo(301);
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
