package org.trialfinder.app.site.search;

import io.javalin.http.Context;
import org.trialfinder.app.site.PageRenderer;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.summary.StudySummaries;

/**
 * The HTTP side of search: {@code GET /search} (the page) and {@code GET /search/feed.atom} (its
 * feed). Unusable input never fails the page: it is reported on it. The feed answers a place or
 * query it cannot use with a 400 naming it (through the server's BadRequestException handler).
 */
public final class SearchRoutes {
    private final SearchPages search;
    private final SearchFeed feed;
    private final PageRenderer pages;

    public SearchRoutes(StudySearch search, StudySummaries summaries, PlaceResolver places, PageRenderer pages) {
        this.search = new SearchPages(search, summaries, places);
        this.feed = new SearchFeed(search, places);
        this.pages = pages;
    }

    public void page(Context ctx) {
        SearchView view = search.view(ctx.queryParamMap());
        pages.answer(ctx, "site/search.jte", view);
    }

    public void feed(Context ctx) {
        // the public address, so the feed's links and ids are absolute as Atom requires
        byte[] xml = feed.atom(ctx.queryParamMap(), pages.siteBase(ctx));
        ctx.contentType(SearchFeed.CONTENT_TYPE).result(xml);
    }
}
