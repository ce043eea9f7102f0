package org.trialfinder.app.seo;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * One address per page: a site address with a trailing slash or doubled slashes ({@code /search/},
 * {@code //study/NCT06751394}) answers 301 to the address without them, query kept, so search engines and links
 * count one page, not two. The router would otherwise answer both with the same page. Only GET and HEAD are
 * redirected (a client would resend a POST as a GET), and not the API, whose clients are told nothing changes.
 */
public final class SiteRedirects {
    private SiteRedirects() {}

    /** A before-handler: answers the redirect and skips the page when the address is not in its one form. */
    public static void oneAddress(Context ctx) {
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return;
        }
        String path = ctx.path();
        if (path.startsWith("/api/") || path.length() < 2 || !(path.endsWith("/") || path.contains("//"))) {
            return;
        }
        String one = path.replaceAll("/{2,}", "/");
        if (one.length() > 1 && one.endsWith("/")) {
            one = one.substring(0, one.length() - 1);
        }
        String query = ctx.queryString();
        ctx.redirect(query == null ? one : one + "?" + query, HttpStatus.MOVED_PERMANENTLY);
        ctx.skipRemainingHandlers();
    }
}
