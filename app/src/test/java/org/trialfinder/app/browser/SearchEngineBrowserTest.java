package org.trialfinder.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Lighthouse found on the pages, checked in the browser so it stays fixed: the canonical link is absolute, the
 * icons the head names load and decode as images (the missing /favicon.ico was a console error on every page), and
 * the search page's filter check boxes are targets a finger can hit (24 × 24 CSS px, WCAG 2.2's 2.5.8).
 */
class SearchEngineBrowserTest extends BrowserTest {
    private static final List<String> PAGES =
            List.of("/", "/search?cond=rectal+cancer&place=Guangzhou&radius=50km", "/study/NCT06751394");

    @Test
    void everyPageNamesItsAbsoluteCanonicalAddressAndItsIconsLoad() {
        for (String path : PAGES) {
            open(path);
            assertThat(page.locator("link[rel=canonical]").getAttribute("href"))
                    .as("canonical of %s", path)
                    .isEqualTo(url(path));
            assertThat(page.locator("meta[property='og:url']").getAttribute("content"))
                    .isEqualTo(url(path));
            // Decoded by the page as images. Playwright's Chromium refuses any fetch of exactly "/favicon.ico" (its
            // own rule, seen here as "Failed to fetch" with the server answering 200): the icon is decoded from the
            // same address with a query, which the server answers alike.
            Object widths = page.evaluate("""
                    () => Promise.all([...document.querySelectorAll('link[rel=icon]')].map(l => {
                      const img = new Image();
                      img.src = l.href.endsWith('/favicon.ico') ? l.href + '?decode' : l.href;
                      return img.decode().then(() => img.naturalWidth, e => l.href + ': ' + e);
                    }))""");
            assertThat(widths.toString())
                    .as("the icons of %s, decoded (their widths)", path)
                    .matches("\\[\\d+, \\d+]")
                    .doesNotContain("[0,")
                    .doesNotContain(" 0]");
        }
        // browsers and crawlers ask for /favicon.ico whatever the head says
        var icon = page.request().get(url("/favicon.ico"));
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().get("content-type")).isEqualTo("image/x-icon");
    }

    @Test
    void theFilterCheckBoxesAreTouchTargetsOfAtLeast24Pixels() {
        String search = "/search?cond=rectal+cancer&place=Guangzhou&radius=50km";
        Page phone = newPage(options(375, 812));
        for (Page p : List.of(page, phone)) {
            open(p, search);
            Locator boxes = p.locator(".filters input[type=checkbox], .filters input[type=radio]");
            assertThat(boxes.count()).as("facet choices").isGreaterThan(5);
            for (int i = 0; i < boxes.count(); i++) {
                BoundingBox box = boxes.nth(i).boundingBox();
                assertThat(Math.min(box.width, box.height))
                        .as("%s at %s px wide", boxes.nth(i).getAttribute("id"), p.viewportSize().width)
                        .isGreaterThanOrEqualTo(24.0);
            }
        }
    }
}
