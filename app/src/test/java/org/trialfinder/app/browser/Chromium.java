package org.trialfinder.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Debian's Chromium ({@code apt-get install chromium}) driven by Playwright for Java. Playwright's own
 * browser download is switched off: nothing is fetched from the internet, the browser is the
 * system's. Creating Playwright unpacks its driver (slow), so one instance serves a whole test class.
 */
public final class Chromium implements AutoCloseable {
    /** Where Debian puts it; {@code TRIALFINDER_CHROMIUM} names another binary. */
    public static final Path EXECUTABLE =
            Path.of(System.getenv().getOrDefault("TRIALFINDER_CHROMIUM", "/usr/bin/chromium"));
    /** No sandbox (CI containers run as root); no background traffic of the browser's own (updates, sync, first-run pages). */
    static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Why the browser cannot be started here, or empty when it can. */
    public static Optional<String> unavailable() {
        if (!Files.isExecutable(EXECUTABLE)) {
            return Optional.of(EXECUTABLE + " is missing: install Debian's Chromium with `apt-get install -y chromium` "
                    + "(.ci/run does), or set TRIALFINDER_CHROMIUM to a Chromium binary");
        }
        return Optional.empty();
    }

    /** True when running in CI ({@code CI=true}), where a missing browser is a failure, not a skip. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static Chromium launch() {
        unavailable().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(EXECUTABLE)
                            .setHeadless(true)
                            .setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
