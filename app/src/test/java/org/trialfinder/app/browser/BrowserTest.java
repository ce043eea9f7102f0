package org.trialfinder.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.trialfinder.app.api.SampleServer;

/**
 * Base of the browser tests: the real server over the bundled sample ({@link SampleServer}, real HTTP
 * on a loopback port) seen through headless Debian Chromium. Each test gets a fresh {@link #page}
 * (1280 × 800) whose every request, console message and script error is watched ({@link #watch});
 * after the test, anything the page must not do fails it: a console error or Content-Security-Policy
 * violation, an uncaught script error, a part that failed to load, a request off the loopback host.
 *
 * <pre>{@code
 * class SearchPageBrowserTest extends BrowserTest {
 *     @Test void findsRectalCancerTrialsNearGuangzhou() {
 *         open("/search?cond=rectal+cancer&place=Guangzhou&radius=50km");
 *         assertThat(page.locator("h1").textContent()).contains("rectal cancer");
 *         assertAccessible("/search?cond=rectal+cancer&place=Guangzhou&radius=50km");
 *     }
 * }
 * }</pre>
 *
 * Without Chromium the tests are skipped with the reason, except in CI ({@code CI=true}), where they fail.
 */
public abstract class BrowserTest {
    private static Chromium chromium;
    /** Why this machine cannot run the browser tests (no Chromium, outside CI): each test is skipped with it. */
    private static String skipReason;
    /** The server under test; {@code server.base} is its {@code http://127.0.0.1:PORT}, {@code server.store} its store. */
    protected static SampleServer server;

    /** This test's browser context (cookies, viewport), base URL set to the server. */
    protected BrowserContext context;
    /** This test's page. */
    protected Page page;
    /** What {@link #page} (and any page of {@link #context}) did that it must not; checked after each test. */
    protected PageWatch watch;

    private final List<BrowserContext> extraContexts = new ArrayList<>();
    private final List<PageWatch> extraWatches = new ArrayList<>();

    @BeforeAll
    static void startBrowserAndServer() throws IOException {
        skipReason = Chromium.unavailable().orElse(null);
        if (skipReason != null && Chromium.inCi()) {
            throw new IllegalStateException("CI=true and the browser tests cannot run: " + skipReason);
        }
        if (skipReason == null) {
            chromium = Chromium.launch();
            server = SampleServer.get();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @BeforeEach
    void openPage() {
        // Per test, not per class: a class-level skip shows as "Tests run: 0" in Maven's report, without the reason.
        Assumptions.assumeTrue(skipReason == null, () -> "browser test skipped: " + skipReason);
        context = chromium.browser().newContext(options(1280, 800));
        watch = PageWatch.attach(context);
        page = context.newPage();
    }

    @AfterEach
    void checkAndClosePage() {
        if (context == null) {
            return; // skipped
        }
        try {
            watch.assertClean();
            extraWatches.forEach(PageWatch::assertClean);
        } finally {
            extraContexts.forEach(BrowserContext::close);
            extraContexts.clear();
            extraWatches.clear();
            context.close();
        }
    }

    /** Context options for a viewport of {@code width} × {@code height} CSS pixels, on the test server. */
    protected static Browser.NewContextOptions options(int width, int height) {
        return new Browser.NewContextOptions()
                .setBaseURL(server.base)
                .setViewportSize(width, height)
                .setLocale("en-US");
    }

    /**
     * Another watched context (say a 375 px wide phone: {@code newContext(options(375, 812))}), closed after
     * the test; its problems fail the test like the main page's.
     */
    protected Page newPage(Browser.NewContextOptions options) {
        BrowserContext c = chromium.browser().newContext(options);
        extraContexts.add(c);
        extraWatches.add(PageWatch.attach(c));
        return c.newPage();
    }

    /** The URL of {@code pathAndQuery} on the test server. */
    protected static String url(String pathAndQuery) {
        return server.base + pathAndQuery;
    }

    /** Opens {@code pathAndQuery} in {@link #page} and checks it answered 200 with HTML. */
    protected Response open(String pathAndQuery) {
        return open(page, pathAndQuery);
    }

    /** Opens {@code pathAndQuery} in {@code p} and checks it answered 200 with HTML. */
    protected static Response open(Page p, String pathAndQuery) {
        Response r = p.navigate(url(pathAndQuery));
        assertThat(r).as("a response to GET %s", pathAndQuery).isNotNull();
        assertThat(r.status()).as("status of GET %s", pathAndQuery).isEqualTo(200);
        assertThat(r.headerValue("content-type"))
                .as("content type of GET %s", pathAndQuery)
                .startsWith("text/html");
        return r;
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA) on {@code pathAndQuery} and fails with a readable list (rule,
     * impact, what it asks, selector, HTML) when anything serious or critical is found. The page is opened
     * in its own context that bypasses the site's Content-Security-Policy, which would (rightly) refuse
     * the injected axe script; the page under test keeps the policy.
     */
    protected void assertAccessible(String pathAndQuery) {
        BrowserContext axeContext =
                chromium.browser().newContext(options(1280, 800).setBypassCSP(true));
        try {
            PageWatch axeWatch = PageWatch.attach(axeContext);
            Page p = axeContext.newPage();
            open(p, pathAndQuery);
            List<Axe.Violation> found = Axe.run(p);
            List<Axe.Violation> failing =
                    found.stream().filter(Axe.Violation::failing).toList();
            List<Axe.Violation> minor = found.stream().filter(v -> !v.failing()).toList();
            if (!minor.isEmpty()) {
                System.out.println("axe: minor or moderate findings on " + pathAndQuery + " (not failing):\n    "
                        + Axe.describe(minor));
            }
            if (!failing.isEmpty()) {
                throw new AssertionError(
                        "axe-core found " + failing.size() + " serious or critical accessibility violation(s) on "
                                + pathAndQuery + ":\n    " + Axe.describe(failing));
            }
            axeWatch.assertClean();
        } finally {
            axeContext.close();
        }
    }

    /**
     * Presses Tab {@code tabs} times on {@link #page} from where it is, and checks every element that takes
     * the focus shows it: a computed outline at least 2 px wide in a colour with 3:1 contrast against the
     * background behind the element (WCAG 1.4.11), or a box shadow. Returns a description of
     * each focused element (tag, text or name), in order.
     */
    protected List<String> assertFocusVisible(int tabs) {
        List<String> focused = new ArrayList<>();
        List<String> invisible = new ArrayList<>();
        for (int i = 0; i < tabs; i++) {
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) page.evaluate("""
                    () => {
                      const e = document.activeElement;
                      const s = getComputedStyle(e);
                      const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
                      const lum = c => { const v = rgb(c).slice(0, 3).map(x => x / 255)
                          .map(x => x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
                          return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
                      let bg = 'rgb(255, 255, 255)';
                      for (let a = e.parentElement; a; a = a.parentElement) {
                        const c = getComputedStyle(a).backgroundColor;
                        if (rgb(c).length === 3 || rgb(c)[3] > 0) { bg = c; break; }
                      }
                      const [hi, lo] = [lum(s.outlineColor), lum(bg)].sort((x, y) => y - x);
                      return {what: e.tagName.toLowerCase() + ' "' + (e.getAttribute('aria-label') || e.textContent.trim()
                                 || e.getAttribute('name') || e.id).slice(0, 40) + '"',
                              body: e === document.body, outlineStyle: s.outlineStyle,
                              outlineWidth: parseFloat(s.outlineWidth) || 0, boxShadow: s.boxShadow,
                              contrast: (hi + 0.05) / (lo + 0.05), outlineColor: s.outlineColor, background: bg};
                    }""");
            if (Boolean.TRUE.equals(f.get("body"))) {
                break; // the focus left the page's last element
            }
            String what = (String) f.get("what");
            focused.add(what);
            boolean outline =
                    !"none".equals(f.get("outlineStyle")) && ((Number) f.get("outlineWidth")).doubleValue() >= 2;
            boolean shadow = !"none".equals(f.get("boxShadow"));
            double contrast = ((Number) f.get("contrast")).doubleValue();
            if (!outline && !shadow) {
                invisible.add(what + " (outline " + f.get("outlineStyle") + " " + f.get("outlineWidth")
                        + "px, box-shadow " + f.get("boxShadow") + ")");
            } else if (outline && !shadow && contrast < 3) {
                invisible.add(String.format(
                        Locale.ROOT,
                        "%s (outline %s on %s: contrast %.2f:1, WCAG 1.4.11 asks 3:1)",
                        what,
                        f.get("outlineColor"),
                        f.get("background"),
                        contrast));
            }
        }
        assertThat(focused).as("elements reached with Tab").isNotEmpty();
        assertThat(invisible)
                .as("focused elements without a visible focus indicator")
                .isEmpty();
        return focused;
    }
}
