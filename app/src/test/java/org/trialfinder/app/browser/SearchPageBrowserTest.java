package org.trialfinder.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The search page in a real browser, used as a person would: the home page's form with a place, the
 * filters with their counts, a result followed to its trial page, an empty search widened.
 */
class SearchPageBrowserTest extends BrowserTest {
    private static final Pattern DISTANCE = Pattern.compile("([\\d.,]+) km");

    @Test
    void aConditionNearAPlaceFindsTheTrialAndItsNearestSiteThenItsPage() {
        open("/");
        page.getByLabel("Condition or disease").fill("rectal cancer");
        page.getByLabel("Near (city, region, country or ZIP)").fill("Guangzhou");
        page.getByLabel("Distance").selectOption("50km");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search trials"))
                .click();
        page.waitForURL(Pattern.compile(".*/search\\?.*cond=rectal\\+cancer.*place=Guangzhou.*"));
        assertThat(page.locator("#results-title").innerText())
                .containsPattern("\\d+ trials? within 50 km of Guangzhou");
        Locator results = page.locator("ol.results-list > li.trial");
        assertThat(results.count()).isPositive();
        // every result shows its nearest site with a distance inside the radius
        for (int i = 0; i < results.count(); i++) {
            String nearest = results.nth(i).locator(".nearest").innerText();
            Matcher m = DISTANCE.matcher(nearest);
            assertThat(m.find()).as("a distance in \"%s\"", nearest).isTrue();
            assertThat(Double.parseDouble(m.group(1).replace(",", ""))).isLessThanOrEqualTo(50.0);
        }
        Locator tracer = page.locator("ol.results-list a.title[href='/study/NCT06751394']");
        assertThat(tracer.count())
                .as("the reference trial, in Guangzhou, is found")
                .isEqualTo(1);
        assertThat(tracer.locator("xpath=..").locator(".status").innerText()).isEqualTo("Not yet enrolling");
        tracer.click();
        page.waitForURL(Pattern.compile(".*/study/NCT06751394$"));
        assertThat(page.locator("h1").innerText()).startsWith("Preoperative Chemoradiotherapy and Toripalimab");
    }

    @Test
    void aFilterNarrowsTheResultsByTheCountItShowed() {
        open("/search?cond=cancer");
        int all = total(page);
        Locator recruiting = page.locator("fieldset")
                .filter(new Locator.FilterOptions().setHasText("Status"))
                .getByLabel(Pattern.compile("^Enrolling \\("));
        String label = recruiting.evaluate("e => e.labels[0].innerText").toString();
        int shown =
                Integer.parseInt(label.replaceAll(".*\\(([\\d,]+)\\).*", "$1").replace(",", ""));
        recruiting.check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters"))
                .click();
        page.waitForURL(Pattern.compile(".*status=RECRUITING.*"));
        assertThat(total(page)).isEqualTo(shown).isLessThan(all);
        Locator badges = page.locator("ol.results-list .status");
        assertThat(badges.allInnerTexts()).isNotEmpty().allMatch("Enrolling"::equals);
        assertAccessible("/search?cond=cancer&status=RECRUITING");
    }

    @Test
    void anEmptySearchSaysWhyAndItsWideningLinkFindsTrials() {
        open("/search?cond=rectal+cancer&place=Dongguan&radius=25km");
        assertThat(page.locator(".empty").innerText()).contains("No trials match");
        List<String> widen = page.locator("ul.widen a").allInnerTexts();
        assertThat(widen).isNotEmpty();
        // follow the widest radius link offered
        page.locator("ul.widen a")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("km")))
                .last()
                .click();
        page.waitForLoadState();
        assertThat(total(page)).isPositive();
        assertAccessible("/search?cond=rectal+cancer&place=Dongguan&radius=25km");
    }

    @Test
    void searchPageIsAccessibleAndShowsItsDownloadsAndFeed() {
        String search = "/search?cond=rectal+cancer&place=Guangzhou&radius=50km";
        assertAccessible(search);
        open(search);
        assertThat(page.locator("link[rel=alternate][type='application/atom+xml']")
                        .count())
                .isEqualTo(1);
        assertThat(page.locator("a[href*='format=csv']").count()).isPositive();
        Page phone = newPage(options(375, 812));
        open(phone, search);
        assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(375);
    }

    private static int total(Page page) {
        String title = page.locator("#results-title").innerText();
        Matcher m = Pattern.compile("([\\d,]+) trials?").matcher(title);
        return m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : 0;
    }
}
