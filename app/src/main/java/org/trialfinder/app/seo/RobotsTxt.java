package org.trialfinder.app.seo;

/**
 * What crawlers may fetch ({@code /robots.txt}): the pages, not the API (its answers are the data behind the pages),
 * not the downloads and feeds (under the API, and {@code /search/feed.atom}), not the later pages of a search (their
 * page tokens expire with the data version and multiply without end), not the per-trial patient check (a form whose
 * answers come from POST, 600,000 copies of it). The sitemap index is named with an absolute URL, as the protocol
 * asks.
 */
public final class RobotsTxt {
    private RobotsTxt() {}

    public static String text(String base) {
        return """
                # Trialfinder: every trial, condition and place page is listed in the sitemap below.
                User-agent: *
                Allow: /
                Disallow: /api/
                Disallow: /search/feed.atom
                Disallow: /search?*after=
                Disallow: /study/*/check

                Sitemap: %s/sitemap.xml
                """.formatted(base);
    }
}
