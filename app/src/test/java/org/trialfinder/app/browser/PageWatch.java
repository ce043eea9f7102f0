package org.trialfinder.app.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a page must not do, even when a person would not notice: log a console error (a
 * Content-Security-Policy violation is one), throw an uncaught script error, fail to load a part
 * (stylesheet, image, script), or send any request off the loopback host (the site must work with
 * no internet: no fonts, maps or analytics from elsewhere). Requests off loopback are aborted, so
 * they cannot succeed by accident, and recorded.
 */
public final class PageWatch {
    /** The only host a page may load from: the test server. */
    static final String LOOPBACK = "127.0.0.1";

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<String> cspViolations = new CopyOnWriteArrayList<>();

    private PageWatch() {}

    /** Watches every page of {@code context}, from now on. */
    public static PageWatch attach(BrowserContext context) {
        PageWatch watch = new PageWatch();
        context.route(url -> true, route -> {
            String url = route.request().url();
            if (isLoopback(url)) {
                route.resume();
            } else {
                watch.problems.add(
                        "request off the loopback host: " + route.request().method() + " " + url + " ("
                                + route.request().resourceType() + ")");
                route.abort("blockedbyclient");
            }
        });
        context.onConsoleMessage(watch::console);
        context.onWebError(e -> watch.problems.add("uncaught script error: " + e.error()));
        context.onResponse(r -> {
            if (r.status() >= 400 && !r.request().isNavigationRequest()) {
                watch.problems.add("part of the page failed to load: " + r.status() + " " + r.url() + " ("
                        + r.request().resourceType() + ")");
            }
        });
        context.onRequestFailed(r -> {
            String failure = r.failure();
            // ERR_ABORTED: the page navigated on before this finished; blocked requests are reported above.
            if (failure != null
                    && !failure.contains("ERR_ABORTED")
                    && !failure.contains("ERR_BLOCKED_BY_CLIENT")
                    && isLoopback(r.url())) {
                watch.problems.add("request failed: " + r.url() + ": " + failure);
            }
        });
        return watch;
    }

    private void console(ConsoleMessage m) {
        boolean csp = m.text().contains("Content Security Policy");
        if (csp) {
            cspViolations.add(m.text());
        }
        // Chromium logs a document's own error status (e.g. 404 for a page not built yet) as a console
        // error too; the navigation's status is what open() checks, and sub-resources are checked above.
        boolean resourceStatus = m.text().startsWith("Failed to load resource: the server responded with a status");
        if ((m.type().equals("error") && !resourceStatus) || csp) {
            problems.add("console " + m.type() + ": " + m.text()
                    + (m.location() == null || m.location().isEmpty() ? "" : " at " + m.location()));
        }
    }

    static boolean isLoopback(String url) {
        if (url.startsWith("data:") || url.startsWith("blob:") || url.equals("about:blank")) {
            return true;
        }
        try {
            return LOOPBACK.equals(URI.create(url).getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Everything seen so far. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The console's Content-Security-Policy reports so far (also among {@link #problems()}). */
    public List<String> cspViolations() {
        return List.copyOf(cspViolations);
    }

    /** Forgets what was seen: for a test that provoked a problem on purpose and has checked it. */
    public void clear() {
        problems.clear();
        cspViolations.clear();
    }

    public void assertClean() {
        List<String> seen = new ArrayList<>(problems);
        if (!seen.isEmpty()) {
            throw new AssertionError(
                    "the page did " + seen.size() + " thing(s) it must not:\n  - " + String.join("\n  - ", seen));
        }
    }
}
