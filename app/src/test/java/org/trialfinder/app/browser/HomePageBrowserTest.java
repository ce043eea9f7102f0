package org.trialfinder.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The home page in a real browser: what it says, its search form, its accessibility. */
class HomePageBrowserTest extends BrowserTest {

    @Test
    void showsTheFinderWithItsTitleHeadingAndTrials() {
        open("/");
        assertThat(page.title()).isEqualTo("Find clinical trials · Trialfinder");
        assertThat(page.locator("h1").textContent()).isEqualTo("Find clinical trials");
        assertThat(page.locator("main .lead").textContent())
                .matches("[\\d,]+ trials from ClinicalTrials.gov, [\\d,]+ of them enrolling now\\.");
        assertThat(page.locator("ul.trials li.trial a.title").count())
                .as("trials listed")
                .isPositive();
        assertThat(page.locator("link[rel=stylesheet]").getAttribute("href")).isEqualTo("/static/site.css");
        // The stylesheet applied: the form is laid out as a grid, which no browser default does.
        assertThat(page.locator("form.search-box").evaluate("f => getComputedStyle(f).display"))
                .isEqualTo("grid");
    }

    @Test
    void everySearchControlHasAVisibleLabel() {
        open("/");
        Locator controls =
                page.locator("form[role=search] input, form[role=search] select, form[role=search] textarea");
        assertThat(controls.count()).isEqualTo(4);
        for (int i = 0; i < controls.count(); i++) {
            Locator control = controls.nth(i);
            Object label = control.evaluate(
                    "e => Array.from(e.labels).map(l => l.offsetParent !== null ? l.textContent.trim() : '').join(' ')");
            assertThat((String) label)
                    .as("visible label of the control named %s", control.getAttribute("name"))
                    .isNotBlank();
        }
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search trials"))
                        .isVisible())
                .isTrue();
    }

    @Test
    void searchingWithAPlaceAsksForTheSearchPageWithTheWholeState() {
        open("/");
        page.getByLabel("Condition or disease").fill("rectal cancer");
        page.getByLabel("Near (city, region, country or ZIP)").fill("Guangzhou");
        page.getByLabel("Distance").selectOption("100km");
        Request request = page.waitForRequest(
                r -> r.isNavigationRequest() && r.url().contains("/search"),
                () -> page.getByLabel("Condition or disease").press("Enter"));
        URI uri = URI.create(request.url());
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(uri.getPath()).isEqualTo("/search");
        assertThat(request.method()).isEqualTo("GET");
        assertThat(query(uri))
                .containsExactly(
                        Map.entry("cond", "rectal cancer"),
                        Map.entry("term", ""),
                        Map.entry("place", "Guangzhou"),
                        Map.entry("radius", "100km"));
        page.waitForLoadState();
    }

    @Test
    void isAccessibleAndShowsWhereTheKeyboardFocusIs() {
        assertAccessible("/");
        open("/");
        // Skip link, brand, the five navigation links, then the form's four controls and its button.
        assertThat(assertFocusVisible(12)).startsWith("a \"Skip to content\"", "a \"Trialfinder\"");
    }

    @Test
    void theSkipLinkAppearsOnFocusAndLeadsToTheMainContent() {
        open("/");
        page.keyboard().press("Tab");
        Locator skip = page.locator("a.skip");
        assertThat(skip.evaluate("e => e === document.activeElement")).isEqualTo(true);
        assertThat(skip.isVisible()).isTrue();
        assertThat(((Number) skip.evaluate("e => e.getBoundingClientRect().left")).doubleValue())
                .as("left edge of the skip link")
                .isGreaterThanOrEqualTo(0.0);
        page.keyboard().press("Enter");
        assertThat(page.url()).endsWith("/#main");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            q.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }
}
