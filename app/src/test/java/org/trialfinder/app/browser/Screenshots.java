package org.trialfinder.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.trialfinder.app.api.SampleServer;

/**
 * Writes screenshots of the site (the real server over the bundled sample, in headless Debian
 * Chromium) for the README: {@code bin/screenshots [DIR]}, default {@code docs/screenshots}. A page that
 * does not answer 200 is reported and left out (its old picture, if any, is kept); the exit code is
 * 1 when any shot failed, so a stale picture does not go unnoticed.
 */
public final class Screenshots {
    /** One picture: file name, page, viewport width (CSS px), whole page or the first screen. */
    record Shot(String file, String path, int width, int height, boolean fullPage) {}

    static final List<Shot> SHOTS = List.of(
            new Shot("home-desktop.png", "/", 1280, 800, false),
            new Shot("home-phone.png", "/", 375, 812, false),
            new Shot("trial-NCT06751394-desktop.png", "/study/NCT06751394", 1280, 800, true),
            new Shot("trial-NCT06751394-phone.png", "/study/NCT06751394", 375, 812, true),
            new Shot(
                    "search-rectal-cancer-near-guangzhou-desktop.png",
                    "/search?cond=rectal+cancer&place=Guangzhou&radius=50km",
                    1280,
                    800,
                    true),
            new Shot(
                    "search-rectal-cancer-near-guangzhou-phone.png",
                    "/search?cond=rectal+cancer&place=Guangzhou&radius=50km",
                    375,
                    812,
                    false));

    private Screenshots() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        if (Chromium.unavailable().isPresent()) {
            System.err.println(
                    "cannot take screenshots: " + Chromium.unavailable().get());
            System.exit(1);
        }
        SampleServer server = SampleServer.get();
        int failed = 0;
        try (Chromium chromium = Chromium.launch()) {
            for (Shot shot : SHOTS) {
                failed += take(chromium.browser(), server.base, shot, out) ? 0 : 1;
            }
        } finally {
            server.server.close();
            server.store.close();
        }
        System.out.printf(
                Locale.ROOT, "%d of %d screenshots written to %s%n", SHOTS.size() - failed, SHOTS.size(), out);
        System.exit(failed == 0 ? 0 : 1);
    }

    private static boolean take(Browser browser, String base, Shot shot, Path out) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(base)
                .setViewportSize(shot.width(), shot.height())
                .setDeviceScaleFactor(1)
                .setLocale("en-US"))) {
            PageWatch watch = PageWatch.attach(context);
            Page page = context.newPage();
            Response r = page.navigate(base + shot.path());
            if (r == null || r.status() != 200) {
                System.out.printf(
                        Locale.ROOT,
                        "SKIPPED %-50s GET %s answered %s%n",
                        shot.file(),
                        shot.path(),
                        r == null ? "nothing" : r.status());
                return false;
            }
            page.waitForLoadState();
            // lazy images (the site map) load only near the viewport: a whole-page shot must not show a hole
            page.evaluate("() => document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')");
            page.waitForFunction("() => Array.from(document.images).every(i => i.complete)");
            Path file = out.resolve(shot.file());
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(shot.fullPage()));
            System.out.printf(
                    Locale.ROOT,
                    "wrote   %-50s %,8d bytes  (%s at %d px%s)%n",
                    shot.file(),
                    Files.size(file),
                    shot.path(),
                    shot.width(),
                    shot.fullPage() ? ", whole page" : "");
            watch.problems().forEach(p -> System.out.println("        WARNING " + p));
            return true;
        } catch (IOException | RuntimeException e) {
            System.out.printf(Locale.ROOT, "FAILED  %-50s %s: %s%n", shot.file(), shot.path(), e.getMessage());
            return false;
        }
    }
}
