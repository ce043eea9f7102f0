package org.trialfinder.app.site.search;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;
import org.trialfinder.api.places.PlacesApi;
import org.trialfinder.search.StudySearch;

/**
 * The HTTP side of search: {@code GET /search} (the page) and {@code GET /search/feed.atom} (its
 * feed). Unusable input never fails the page: it is reported on it. The feed answers a place or
 * query it cannot use with a 400 naming it (through the server's BadRequestException handler).
 */
public final class SearchRoutes {
    private final SearchPages pages;
    private final SearchFeed feed;
    private final TemplateEngine templates;

    public SearchRoutes(StudySearch search, PlacesApi places, TemplateEngine templates) {
        this.pages = new SearchPages(search, places);
        this.feed = new SearchFeed(search, places);
        this.templates = templates;
    }

    public void page(Context ctx) {
        SearchView view = pages.view(ctx.queryParamMap());
        StringOutput out = new StringOutput(32 * 1024);
        templates.render("site/search.jte", Map.of("view", view), out);
        ctx.html(out.toString());
    }

    public void feed(Context ctx) {
        byte[] xml = feed.atom(ctx.queryParamMap(), siteBase(ctx));
        ctx.contentType(SearchFeed.CONTENT_TYPE).result(xml);
    }

    /** The address the client used, so the feed's links and ids are absolute as Atom requires. */
    private static String siteBase(Context ctx) {
        String host = ctx.host();
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.\\-:\\[\\]]+")) {
            host = "localhost";
        }
        return ctx.scheme() + "://" + host;
    }
}
