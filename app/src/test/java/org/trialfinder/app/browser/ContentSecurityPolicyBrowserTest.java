package org.trialfinder.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy: every HTML response carries it, it allows scripts only from the site
 * itself (no inline script, no eval, no other host), the browser enforces it, and the pages need
 * nothing it forbids (no inline scripts except JSON-LD data, no inline event handlers or styles).
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {
    /** The site's pages, one of each kind; each is opened in the browser and checked. */
    static final List<String> PAGES = List.of(
            "/",
            "/search?cond=rectal+cancer&place=Guangzhou&radius=50km",
            "/study/NCT06751394",
            "/study/NCT06751394/locations",
            "/study/NCT06751394/check",
            "/glossary",
            "/conditions",
            "/conditions/letter/b",
            "/conditions/branch/c04",
            "/conditions/breast-neoplasms",
            "/locations",
            "/locations/china",
            "/locations/china/guangdong",
            "/locations/china/guangdong/guangzhou",
            "/patient");

    @Test
    void everyHtmlResponseCarriesThePolicy() {
        for (String path : PAGES) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.statusCode()).as("GET %s", path).isEqualTo(200);
            assertThat(r.headers().firstValue("content-type"))
                    .as("GET %s", path)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(r.headers().firstValue("content-security-policy"))
                    .as("CSP of GET %s", path)
                    .isPresent();
        }
        // An answer for a page that does not exist carries it too.
        HttpResponse<String> missing = server.get("/no-such-page-" + System.nanoTime());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("content-security-policy")).isPresent();
    }

    @Test
    void thePolicyAllowsScriptsOnlyFromTheSiteItself() {
        Map<String, List<String>> policy = directives(
                server.get("/").headers().firstValue("content-security-policy").orElseThrow());
        List<String> scripts = policy.getOrDefault("script-src", policy.get("default-src"));
        assertThat(scripts)
                .as("script sources (script-src, else default-src) in %s", policy)
                .isNotNull()
                .containsExactly("'self'");
        // Inline styles and other hosts' styles, frames, fonts: the same fallback keeps them out.
        assertThat(policy.get("default-src")).containsExactly("'self'");
        assertThat(policy).doesNotContainKeys("style-src", "script-src-attr", "script-src-elem", "style-src-attr");
        assertThat(policy.get("object-src")).containsExactly("'none'");
        assertThat(policy.get("base-uri")).containsExactly("'none'");
        assertThat(policy.get("frame-ancestors")).containsExactly("'none'");
    }

    @Test
    void theBrowserRefusesAnInlineScriptUnderThePolicy() {
        // The real home page with its real headers, plus one inline script: the browser must not run it.
        Response real = open("/");
        String html =
                real.text().replace("</body>", "<script>document.documentElement.dataset.ran = 'yes';</script></body>");
        Map<String, String> headers = new LinkedHashMap<>(real.headers());
        headers.remove("content-length");
        headers.remove("content-encoding");
        headers.remove("etag");
        page.route(
                url("/?probe=inline-script"),
                (Route route) -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setHeaders(headers)
                        .setBody(html)));
        page.navigate(url("/?probe=inline-script"));
        assertThat(page.evaluate("() => document.documentElement.dataset.ran ?? 'not run'"))
                .isEqualTo("not run");
        assertThat(watch.cspViolations())
                .as("the browser's CSP reports")
                .anySatisfy(
                        v -> assertThat(v).containsIgnoringCase("inline script").contains("Content Security Policy"));
        watch.clear(); // provoked on purpose and checked
    }

    @Test
    void thePagesNeedNothingThePolicyForbids() {
        for (String path : PAGES) {
            open(path);
            assertThat(page.evaluate("() => Array.from(document.querySelectorAll('script:not([src])'))"
                            + ".filter(s => s.type !== 'application/ld+json').map(s => s.outerHTML.slice(0, 120))"))
                    .as("inline scripts in %s", path)
                    .asInstanceOf(InstanceOfAssertFactories.LIST)
                    .isEmpty();
            assertThat(
                            page.evaluate(
                                    "() => Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes)"
                                            + ".filter(a => a.name.startsWith('on') || a.name === 'style' || /^\\s*javascript:/i.test(a.value))"
                                            + ".map(a => e.tagName.toLowerCase() + ' ' + a.name + '=' + a.value.slice(0, 60)))"))
                    .as("inline event handlers, style attributes and javascript: URLs in %s", path)
                    .asInstanceOf(InstanceOfAssertFactories.LIST)
                    .isEmpty();
            assertThat(page.locator("style").count())
                    .as("<style> elements in %s", path)
                    .isZero();
            assertThat(watch.cspViolations())
                    .as("CSP reports while loading %s", path)
                    .isEmpty();
        }
    }

    /** A policy's directives, by name, each with its sources. */
    static Map<String, List<String>> directives(String policy) {
        Map<String, List<String>> d = new LinkedHashMap<>();
        for (String part : policy.split(";")) {
            String[] words = part.trim().split("\\s+");
            if (!words[0].isEmpty()) {
                d.put(words[0].toLowerCase(), Arrays.asList(words).subList(1, words.length));
            }
        }
        return d;
    }
}
